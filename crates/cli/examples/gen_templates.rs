//! Writes synthetic inputs for benchmarking: `gen_templates DIR RESOURCES [terraform|single]`.

#[path = "../benches/synthetic.rs"]
mod synthetic;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "bench/out".into());
    let total: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1000);
    match args.next().as_deref() {
        Some("terraform") => synthetic::write_terraform(std::path::Path::new(&dir), total),
        Some("single") => synthetic::write_single(std::path::Path::new(&dir), total),
        _ => synthetic::write(std::path::Path::new(&dir), total),
    }
}
