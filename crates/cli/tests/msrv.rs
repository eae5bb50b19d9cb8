//! The minimum Rust version the README states is the workspace's `rust-version`, and no
//! package in the lock file needs a newer one (`cargo metadata` reports every locked
//! package's `rust-version`). Clippy's `incompatible_msrv` lint checks phiguard's own code
//! against the same version.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `1.90` → `[1, 90, 0]`, so `1.90` and `1.90.0` compare equal.
fn version(s: &str) -> Vec<u64> {
    let mut v: Vec<u64> = s.split('.').map(|p| p.parse().unwrap_or(0)).collect();
    v.resize(3, 0);
    v
}

/// `rust-version` under `[workspace.package]` in the root Cargo.toml.
fn declared() -> String {
    let text = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let doc: toml::Table = toml::from_str(&text).unwrap();
    doc["workspace"]["package"]["rust-version"]
        .as_str()
        .expect("workspace rust-version")
        .to_string()
}

#[test]
fn no_locked_dependency_needs_a_newer_rust_than_declared() {
    let declared = declared();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .current_dir(root())
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).unwrap();
    let packages = meta["packages"].as_array().unwrap();
    assert!(packages.len() > 50, "the lock file's packages are listed");
    let newer: Vec<String> = packages
        .iter()
        .filter_map(|p| {
            let rv = p["rust_version"].as_str()?;
            (version(rv) > version(&declared))
                .then(|| format!("{} {} needs Rust {rv}", p["name"], p["version"]))
        })
        .collect();
    assert!(
        newer.is_empty(),
        "rust-version {declared} in Cargo.toml is too low: {newer:?}"
    );
    // The declared version is the real minimum: some locked package needs exactly it.
    assert!(
        packages.iter().any(|p| p["rust_version"]
            .as_str()
            .is_some_and(|v| version(v) == version(&declared))),
        "no locked package needs Rust {declared}: lower the declared minimum"
    );
}

#[test]
fn readme_states_the_declared_minimum() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let want = format!("Rust {} or later", declared());
    assert!(readme.contains(&want), "README.md should say \"{want}\"");
}
