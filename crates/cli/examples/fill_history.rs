//! Fills a scan history for benchmarks: scans `DIR` once and records it `N` times, printing
//! the wall and CPU time one recording takes (CPU time stays meaningful on a busy machine).
//! Usage: fill_history HISTORY DIR N   (HISTORY: a SQLite file or a postgres:// URL)

use phiguard::{ScanOptions, scan};
use phiguard_history::{History, Location};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// User plus system CPU time of this process so far.
fn cpu() -> Duration {
    // SAFETY: getrusage writes into the zeroed struct we pass; RUSAGE_SELF is always valid.
    let u = unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut u);
        u
    };
    let t = |v: libc::timeval| Duration::new(v.tv_sec as u64, v.tv_usec as u32 * 1000);
    t(u.ru_utime) + t(u.ru_stime)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [history, dir, n] = args.as_slice() else {
        eprintln!("usage: fill_history HISTORY DIR N");
        std::process::exit(2);
    };
    let n: u32 = n.parse().expect("N is a number");
    let (result, _) = scan(&[PathBuf::from(dir)], &ScanOptions::default());
    let mut h = History::open(&Location::parse(history)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let (wall, cpu0) = (Instant::now(), cpu());
    for _ in 0..n {
        h.record(&result).expect("recorded");
    }
    let per = |d: Duration| d.as_secs_f64() / f64::from(n.max(1));
    println!(
        "recorded {n} scans of {} resources and {} findings: {:.3}s wall, {:.3}s CPU a scan",
        result.summary().resources,
        result.findings.len(),
        per(wall.elapsed()),
        per(cpu() - cpu0)
    );
}
