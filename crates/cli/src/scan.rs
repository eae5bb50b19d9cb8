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
    /// Terraform options (`--var`, `--var-file`).
    pub terraform: phiguard_terraform::Options,
    /// Rule settings.
    pub config: Config,
    /// The day suppression expiries are judged on (default: today, UTC).
    pub now: Option<phiguard_rules::Date>,
    /// Custom rules (Rego policies), run with the built-in ones.
    pub policies: crate::policy::Policies,
    /// Live collections (`phiguard scan aws`): a label (`aws:<account>`) and the inventory
    /// JSON, read exactly as a saved inventory file is.
    pub collected: Vec<(String, String)>,
}

/// What one job read: its files (with their text) and the unit they adapt into.
struct Read {
    files: Vec<(InputFile, String)>,
    unit: Option<Unit>,
    error: Option<Diagnostic>,
}

/// One thing to read: a file, or a Terraform root module (a directory, or the files of
/// it named on the command line).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Job {
    File(PathBuf, InputKind, bool),
    Module(PathBuf, Vec<PathBuf>),
    /// The n-th of [`ScanOptions::collected`].
    Collected(usize),
}

/// Finds the input files under `paths` (files are taken as given; folders are walked,
/// honouring `.gitignore`). What is passed over, and would otherwise go unnoticed, is
/// added to `skipped` as warnings: a named file of no recognised kind, a symbolic link
/// in a folder (never followed, so a scan stays inside its tree).
pub fn discover(
    paths: &[PathBuf],
    forced: Option<InputKind>,
    skipped: &mut Vec<Diagnostic>,
) -> Vec<(PathBuf, InputKind)> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_file() {
            match forced.or_else(|| inputs::candidate(p)) {
                Some(k) => out.push((p.clone(), k)),
                None => skipped.push(Diagnostic::warning(
                    &p.to_string_lossy(),
                    None,
                    "skipped: not a recognised input (.yaml .yml .json .template .tf; --input forces a format)",
                )
                .l10n("diag-skipped-not-input", &[])),
            }
            continue;
        }
        for entry in ignore::WalkBuilder::new(p).hidden(true).build().flatten() {
            let path = entry.path();
            if entry.path_is_symlink() && entry.depth() > 0 {
                skipped.push(
                    Diagnostic::warning(
                        &path.to_string_lossy(),
                        None,
                        "skipped: symbolic link, not followed",
                    )
                    .l10n("diag-skipped-symlink", &[]),
                );
                continue;
            }
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            let Some(natural) = inputs::candidate(path) else {
                continue;
            };
            let kind = match forced {
                Some(f) if inputs::walk_accepts(f, natural, path) => f,
                Some(_) => continue,
                None => natural,
            };
            out.push((path.to_path_buf(), kind));
        }
    }
    out.sort();
    out.dedup();
    out
}

