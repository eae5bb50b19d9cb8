//! Scan history end to end, through the `phiguard` binary, on SQLite and on PostgreSQL: what
//! a scan records, the trend `phiguard history` reads back, a scan killed mid-write, and
//! the schema's versions.
//!
//! Every case runs on both backends. The PostgreSQL ones start a throwaway cluster
//! ([`pg::Cluster`]) and are `#[ignore]`d in a plain `cargo test` (listed as ignored);
//! `scripts/test.sh` runs them with `--include-ignored` when `CI=true` (installing the
//! server first with `scripts/install-postgres.sh`) or when the server binaries are there.

#[path = "history/pg.rs"]
mod pg;

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A KMS key without rotation fails `kms-key-rotation` (45 CFR 164.312(a)(2)(iv)).
const FAILING: &str = "Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: {}
  AuditKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: {}
";

/// The same template with DataKey fixed; AuditKey still fails, accepted by the config.
const FIXED: &str = "Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: {}
      EnableKeyRotation: true
  AuditKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: {}
";

const CONFIG: &str = "[[suppress]]
rule = \"kms-key-rotation\"
resource = \"AuditKey\"
reason = \"Imported key material, rotated by hand (RISK-7)\"
";

/// A history store and a working folder with the template and config.
struct Store {
    dir: tempfile::TempDir,
    location: String,
    _cluster: Option<pg::Cluster>,
}

impl Store {
    fn sqlite() -> Store {
        let dir = tempfile::tempdir().unwrap();
        let location = dir.path().join("h.db").to_str().unwrap().to_string();
        Store::with(dir, location, None)
    }

    fn postgres() -> Store {
        let cluster = pg::Cluster::start();
        Store::with(
            tempfile::tempdir().unwrap(),
            cluster.url.clone(),
            Some(cluster),
        )
    }

