fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let filter = std::env::args().nth(2).unwrap_or_default();
    let m = phiguard_terraform::read_module(
        std::path::Path::new(&dir),
        &[],
        &Default::default(),
        &phiguard_terraform::FsLoader,
    );
    for r in &m.unit.resources {
        if r.name.contains(&filter) {
            println!(
                "{} {} {}",
                r.name,
                r.kind,
                serde_json::to_string_pretty(&r.attributes).unwrap()
            );
        }
    }
    for d in &m.unit.diagnostics {
        println!("{d}");
    }
}