fn parent(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Groups Terraform files into root modules: a file named on the command line is read
/// alone; walked files are read per directory, except directories another scanned
/// directory calls as a local module (they are read through that call). A walked JSON
/// file in or under a Terraform folder is read only if it looks like a template or plan.
fn jobs(
    paths: &[PathBuf],
    forced: Option<InputKind>,
    loader: &phiguard_terraform::FsLoader,
    skipped: &mut Vec<Diagnostic>,
) -> Vec<Job> {
    let explicit: Vec<&PathBuf> = paths.iter().filter(|p| p.is_file()).collect();
    let mut jobs = Vec::new();
    let mut explicit_tf: Vec<(PathBuf, Vec<PathBuf>)> = Vec::new();
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut maybe_data: Vec<PathBuf> = Vec::new();
    for (p, kind) in discover(paths, forced, skipped) {
        let given = explicit.contains(&&p);
        match (kind, given) {
            (InputKind::Terraform, true) => {
                let d = parent(&p);
                match explicit_tf.iter_mut().find(|(x, _)| *x == d) {
                    Some((_, files)) => files.push(p),
                    None => explicit_tf.push((d, vec![p])),
                }
            }
            (InputKind::Terraform, false) => {
                let d = parent(&p);
                if !dirs.contains(&d) {
                    dirs.push(d);
                }
            }
            (InputKind::Cloudformation, false) if forced.is_none() && inputs::is_json(&p) => {
                maybe_data.push(p)
            }
            (k, _) => jobs.push(Job::File(p, k, forced.is_some())),
        }
    }
    // JSON in a Terraform folder is usually data the configuration reads.
    for p in maybe_data {
        let in_terraform = p.ancestors().skip(1).any(|a| dirs.iter().any(|d| d == a));
        if !in_terraform || inputs::json_is_input(&p) {
            jobs.push(Job::File(p, InputKind::Cloudformation, false));
        } else {
            skipped.push(
                Diagnostic::warning(
                    &p.to_string_lossy(),
                    None,
                    "skipped: JSON data in a Terraform folder (neither a template nor a plan)",
                )
                .l10n("diag-skipped-terraform-json", &[]),
            );
        }
    }
    for d in phiguard_terraform::root_modules(&dirs, loader) {
        jobs.push(Job::Module(d, Vec::new()));
    }
    for (d, files) in explicit_tf {
        jobs.push(Job::Module(d, files));
    }
    jobs.sort();
    jobs
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn read_one(path: &Path, kind: InputKind, forced: bool, opts: &ScanOptions) -> Read {
    let shown = path.to_string_lossy().to_string();
    let mut file = InputFile {
        path: shown.clone(),
        kind: kind.as_str().into(),
        sha256: String::new(),
        resources: 0,
    };
    let fail = |file: InputFile, d: Diagnostic| Read {
        files: vec![(file, String::new())],
        unit: None,
        error: Some(d),
    };
    match std::fs::metadata(path) {
        Ok(m) if m.len() > inputs::MAX_FILE_BYTES => {
            return fail(
                file,
                inputs::unreadable_said(
                    &shown,
                    format!(
                        "{} bytes is over the {} byte limit",
                        m.len(),
                        inputs::MAX_FILE_BYTES
                    ),
                    "diag-read-too-large",
                    &[
                        ("size", &m.len().to_string()),
                        ("limit", &inputs::MAX_FILE_BYTES.to_string()),
                    ],
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
    file.sha256 = sha256(&bytes);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => {
            let d = inputs::unreadable_said(&shown, "not UTF-8 text", "diag-read-not-utf8", &[]);
            return fail(file, d);
        }
    };
    read_text(file, text, kind, forced, opts)
}

/// A live collection, read as a saved inventory.
fn read_collected(label: &str, text: &str, opts: &ScanOptions) -> Read {
    let file = InputFile {
        path: label.to_string(),
        kind: InputKind::Inventory.as_str().into(),
        sha256: sha256(text.as_bytes()),
        resources: 0,
    };
    read_text(file, text.to_string(), InputKind::Inventory, true, opts)
}

fn read_text(
    mut file: InputFile,
    text: String,
    kind: InputKind,
    forced: bool,
    opts: &ScanOptions,
) -> Read {
    let shown = file.path.clone();
    let (kind, read) = inputs::read_file(kind, forced, &shown, &text, opts);
    file.kind = kind.as_str().into();
    match read {
        Ok(unit) => {
            if let Some(u) = &unit {
                // Pseudo-resources (a template's own sections) are not AWS resources.
                file.resources = u
                    .resources
                    .iter()
                    .filter(|r| !r.kind.starts_with("phiguard::"))
                    .count();
            }
            Read {
                files: vec![(file, text)],
                unit,
                error: None,
            }
        }
        Err(d) => Read {
            files: vec![(file, text)],
            unit: None,
            error: Some(d),
        },
    }
}

fn read_module(
    dir: &Path,
    files: &[PathBuf],
    opts: &ScanOptions,
    loader: &phiguard_terraform::FsLoader,
) -> Read {
    let m = phiguard_terraform::read_module(dir, files, &opts.terraform, loader);
    let files = m
        .files
        .into_iter()
        .map(|(path, text)| {
            let resources = m
                .unit
                .resources
                .iter()
                .filter(|r| r.origin.location().is_some_and(|l| *l.file == *path))
                .count();
            let kind = if phiguard_terraform::is_config_file(Path::new(&path)) {
                "terraform"
            } else {
                "terraform-vars"
            };
            let f = InputFile {
                path,
                kind: kind.into(),
                sha256: sha256(text.as_bytes()),
                resources,
            };
            (f, text)
        })
        .collect();
    Read {
        files,
        unit: Some(m.unit),
        error: None,
    }
}

/// Runs one job; a panic in it (a bug, never expected) becomes an error for that input
/// while the others are still reported.
fn isolated(job: &Job, read: impl FnOnce() -> Read) -> Read {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let path = match job {
            Job::File(p, ..) | Job::Module(p, _) => p.to_string_lossy().into_owned(),
            Job::Collected(i) => format!("collection {i}"),
        };
        Read {
            files: Vec::new(),
            unit: None,
            error: Some(Diagnostic::error(
                &path,
                None,
                format!("internal error while reading this input ({why}); it is not judged, the other inputs are"),
            )
            .l10n("diag-internal-error", &[("error", &why)])),
        }
    })
}

/// Scans `paths` and returns the result with every verdict. File contents are
/// returned too (path, text), for source snippets in the terminal report.
pub fn scan(paths: &[PathBuf], opts: &ScanOptions) -> (ScanResult, Vec<(String, String)>) {
    scan_with_progress(paths, opts, &|_, _| {})
}

/// [`scan`], calling `progress(done, total)` as inputs are read (from several threads).
pub fn scan_with_progress(
    paths: &[PathBuf],
    opts: &ScanOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (ScanResult, Vec<(String, String)>) {
    let root = match &opts.terraform.root {
        Some(r) => r.clone(),
        None => phiguard_terraform::scan_root(paths),
    };
    let loader = phiguard_terraform::FsLoader::new(&root);
    let mut skipped = Vec::new();
    let mut jobs = jobs(paths, opts.input, &loader, &mut skipped);
    jobs.extend((0..opts.collected.len()).map(Job::Collected));
    let done = std::sync::atomic::AtomicUsize::new(0);
    let reads: Vec<Read> = jobs
        .par_iter()
        .map(|j| {
            let r = isolated(j, || match j {
                Job::File(p, k, forced) => read_one(p, *k, *forced, opts),
                Job::Module(dir, files) => read_module(dir, files, opts, &loader),
                Job::Collected(i) => {
                    let (label, text) = &opts.collected[*i];
                    read_collected(label, text, opts)
                }
            });
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            progress(n, jobs.len());
            r
        })
        .collect();
    let mut graph = Graph::new();
    let mut diagnostics = skipped;
    let mut inputs = Vec::new();
    let mut sources = Vec::new();
    let mut inline = Vec::new();
    for r in reads {
        let is_input = r.unit.is_some() || r.error.is_some();
        if !is_input {
            // A file named like a template that is not one (a workflow, a manifest).
            for (file, _) in &r.files {
                diagnostics.push(
                    Diagnostic::warning(
                        &file.path,
                        None,
                        "skipped: not a CloudFormation template or Terraform plan",
                    )
                    .l10n("diag-skipped-not-template", &[]),
                );
            }
        }
        if let Some(unit) = r.unit {
            diagnostics.extend(unit.diagnostics);
            graph.add_unit(unit.resources);
            graph.add_gaps(unit.gaps);
        }
        if let Some(e) = r.error {
            diagnostics.push(e);
        }
        if is_input {
            for (file, text) in r.files {
                let (found, warnings) = crate::inline::from_file(&file.kind, &file.path, &text);
                inline.extend(found);
                diagnostics.extend(warnings);
                sources.push((file.path.clone(), text));
                inputs.push(file);
            }
        }
    }
    for p in paths.iter().filter(|p| !p.exists()) {
        diagnostics.push(
            Diagnostic::error(&p.to_string_lossy(), None, "no such file or folder")
                .l10n("diag-no-such-path", &[]),
        );
    }
    phiguard_flow::derive(&mut graph);
    if !opts.config.allows_inline() {
        for s in inline.drain(..) {
            let (file, line) = match &s.source {
                phiguard_rules::suppress::Source::Inline { file, line } => (file.clone(), *line),
                _ => continue,
            };
            diagnostics.push(Diagnostic::warning(
                &file,
                Some(phiguard_model::Location::new(file.as_str().into(), line, 1)),
                format!(
                    "inline suppression of {} refused: the configuration sets allow_inline = false; the finding is judged as if it were not there",
                    s.rule
                ),
            )
            .l10n("diag-inline-refused", &[("rule", &s.rule)]));
        }
    }
    let today = opts.now.unwrap_or_else(phiguard_rules::Date::today);
    let rules: Vec<&'static phiguard_rules::Rule> = phiguard_rules::all()
        .iter()
        .copied()
        .chain(opts.policies.rules())
        .collect();
    let (findings, phi, warnings) =
        phiguard_rules::run_at(&graph, &opts.config, &rules, &inline, today);
    diagnostics.extend(warnings);
    // Policies that could not be loaded or failed while judging: errors in every report.
    diagnostics.extend(opts.policies.errors());
    let phi_assumed = !phi.any_marked;
    let rule_count = rules
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
            scope: Default::default(),
        },
        sources,
    )
}

/// The catalog's manual requirements, for the attestation checklist.
fn attestations() -> Vec<phiguard_report::Attestation> {
    phiguard_catalog::requirements()
        .iter()
        .filter(|r| r.checkable == phiguard_catalog::Checkable::Manual)
        .map(|r| phiguard_report::Attestation {
            id: r.id.clone(),
            section: r.section.clone(),
            statement: r.statement.clone(),
            cfr: r.cfr.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_reading_one_input_becomes_an_error_for_it() {
        let job = Job::Module(PathBuf::from("infra/hostile"), Vec::new());
        let r = isolated(&job, || panic!("boom"));
        let e = r.error.expect("an input error");
        assert_eq!(e.file, "infra/hostile");
        assert!(e.message.contains("internal error") && e.message.contains("boom"));
        assert!(r.unit.is_none());
    }
}
