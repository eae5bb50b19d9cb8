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

const FAILING: &str = "crates/cli/tests/graph_inputs/failing-hops.yaml";

/// The reasons of each failing hop, as `From -> To: reason, reason`.
fn failing_hops(json: &str) -> Vec<String> {
    let doc: serde_json::Value = serde_json::from_str(json).unwrap();
    let name = |key: &serde_json::Value| {
        doc["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == *key)
            .map(|n| n["name"].as_str().unwrap().to_string())
            .unwrap()
    };
    let mut out: Vec<String> = doc["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["failing"] == true)
        .map(|e| {
            let reasons: Vec<&str> = e["failures"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["reason"].as_str().unwrap())
                .collect();
            format!(
                "{} -> {}: {}",
                name(&e["from"]),
                name(&e["to"]),
                reasons.join(", ")
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn failing_hops_name_each_reason() {
    let hops = failing_hops(&graph(&[FAILING, "--format", "json"]));
    assert_eq!(
        hops,
        vec![
            "PartnerTopic -> PartnerWebhook: unencrypted transit",
            "ReviewFunction -> Amazon Mechanical Turk (outside this scan): ineligible destination",
            "ReviewFunction -> ReviewArchive: unencrypted destination",
        ]
    );
    let dot = graph(&[FAILING]);
    assert!(dot.contains("FAILS: ineligible destination"), "{dot}");
    assert!(
        dot.contains("subgraph cluster_"),
        "external services are a cluster of their own"
    );
    let mermaid = graph(&[FAILING, "--format", "mermaid"]);
    assert!(
        mermaid.contains("FAILS: unencrypted destination"),
        "{mermaid}"
    );
    assert!(
        mermaid.contains("AWS services outside this scan"),
        "{mermaid}"
    );
}

/// A root module and a local module with a bucket of the same name: one cluster each.
#[test]
fn terraform_modules_are_clusters() {
    let dir = "crates/cli/tests/graph_inputs/tf-modules";
    let dot = graph(&[dir]);
    assert!(
        dot.contains(&format!("label=\"module.store ({dir}/modules/records)\";")),
        "{dot}"
    );
    assert!(
        dot.contains(&format!("label=\"root module ({dir})\";")),
        "{dot}"
    );
    let json: serde_json::Value = serde_json::from_str(&graph(&[dir, "--format", "json"])).unwrap();
    let group = |name: &str| {
        json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["name"] == name)
            .map(|n| n["group"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_ne!(
        group("aws_s3_bucket.records"),
        group("module.store.aws_s3_bucket.records")
    );
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
