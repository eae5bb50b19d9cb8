//! Scan speed on synthetic template sets (1,000 and 50,000 CloudFormation resources in
//! templates of 500; 5,000 and 50,000 in one template; 10,000 Terraform resources in
//! 200 files).
//! Run: `cargo bench -p phiguard --bench scan`; peak memory: `scripts/bench.sh`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::path::PathBuf;

mod synthetic;

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("scan");
    g.sample_size(10);
    for total in [1_000usize, 50_000] {
        let dir = tempfile::tempdir().unwrap();
        synthetic::write(dir.path(), total).unwrap();
        let paths = vec![PathBuf::from(dir.path())];
        let opts = phiguard::ScanOptions::default();
        let (result, _) = phiguard::scan(&paths, &opts);
        assert!(
            result.graph.resources().len() >= total,
            "generator made {}",
            result.graph.resources().len()
        );
        g.bench_function(format!("{total} resources"), |b| {
            b.iter(|| phiguard::scan(&paths, &opts))
        });
    }
    for total in [5_000usize, 50_000] {
        let dir = tempfile::tempdir().unwrap();
        synthetic::write_single(dir.path(), total).unwrap();
        let paths = vec![PathBuf::from(dir.path())];
        let opts = phiguard::ScanOptions::default();
        let (result, _) = phiguard::scan(&paths, &opts);
        assert!(result.graph.resources().len() >= total);
        g.bench_function(format!("{total} resources in one template"), |b| {
            b.iter(|| phiguard::scan(&paths, &opts))
        });
    }
    let dir = tempfile::tempdir().unwrap();
    synthetic::write_terraform(dir.path(), 10_000).unwrap();
    let paths = vec![PathBuf::from(dir.path())];
    let opts = phiguard::ScanOptions::default();
    let (result, _) = phiguard::scan(&paths, &opts);
    assert!(
        result.graph.resources().len() >= 8_000,
        "generator made {}",
        result.graph.resources().len()
    );
    g.bench_function("terraform 10000 resources in 200 files", |b| {
        b.iter(|| phiguard::scan(&paths, &opts))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
