//! Terraform configurations (HCL) and plans (`terraform show -json`) into the phiguard
//! resource graph.
//!
//! A configuration is read per module directory, not per file: [`read_module`] parses
//! the directory's `.tf` files, resolves variables (defaults, `terraform.tfvars`,
//! `*.auto.tfvars`, `--var-file`, `--var`), locals, `count`/`for_each`, dynamic blocks,
//! local child modules and the common functions, and maps every `aws_*` resource into
//! the AWS resource schema (see [`map`]). What cannot be known before apply becomes a
//! reference to the resource it comes from, or an unknown value with the reason.
//! [`read_plan`] reads a plan's planned values, where Terraform has resolved the rest.

mod budget;
mod config;
mod eval;
mod functions;
mod json_syntax;
pub mod map;
mod module;
mod plan;
mod policy;
mod sandbox;
mod source;

pub use module::{Loader, MemLoader};
pub use plan::{is_plan, read_plan};
pub use sandbox::{FsLoader, MAX_DATA_BYTES, MAX_FILE_BYTES, refusal_l10n, scan_root};

use module::{Inputs, RootValue};
use phiguard_model::{Diagnostic, MessagePart, Unit};
use source::SourceFile;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Terraform options of a scan.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `--var NAME=VALUE`, in command-line order (later wins).
    pub vars: Vec<(String, String)>,
    /// `--var-file FILE`, in command-line order (later wins; `--var` wins over files).
    pub var_files: Vec<PathBuf>,
    /// `--root DIR`: files outside it are not read (default: see [`scan_root`]).
    pub root: Option<PathBuf>,
}

/// A root module, read.
#[derive(Debug, Default)]
pub struct ModuleRead {
    /// Its resources and diagnostics.
    pub unit: Unit,
    /// Every file read (path, text): the module's, its variable files' and its local
    /// child modules'.
    pub files: Vec<(String, String)>,
}

/// Resolves `.` and `..` in a path without touching the file system (as Terraform joins
/// module sources): `envs/prod/../../modules/db` is `modules/db`, `./../../x` is `../../x`.
pub fn normalize(p: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                // `/..` is `/`.
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            other => out.push(other),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}

/// The directories of the local modules (`source = "./modules/x"`) that the `.tf`
/// files of `dir` call.
pub fn local_module_dirs(dir: &Path, loader: &dyn Loader) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in loader.list(dir).unwrap_or_default() {
        if !is_config_file(&p) {
            continue;
        }
        let Ok(text) = loader.read(&p) else { continue };
        let Ok(file) = SourceFile::load(&p.to_string_lossy(), text) else {
            continue;
        };
        let Ok(body) = config::parse_file(&file) else {
            continue;
        };
        for b in body.get_blocks("module") {
            if let Some(src) = b
                .body
                .get_attribute("source")
                .and_then(|a| a.value.as_str().map(str::to_string))
                && (src.starts_with("./") || src.starts_with("../"))
            {
                out.push(normalize(&dir.join(src)));
            }
        }
    }
    out
}

/// The directories among `dirs` (each holding `.tf` files) to read as root modules: those
/// no other of them calls as a local module (a called directory is read through the
/// call). A directory that calls only itself stays a root, and in a cycle of directories
/// calling each other with no other caller, the first is read as the root.
pub fn root_modules(dirs: &[PathBuf], loader: &dyn Loader) -> Vec<PathBuf> {
    let key = |d: &Path| std::fs::canonicalize(d).unwrap_or_else(|_| normalize(d));
    let keys: Vec<PathBuf> = dirs.iter().map(|d| key(d)).collect();
    let calls: Vec<Vec<usize>> = dirs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            local_module_dirs(d, loader)
                .iter()
                .filter_map(|c| keys.iter().position(|k| *k == key(c)))
                .filter(|&j| j != i)
                .collect()
        })
        .collect();
    let mut called = vec![false; dirs.len()];
    for &c in calls.iter().flatten() {
        called[c] = true;
    }
    let mut roots: Vec<usize> = (0..dirs.len()).filter(|&i| !called[i]).collect();
    let mut reached = vec![false; dirs.len()];
    let mut stack = roots.clone();
    loop {
        while let Some(k) = stack.pop() {
            if !std::mem::replace(&mut reached[k], true) {
                stack.extend(&calls[k]);
            }
        }
        match (0..dirs.len()).find(|&i| !reached[i]) {
            Some(i) => {
                roots.push(i);
                stack.push(i);
            }
            None => break,
        }
    }
    roots.sort_unstable();
    roots.into_iter().map(|i| dirs[i].clone()).collect()
}

