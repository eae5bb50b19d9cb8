//! `phiguard graph`: snapshots of each format for the bundled demo and for a scan of
//! two templates linked by a literal bucket name.

use assert_cmd::Command;
use std::path::Path;

fn repo_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn graph(args: &[&str]) -> String {
    let out = Command::cargo_bin("phiguard")
        .unwrap()
        .current_dir(repo_root())
        .arg("graph")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const DEMO: &str = "examples/cloudformation/flow-demo.yaml";
const PORTAL: &[&str] = &[
    "crates/cli/tests/graph_inputs/records-store.yaml",
    "crates/cli/tests/graph_inputs/records-portal.yaml",
];

#[test]
fn demo_as_dot() {
    insta::assert_snapshot!(graph(&[DEMO]));
}

#[test]
fn demo_as_mermaid() {
    insta::assert_snapshot!(graph(&[DEMO, "--format", "mermaid"]));
}

#[test]
fn demo_as_json() {
    insta::assert_snapshot!(graph(&[DEMO, "--format", "json"]));
}

#[test]
fn two_templates_as_dot_and_mermaid() {
    let mut args = PORTAL.to_vec();
    insta::assert_snapshot!("portal_dot", graph(&args));
    args.extend(["--format", "mermaid"]);
    insta::assert_snapshot!("portal_mermaid", graph(&args));
}

#[test]
fn output_file_and_unknown_format() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("flows.mmd");
    Command::cargo_bin("phiguard")
        .unwrap()
        .current_dir(repo_root())
        .args(["graph", DEMO, "--format", "mermaid", "-o"])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("flowchart LR")
    );
    Command::cargo_bin("phiguard")
        .unwrap()
        .args(["graph", DEMO, "--format", "svg"])
        .assert()
        .code(2);
}
