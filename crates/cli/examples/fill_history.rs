//! Fills a scan history for benchmarks: scans `DIR` once and records it `N` times.
//! Usage: fill_history HISTORY DIR N   (HISTORY: a SQLite file or a postgres:// URL)

use phiguard::{ScanOptions, scan};
use phiguard_history::{History, Location};
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [history, dir, n] = args.as_slice() else {
        eprintln!("usage: fill_history HISTORY DIR N");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("N is a number");
    let (result, _) = scan(&[PathBuf::from(dir)], &ScanOptions::default());
    let mut h = History::open(&Location::parse(history)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    for _ in 0..n {
        h.record(&result).expect("recorded");
    }
    eprintln!(
        "recorded {n} scans of {} resources, {} findings each",
        result.summary().resources,
        result.findings.len()
    );
}
