//! One scan: discover inputs, read them in parallel, build the graph, derive where data
//! flows, run the rules.

use crate::inputs::{self, InputKind};
use phiguard_model::{Diagnostic, Graph, Unit};
use phiguard_report::{InputFile, ScanResult};
use phiguard_rules::Config;
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Everything that shapes a scan.
#[derive(Clone, Debug, Default)]
pub struct ScanOptions {
    /// Force an input format instead of detecting it.
    pub input: Option<InputKind>,
    /// CloudFormation options (parameter overrides).
    pub cloudformation: phiguard_cloudformation::Options,
    /// Rule settings.
    pub config: Config,
}

struct Read {
    file: InputFile,
    text: String,
    unit: Option<Unit>,
    error: Option<Diagnostic>,
}

/// Finds the input files under `paths` (files are taken as given; folders are walked,
/// honouring `.gitignore`).
pub fn discover(paths: &[PathBuf], forced: Option<InputKind>) -> Vec<(PathBuf, InputKind)> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_file() {
            if let Some(k) = forced.or_else(|| inputs::candidate(p)) {
                out.push((p.clone(), k));
            }
            continue;
        }
        for entry in ignore::WalkBuilder::new(p).hidden(true).build().flatten() {
            let path = entry.path();
            if entry.file_type().is_some_and(|t| t.is_file())
                && let Some(k) = inputs::candidate(path).map(|k| forced.unwrap_or(k))
            {
                out.push((path.to_path_buf(), k));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn read_one(path: &Path, kind: InputKind, opts: &ScanOptions) -> Read {
    let shown = path.to_string_lossy().to_string();
    let mut file = InputFile {
        path: shown.clone(),
        kind: kind.as_str().into(),
        sha256: String::new(),
        resources: 0,
    };
    let fail = |file: InputFile, d: Diagnostic| Read {
        file,
        text: String::new(),
        unit: None,
        error: Some(d),
    };
    match std::fs::metadata(path) {
        Ok(m) if m.len() > inputs::MAX_FILE_BYTES => {
            return fail(
                file,
                inputs::unreadable(
                    &shown,
                    format!(
                        "{} bytes is over the {} byte limit",
                        m.len(),
                        inputs::MAX_FILE_BYTES
                    ),
                ),
            );
        }
        Err(e) => return fail(file, inputs::unreadable(&shown, e)),
        _ => {}
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return fail(file, inputs::unreadable(&shown, e)),
    };
    file.sha256 = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => return fail(file, inputs::unreadable(&shown, "not UTF-8 text")),
    };
    match inputs::read_file(kind, &shown, &text, opts) {
        Ok(unit) => Read {
            file,
            text,
            unit,
            error: None,
        },
        Err(d) => Read {
            file,
            text,
            unit: None,
            error: Some(d),
        },
    }
}

/// Scans `paths` and returns the result with every verdict. File contents are
/// returned too (path, text), for source snippets in the terminal report.
pub fn scan(paths: &[PathBuf], opts: &ScanOptions) -> (ScanResult, Vec<(String, String)>) {
    let files = discover(paths, opts.input);
    let reads: Vec<Read> = files
        .par_iter()
        .map(|(p, k)| read_one(p, *k, opts))
        .collect();
    let mut graph = Graph::new();
    let mut diagnostics = Vec::new();
    let mut inputs = Vec::new();
    let mut sources = Vec::new();
    for mut r in reads {
        let is_input = r.unit.is_some() || r.error.is_some();
        if let Some(unit) = r.unit {
            // Pseudo-resources (a template's own sections) are not AWS resources.
            r.file.resources = unit
                .resources
                .iter()
                .filter(|r| !r.kind.starts_with("phiguard::"))
                .count();
            diagnostics.extend(unit.diagnostics);
            graph.add_unit(unit.resources);
        }
        if let Some(e) = r.error {
            diagnostics.push(e);
        }
        if is_input {
            inputs.push(r.file.clone());
            sources.push((r.file.path, r.text));
        }
    }
    for p in paths.iter().filter(|p| !p.exists()) {
        diagnostics.push(Diagnostic::error(
            &p.to_string_lossy(),
            None,
            "no such file or folder",
        ));
    }
    phiguard_flow::derive(&mut graph);
    let (findings, phi) = phiguard_rules::run(&graph, &opts.config, phiguard_rules::all());
    let phi_assumed = !phi.any_marked;
    let rule_count = phiguard_rules::all()
        .iter()
        .filter(|r| !opts.config.skip_rules.iter().any(|s| s == r.id))
        .count();
    let scanned_at = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    (
        ScanResult {
            graph,
            findings,
            diagnostics,
            inputs,
            phi_assumed,
            phi,
            attestations: attestations(),
            scanned_at,
            rule_count,
        },
        sources,
    )
}

/// The catalog's manual requirements, for the attestation checklist.
fn attestations() -> Vec<phiguard_report::Attestation> {
    phiguard_catalog::requirements()
        .into_iter()
        .filter(|r| r.checkable == phiguard_catalog::Checkable::Manual)
        .map(|r| phiguard_report::Attestation {
            id: r.id,
            section: r.section,
            statement: r.statement,
            cfr: r.cfr,
        })
        .collect()
}
