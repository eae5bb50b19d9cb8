//! Indexes the rule files: every `src/rules/<service>/<name>.rs` defines `pub static RULE`,
//! so adding a rule means adding one file.
use std::{env, fs, path::Path};

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("src/rules");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for service in fs::read_dir(&root).unwrap().flatten() {
        if !service.path().is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", service.path().display());
        for f in fs::read_dir(service.path()).unwrap().flatten() {
            let p = f.path();
            if p.extension().is_some_and(|e| e == "rs") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut mods = String::new();
    let mut list =
        String::from("/// Every rule, in a stable order.\npub static ALL: &[&Rule] = &[\n");
    for p in &files {
        let service = p.parent().unwrap().file_name().unwrap().to_string_lossy();
        let stem = p.file_stem().unwrap().to_string_lossy();
        let m = format!("{service}_{stem}");
        mods.push_str(&format!(
            "#[path = {:?}]\nmod {m};\n",
            p.display().to_string()
        ));
        list.push_str(&format!("    &{m}::RULE,\n"));
    }
    list.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("rules_index.rs");
    fs::write(out, mods + &list).unwrap();
}