    fn with(dir: tempfile::TempDir, location: String, cluster: Option<pg::Cluster>) -> Store {
        std::fs::write(dir.path().join("phiguard.toml"), CONFIG).unwrap();
        Store {
            dir,
            location,
            _cluster: cluster,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `phiguard scan t.yaml --history=LOCATION` over `template`, in the working folder.
    fn scan_cmd(&self, template: &str) -> std::process::Command {
        std::fs::write(self.path("t.yaml"), template).unwrap();
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_phiguard"));
        cmd.current_dir(self.dir.path()).args([
            "scan",
            "t.yaml",
            "-o",
            "report.txt",
            &format!("--history={}", self.location),
        ]);
        cmd
    }

    /// Scans and checks that the scan was recorded; returns its stderr.
    fn scan(&self, template: &str) -> String {
        let out = self.scan_cmd(template).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(1), "one failing finding: {stderr}");
        assert!(stderr.contains("scan recorded as #"), "{stderr}");
        stderr
    }

    fn history(&self, args: &[&str]) -> std::process::Output {
        Command::cargo_bin("phiguard")
            .unwrap()
            .current_dir(self.dir.path())
            .args(["history", "--history", &self.location])
            .args(args)
            .output()
            .unwrap()
    }

    /// Runs SQL on the store; every value as text (`NULL` for null).
    fn query(&self, sql: &str) -> Vec<Vec<String>> {
        if self._cluster.is_some() {
            let mut c = ::postgres::Client::connect(&self.location, ::postgres::NoTls).unwrap();
            c.simple_query(sql)
                .unwrap()
                .into_iter()
                .filter_map(|m| match m {
                    ::postgres::SimpleQueryMessage::Row(r) => Some(
                        (0..r.len())
                            .map(|i| r.get(i).unwrap_or("NULL").to_string())
                            .collect(),
                    ),
                    _ => None,
                })
                .collect()
        } else {
            let c = rusqlite::Connection::open(&self.location).unwrap();
            let mut st = c.prepare(sql).unwrap();
            let n = st.column_count();
            st.query_map([], |r| {
                (0..n)
                    .map(|i| {
                        Ok(match r.get_ref(i)? {
                            rusqlite::types::ValueRef::Null => "NULL".to_string(),
                            rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                            rusqlite::types::ValueRef::Real(v) => v.to_string(),
                            rusqlite::types::ValueRef::Text(t)
                            | rusqlite::types::ValueRef::Blob(t) => {
                                String::from_utf8_lossy(t).to_string()
                            }
                        })
                    })
                    .collect()
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
        }
    }

    fn one(&self, sql: &str) -> String {
        self.query(sql).remove(0).remove(0)
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn records_inputs_findings_and_suppressions(s: &Store) {
    s.scan(FAILING);
    assert_eq!(s.one("SELECT count(*) FROM scans"), "1");
    let scan = &s.query(
        "SELECT id, tool_version, ruleset_version, config, fail, suppressed, inputs FROM scans",
    )[0];
    assert_eq!(scan[1], env!("CARGO_PKG_VERSION"));
    assert_eq!(scan[2].len(), 12, "rule-set fingerprint: {scan:?}");
    assert_eq!(scan[3], "phiguard.toml");
    assert_eq!((scan[4].as_str(), scan[5].as_str()), ("1", "1"), "{scan:?}");
    let input = &s.query("SELECT path, kind, sha256, resources FROM scan_inputs")[0];
    assert_eq!(input[0], "t.yaml");
    assert_eq!(input[1], "cloudformation");
    assert_eq!(input[2], sha256_hex(FAILING.as_bytes()));
    assert_eq!(input[3], "2");
    let rows = s.query(
        "SELECT resource, verdict, suppressed, location, length(fingerprint) FROM findings
         WHERE rule_id = 'kms-key-rotation' ORDER BY resource",
    );
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(
        rows[0][..3],
        [
            "AuditKey",
            "fail",
            "Imported key material, rotated by hand (RISK-7)"
        ]
    );
    assert_eq!(rows[1][..3], ["DataKey", "fail", "NULL"]);
    assert!(rows[1][3].starts_with("t.yaml:"), "{rows:?}");
    assert_eq!(rows[1][4], "32");
    let rule = &s.query(
        "SELECT cfr, fail, suppressed, severity FROM rule_results WHERE rule_id = 'kms-key-rotation'",
    )[0];
    assert_eq!(rule[..], ["45 CFR 164.312(a)(2)(iv)", "1", "1", "medium"]);
    // Every rule that ran has its row, also those that found nothing.
    assert_eq!(
        s.one("SELECT count(*) FROM rule_results"),
        s.one("SELECT rule_count FROM scans")
    );
    let total: usize = s
        .query("SELECT fail + unknown + pass + not_applicable + suppressed FROM rule_results")
        .iter()
        .map(|r| r[0].parse::<usize>().unwrap())
        .sum();
    assert_eq!(s.one("SELECT count(*) FROM findings"), total.to_string());
}

fn trend_per_safeguard_and_rule_with_changes(s: &Store) {
    s.scan(FAILING);
    let out = s.scan_cmd(FIXED).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = s.history(&["--format", "json"]);
    assert!(out.status.success(), "{out:?}");
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["total_scans"], 2);
    assert_eq!(j["scans"].as_array().unwrap().len(), 2);
    assert_eq!(j["scans"][0]["totals"]["fail"], 1);
    assert_eq!(j["scans"][1]["totals"]["fail"], 0);
    assert_eq!(j["scans"][1]["totals"]["suppressed"], 1);
    let enc = j["safeguards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "164.312(a)(2)(iv)")
        .expect("the encryption paragraph");
    assert_eq!(enc["title"], "Encryption and decryption");
    assert_eq!(enc["counts"][0]["fail"], 1);
    assert_eq!(enc["counts"][1]["fail"], 0);
    assert_eq!(enc["counts"][1]["pass"], 1);
    let rule = j["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "kms-key-rotation")
        .unwrap();
    assert_eq!(rule["counts"][1]["suppressed"], 1);
    assert_eq!(j["changes"].as_array().unwrap().len(), 1);
    assert_eq!(j["changes"][0]["change"], "fixed");
    assert_eq!(j["changes"][0]["resource"], "DataKey");
    let text = String::from_utf8(s.history(&[]).stdout).unwrap();
    assert!(text.contains("2 scans recorded"), "{text}");
    let line = text
        .lines()
        .find(|l| l.contains("164.312(a)(2)(iv)"))
        .unwrap();
    assert!(
        line.contains("1/0/0") && line.contains("0/0/1") && line.ends_with("-1"),
        "{line}"
    );
    assert!(text.contains("(0 new, 1 fixed failing findings)"), "{text}");
    assert!(
        text.contains("fixed  kms-key-rotation  on DataKey"),
        "{text}"
    );
    // --last 1: only the newest scan, nothing to compare it with.
    let j: serde_json::Value =
        serde_json::from_slice(&s.history(&["--last", "1", "--format", "json"]).stdout).unwrap();
    assert_eq!(j["scans"].as_array().unwrap().len(), 1);
    assert_eq!(j["scans"][0]["totals"]["fail"], 0);
    assert_eq!(j["changes"].as_array().unwrap().len(), 0);
}

fn killed_mid_write_leaves_no_partial_scan(s: &Store) {
    s.scan(FAILING);
    let findings = s.one("SELECT count(*) FROM findings");
    let signal = s.path("paused");
    let mut child = s
        .scan_cmd(FIXED)
        .env("PHIGUARD_HISTORY_TEST_PAUSE", &signal)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while !signal.exists() {
        assert!(Instant::now() < deadline, "the write never paused");
        assert!(
            child.try_wait().unwrap().is_none(),
            "the scan ended before pausing"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL: no destructor, no rollback by phiguard
    child.wait().unwrap();
    // The killed scan left nothing; the earlier one is whole.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        // PostgreSQL rolls the transaction back once it sees the connection gone.
        let scans = s.one("SELECT count(*) FROM scans");
        if scans == "1" || Instant::now() > deadline {
            assert_eq!(scans, "1");
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(s.one("SELECT count(*) FROM findings"), findings);
    assert_eq!(
        s.one("SELECT count(*) FROM findings WHERE scan_id <> (SELECT min(id) FROM scans)"),
        "0"
    );
    assert_eq!(
        s.one("SELECT count(*) FROM rule_results WHERE scan_id <> (SELECT min(id) FROM scans)"),
        "0"
    );
    assert_eq!(s.one("SELECT count(*) FROM scan_inputs"), "1");
    if s._cluster.is_none() {
        assert_eq!(s.one("PRAGMA integrity_check"), "ok");
    }
    // The store takes the next scan as usual.
    let out = s.scan_cmd(FIXED).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(s.one("SELECT count(*) FROM scans"), "2");
    let j: serde_json::Value =
        serde_json::from_slice(&s.history(&["--format", "json"]).stdout).unwrap();
    assert_eq!(j["total_scans"], 2);
    assert_eq!(j["changes"][0]["change"], "fixed");
}

fn migrations_are_versioned_and_a_newer_schema_is_refused(s: &Store) {
    s.scan(FAILING);
    s.scan(FAILING);
    assert_eq!(
        s.query("SELECT version FROM phiguard_schema ORDER BY version"),
        [["1"]],
        "applied once, recorded once"
    );
    s.query("INSERT INTO phiguard_schema (version) VALUES (99)");
    let out = s.scan_cmd(FAILING).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("schema is version 99, newer than this phiguard knows (1)"),
        "{stderr}"
    );
    assert!(s.path("report.txt").exists(), "the report is still written");
    assert_eq!(s.one("SELECT count(*) FROM scans"), "2");
    let out = s.history(&[]);
    assert_eq!(out.status.code(), Some(2));
}

/// Each case as a SQLite test and as an ignored PostgreSQL test.
macro_rules! on_both_backends {
    ($($case:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $case() {
                super::$case(&super::Store::sqlite());
            })*
        }
        mod postgres {
            $(#[test]
            #[ignore = "needs a PostgreSQL server; scripts/test.sh runs it"]
            fn $case() {
                super::$case(&super::Store::postgres());
            })*
        }
    };
}

on_both_backends!(
    records_inputs_findings_and_suppressions,
    trend_per_safeguard_and_rule_with_changes,
    killed_mid_write_leaves_no_partial_scan,
    migrations_are_versioned_and_a_newer_schema_is_refused,
);

fn phiguard(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("phiguard")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn history_flag_without_value_and_config_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("t.yaml"), FAILING).unwrap();
    // --history alone, last: .phiguard/history.db under the working folder.
    let out = phiguard(dir.path(), &["scan", "--no-config", "t.yaml", "--history"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(dir.path().join(".phiguard/history.db").is_file());
    let out = phiguard(dir.path(), &["history", "--format", "json"]);
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["total_scans"], 1);
    assert_eq!(j["history"], ".phiguard/history.db");
    // The config's `history` key records without the flag, relative to the config file.
    std::fs::create_dir(dir.path().join("team")).unwrap();
    std::fs::write(dir.path().join("team/p.toml"), "history = \"db/h.db\"\n").unwrap();
    let out = phiguard(dir.path(), &["scan", "--config", "team/p.toml", "t.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(dir.path().join("team/db/h.db").is_file());
    let out = phiguard(dir.path(), &["history", "--config", "team/p.toml"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 scan recorded"));
    // Without --history or a config key, nothing is recorded.
    let out = phiguard(dir.path(), &["scan", "--no-config", "t.yaml"]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("recorded"));
    let out = phiguard(dir.path(), &["history", "--format", "json"]);
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["total_scans"], 1);
}

#[test]
fn reading_a_missing_history_is_an_error_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = phiguard(dir.path(), &["history", "--history", "none.db"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no scan history at none.db"), "{stderr}");
    assert!(!dir.path().join("none.db").exists());
    let out = phiguard(
        dir.path(),
        &["history", "--history", "none.db", "--last", "0"],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_folder_is_not_taken_for_the_history_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    std::fs::write(dir.path().join("templates/t.yaml"), FAILING).unwrap();
    let out = phiguard(
        dir.path(),
        &[
            "scan",
            "--no-config",
            "--history",
            "templates",
            "templates/t.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("templates is a folder"));
}

#[test]
fn a_postgres_password_is_never_printed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("t.yaml"), FAILING).unwrap();
    // Port 9 on loopback: nothing listens, the connection is refused at once.
    let url = "--history=postgres://ci:hunter2secret@127.0.0.1:9/phi?connect_timeout=2";
    let out = phiguard(dir.path(), &["scan", "--no-config", "t.yaml", url]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("postgres://ci:***@127.0.0.1:9/phi"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2secret"), "{stderr}");
}

#[test]
fn html_report_charts_the_trend() {
    let s = Store::sqlite();
    s.scan(FAILING);
    std::fs::write(s.path("t.yaml"), FIXED).unwrap();
    let out = phiguard(
        s.dir.path(),
        &[
            "scan",
            "t.yaml",
            "--format",
            "html",
            "-o",
            "r.html",
            &format!("--history={}", s.location),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let html = std::fs::read_to_string(s.path("r.html")).unwrap();
    assert!(html.contains("<section id=\"trend\">"));
    assert!(html.contains("last 2 recorded scans (of 2 in the scan history)"));
    assert!(html.contains("<polyline class=\"fail\""));
    // The failing count went from 1 to 0: the paragraph's row says so.
    assert!(html.contains("§ 164.312(a)(2)(iv)"));
    assert!(html.contains("class=\"num better\">-1<"));
    // Without --history, no trend section.
    let out = phiguard(
        s.dir.path(),
        &["scan", "t.yaml", "--format", "html", "-o", "plain.html"],
    );
    assert_eq!(out.status.code(), Some(0));
    let plain = std::fs::read_to_string(s.path("plain.html")).unwrap();
    assert!(!plain.contains("id=\"trend\""));
}
