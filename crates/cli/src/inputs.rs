//! Input formats: which files a scan reads and which adapter reads them. A new input
//! format is one more [`InputKind`] and one more arm in [`read_file`].

use phiguard_model::{Diagnostic, Location, Unit};
use std::path::Path;
use std::sync::Arc;

/// An input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum InputKind {
    /// CloudFormation or SAM template (YAML or JSON).
    Cloudformation,
    /// Terraform configuration (`.tf`), read per module directory.
    Terraform,
    /// Terraform plan in JSON (`terraform show -json plan.out`).
    TerraformPlan,
    /// A saved inventory of live accounts (`phiguard scan aws --save-inventory FILE`).
    Inventory,
}

impl InputKind {
    /// Name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Cloudformation => "cloudformation",
            InputKind::Terraform => "terraform",
            InputKind::TerraformPlan => "terraform-plan",
            InputKind::Inventory => "inventory",
        }
    }
}

/// Files larger than this are reported, not read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The input kind a file may be, from its name (content is checked when read: a
/// `.json` file may turn out to be a Terraform plan).
pub fn candidate(path: &Path) -> Option<InputKind> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    if phiguard_terraform::is_config_file(path) {
        return Some(InputKind::Terraform);
    }
    [".yaml", ".yml", ".json", ".template"]
        .iter()
        .any(|e| name.ends_with(e))
        .then_some(InputKind::Cloudformation)
}

/// Whether a file name ends in `.json`.
pub fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Whether a JSON file found in a Terraform folder is an input (a CloudFormation template
/// or a plan) rather than data the configuration reads (`file("sample.json")`).
pub fn json_is_input(path: &Path) -> bool {
    if std::fs::metadata(path).map_or(true, |m| m.len() > MAX_FILE_BYTES) {
        return true; // read, and reported as it is
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        return true;
    };
    text.contains("AWSTemplateFormatVersion")
        || text.contains("\"Resources\"")
        || phiguard_terraform::is_plan(&text)
        || phiguard_inventory::is_inventory(&text)
}

/// Whether a folder walk forced to `forced` takes a file whose name suggests `natural`.
pub fn walk_accepts(forced: InputKind, natural: InputKind, path: &Path) -> bool {
    match forced {
        InputKind::Terraform => natural == InputKind::Terraform,
        InputKind::TerraformPlan | InputKind::Inventory => path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json")),
        InputKind::Cloudformation => natural == InputKind::Cloudformation,
    }
}

/// Reads one file of a known kind (Terraform configurations are read per directory,
/// see `scan`). `Ok(None)`: not an input of that kind (skipped quietly). Returns the
/// kind the file turned out to be.
pub fn read_file(
    kind: InputKind,
    forced: bool,
    path: &str,
    text: &str,
    opts: &crate::ScanOptions,
) -> (InputKind, Result<Option<Unit>, Diagnostic>) {
    let json_guess = kind == InputKind::Cloudformation
        && !forced
        && path.to_ascii_lowercase().ends_with(".json");
    if kind == InputKind::Inventory || (json_guess && phiguard_inventory::is_inventory(text)) {
        let read = phiguard_inventory::read(path, text);
        return match read {
            Ok(None) => (
                InputKind::Inventory,
                Err(unreadable_said(
                    path,
                    "not a phiguard inventory (no \"format\": \"phiguard-inventory/1\")",
                    "diag-read-not-inventory",
                    &[],
                )),
            ),
            other => (InputKind::Inventory, other),
        };
    }
    let plan = kind == InputKind::TerraformPlan
        || (kind == InputKind::Cloudformation
            && !forced
            && path.to_ascii_lowercase().ends_with(".json")
            && phiguard_terraform::is_plan(text));
    if plan {
        return (
            InputKind::TerraformPlan,
            phiguard_terraform::read_plan(path, text),
        );
    }
    (
        kind,
        phiguard_cloudformation::read(path, text, &opts.cloudformation),
    )
}

/// A located error for a file that cannot be read at all.
/// `why` is the system's error text; see [`unreadable_said`] for phiguard's own reasons.
pub fn unreadable(path: &str, why: impl std::fmt::Display) -> Diagnostic {
    let why = why.to_string();
    Diagnostic::error(
        path,
        Some(Location::new(Arc::from(path), 1, 1)),
        format!("cannot read file: {why}"),
    )
    .l10n("diag-read-file", &[("error", &why)])
}

/// [`unreadable`] for a reason phiguard states, said in Fluent as `id` with `args` (the
/// whole sentence).
pub fn unreadable_said(
    path: &str,
    why: impl std::fmt::Display,
    id: &'static str,
    args: &[(&'static str, &str)],
) -> Diagnostic {
    unreadable(path, why).l10n(id, args)
}
