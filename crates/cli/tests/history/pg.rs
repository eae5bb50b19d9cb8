//! A throwaway PostgreSQL cluster for one test: `initdb` into a temporary folder, started on
//! 127.0.0.1 at a free port with its socket in that folder, stopped when the guard drops
//! (also when the test fails). As root, the server runs as the `postgres` user, since
//! PostgreSQL refuses to run as root.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A running cluster; dropping it stops the server and removes its files.
pub struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    /// Connection string for the `postgres` database, user `phiguard`, no password.
    pub url: String,
}

/// The folder with `initdb` and `pg_ctl`: `pg_config --bindir`, else the newest
/// `/usr/lib/postgresql/*/bin` (Debian keeps them off the PATH).
fn find_bin() -> Option<PathBuf> {
    let from_config = Command::new("pg_config")
        .arg("--bindir")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .filter(|d| d.join("initdb").exists());
    from_config.or_else(|| {
        let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
            .ok()?
            .flatten()
            .map(|e| e.path().join("bin"))
            .filter(|d| d.join("initdb").exists())
            .collect();
        found.sort_by_key(|d| {
            d.parent()
                .and_then(|v| v.file_name())
                .and_then(|v| v.to_str())
                .and_then(|v| v.parse::<u32>().ok())
        });
        found.pop()
    })
}

/// The binaries, installing them first when `CI=true` (scripts/install-postgres.sh).
fn bin_or_install() -> PathBuf {
    if let Some(b) = find_bin() {
        return b;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        let script =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/install-postgres.sh");
        let ok = Command::new("bash")
            .arg(&script)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "{} failed", script.display());
        if let Some(b) = find_bin() {
            return b;
        }
    }
    panic!(
        "PostgreSQL's server is not installed: scripts/install-postgres.sh installs it (CI=true does so automatically)"
    );
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Runs a PostgreSQL program, as the `postgres` user when we are root.
fn run(bin: &Path, program: &str, args: &[&str]) -> std::process::Output {
    let exe = bin.join(program);
    let mut cmd = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&exe);
        c
    } else {
        Command::new(&exe)
    };
    cmd.args(args)
        .output()
        .unwrap_or_else(|e| panic!("running {program}: {e}"))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Cluster {
    /// Creates and starts a cluster.
    pub fn start() -> Cluster {
        let bin = bin_or_install();
        let dir = tempfile::Builder::new()
            .prefix("phiguard-pg-")
            .tempdir()
            .unwrap();
        if is_root() {
            let ok = Command::new("chown")
                .args(["-R", "postgres:"])
                .arg(dir.path())
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "chown to the postgres user (is there one?)");
        }
        let data = dir.path().join("data");
        let data_s = data.to_str().unwrap();
        let out = run(
            &bin,
            "initdb",
            &[
                "-D",
                data_s,
                "-U",
                "phiguard",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        );
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let log = dir.path().join("server.log");
        let mut last_error = String::new();
        // Another process may take the port between our probe and the server's bind.
        for _ in 0..3 {
            let port = free_port();
            let opts = format!(
                "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
                dir.path().display()
            );
            let out = run(
                &bin,
                "pg_ctl",
                &[
                    "-D",
                    data_s,
                    "-l",
                    log.to_str().unwrap(),
                    "-o",
                    &opts,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ],
            );
            if out.status.success() {
                return Cluster {
                    url: format!("postgres://phiguard@127.0.0.1:{port}/postgres"),
                    dir,
                    bin,
                };
            }
            last_error = std::fs::read_to_string(&log).unwrap_or_default();
        }
        panic!("pg_ctl start failed:\n{last_error}");
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let _ = run(
            &self.bin,
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
        );
    }
}
