//! Prints the resources a Terraform module directory maps into, as the rules see them:
//! `cargo run -p phiguard-terraform --example dump -- DIR [ADDRESS-FILTER]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: dump DIR [ADDRESS-FILTER]");
        std::process::exit(2);
    };
    let filter = args.next().unwrap_or_default();
    let dir = std::path::PathBuf::from(dir);
    let loader = phiguard_terraform::FsLoader::new(&phiguard_terraform::scan_root(
        std::slice::from_ref(&dir),
    ));
    let m = phiguard_terraform::read_module(&dir, &[], &Default::default(), &loader);
    for r in m.unit.resources.iter().filter(|r| r.name.contains(&filter)) {
        let attrs = serde_json::to_string_pretty(&r.attributes).unwrap_or_default();
        println!("{} {}\n{attrs}", r.name, r.kind);
    }
    for d in &m.unit.diagnostics {
        println!("{d}");
    }
}
