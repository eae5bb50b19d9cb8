//! CloudFormation and SAM templates into the phiguard resource graph.
//!
//! [`read`] parses a file's text (YAML or JSON), resolves what can be resolved
//! statically and returns the template's resources; a file that cannot be parsed
//! gives one located [`Diagnostic`].

mod intrinsics;
mod json;
mod template;
pub mod yaml;

use phiguard_model::{Diagnostic, Location, Unit};
use std::sync::Arc;
pub use template::{Options, TEMPLATE_KIND, is_template};

/// Reads one template. `Ok(None)` means the document is valid YAML/JSON but not a
/// CloudFormation template (so a folder scan can skip it quietly).
pub fn read(file: &str, text: &str, opts: &Options) -> Result<Option<Unit>, Diagnostic> {
    let root = yaml::parse(text).map_err(|e| {
        Diagnostic::error(
            file,
            Some(Location::new(Arc::from(file), e.line, e.col)),
            format!("cannot parse template: {}", e.message),
        )
        .l10n("diag-cfn-parse", &[("error", &e.message)])
    })?;
    if !is_template(&root) {
        return Ok(None);
    }
    Ok(Some(template::adapt(file, &root, opts)))
}