/// Whether a file name is a Terraform configuration file (`.tf`, `.tf.json`).
pub fn is_config_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| (n.ends_with(".tf") || n.ends_with(".tf.json")) && !n.starts_with('.'))
}

/// Reads the root module in `dir`: the given `files`, or every `.tf` file of `dir` when
/// `files` is empty. The directory's `terraform.tfvars` and `*.auto.tfvars` apply, then
/// the option's var files and vars.
pub fn read_module(
    dir: &Path,
    files: &[PathBuf],
    opts: &Options,
    loader: &dyn Loader,
) -> ModuleRead {
    let mut diagnostics = Vec::new();
    let paths: Vec<PathBuf> = if files.is_empty() {
        loader
            .list(dir)
            .unwrap_or_default()
            .into_iter()
            .filter(|p| is_config_file(p))
            .collect()
    } else {
        files.to_vec()
    };
    let mut sources = Vec::new();
    let mut unparsed = Vec::new();
    for p in &paths {
        let shown = p.to_string_lossy().to_string();
        match loader.read(p) {
            Ok(text) => match SourceFile::load(&shown, text.clone()) {
                Ok(f) => sources.push(Arc::new(f)),
                Err(d) => {
                    diagnostics.push(d);
                    unparsed.push((shown, text));
                }
            },
            Err(e) => {
                let mut d = Diagnostic::error(&shown, None, format!("cannot read file: {e}"));
                let part = MessagePart::new("diag-read-file", &[]);
                d.l10n = Some(Box::new(sandbox::with_error(part, &e)));
                diagnostics.push(d);
            }
        }
    }
    let module = config::Module::parse(dir, sources);
    let mut var_sources = Vec::new();
    let mut given = Vec::new();
    let listed = loader.list(dir).unwrap_or_default();
    let auto = listed.iter().filter(|p| {
        p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
            n == "terraform.tfvars"
                || n == "terraform.tfvars.json"
                || n.ends_with(".auto.tfvars")
                || n.ends_with(".auto.tfvars.json")
        })
    });
    // terraform.tfvars first, then *.auto.tfvars in name order.
    let (first, rest): (Vec<&PathBuf>, Vec<&PathBuf>) = auto.partition(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("terraform.tfvars"))
    });
    for p in first
        .into_iter()
        .chain(rest)
        .cloned()
        .chain(opts.var_files.iter().cloned())
    {
        let shown = p.to_string_lossy().to_string();
        let read = if opts.var_files.contains(&p) {
            loader.read_given(&p)
        } else {
            loader.read(&p)
        };
        let text = match read {
            Ok(t) => t,
            Err(e) => {
                let mut d =
                    Diagnostic::error(&shown, None, format!("cannot read variable file: {e}"));
                let part = MessagePart::new("diag-tf-read-vars", &[]);
                d.l10n = Some(Box::new(sandbox::with_error(part, &e)));
                diagnostics.push(d);
                continue;
            }
        };
        var_sources.push((shown.clone(), text.clone()));
        let file = SourceFile::new(&shown, text);
        let values = if shown.ends_with(".json") {
            plan::tfvars_json(&file)
        } else {
            module::read_tfvars(&module, loader, file)
        };
        match values {
            Ok(v) => {
                let committed = !opts.var_files.contains(&p);
                given.extend(
                    v.into_iter()
                        .map(|(k, n)| (k, RootValue::Value(n, committed))),
                )
            }
            Err(d) => diagnostics.push(d),
        }
    }
    for (k, v) in &opts.vars {
        if !module.variables.iter().any(|x| x.name == *k) && !module.files.is_empty() {
            diagnostics.push(
                Diagnostic::warning(
                    &dir.to_string_lossy(),
                    None,
                    format!("--var {k}: no variable \"{k}\" is declared in this module"),
                )
                .l10n("diag-tf-var-undeclared", &[("name", k)]),
            );
        }
        given.push((k.clone(), RootValue::Text(v.clone())));
    }
    let ev = module::evaluate(
        &module,
        String::new(),
        Inputs::Root(given),
        loader,
        module::Frame::root(dir),
        None,
    );
    diagnostics.extend(ev.diagnostics);
    let (resources, more) = map::adapt(ev.resources);
    diagnostics.extend(more);
    let mut files: Vec<(String, String)> = Vec::new();
    for f in ev.files {
        if !files.iter().any(|(p, _)| **p == *f.path) {
            files.push((f.path.to_string(), f.original_text().to_string()));
        }
    }
    files.extend(unparsed);
    files.extend(var_sources);
    ModuleRead {
        unit: Unit {
            resources,
            diagnostics,
            gaps: Vec::new(),
        },
        files,
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod hostile_tests;
