//! Custom rules for a command: the policy folders given with `--policy-dir` and in the
//! configuration's `policy_dirs`, loaded before the configuration is checked (so that
//! `skip_rules` and `[[suppress]]` may name custom rules). Built without the `rego`
//! feature, any policy folder is an error.

use anyhow::{Context, Result};
use phiguard_model::Diagnostic;
use phiguard_rules::Rule;
use serde::Deserialize;
use std::path::{Path, PathBuf};
#[cfg(feature = "rego")]
use std::sync::Arc;

/// The loaded custom rules of one command.
#[derive(Clone, Debug, Default)]
pub struct Policies {
    #[cfg(feature = "rego")]
    set: Option<Arc<phiguard_policy::PolicySet>>,
}

impl Policies {
    /// Loads the folders (the command line's first, then the configuration's).
    #[cfg(feature = "rego")]
    pub fn load(dirs: &[PathBuf]) -> Result<Self> {
        if dirs.is_empty() {
            return Ok(Self::default());
        }
        Ok(Self {
            set: Some(Arc::new(phiguard_policy::load_dirs(dirs))),
        })
    }

    /// Loads the folders: without the `rego` feature, only none.
    #[cfg(not(feature = "rego"))]
    pub fn load(dirs: &[PathBuf]) -> Result<Self> {
        if dirs.is_empty() {
            return Ok(Self::default());
        }
        let dir = dirs[0].display();
        anyhow::bail!(crate::Said::new("policy-no-rego", &[("path", &dir)]))
    }

    /// The custom rules.
    pub fn rules(&self) -> Vec<&'static Rule> {
        #[cfg(feature = "rego")]
        if let Some(s) = &self.set {
            return s.rules.clone();
        }
        Vec::new()
    }

    /// Load errors (every time) and the errors met while judging since the last call,
    /// located in their policy files.
    pub fn errors(&self) -> Vec<Diagnostic> {
        #[cfg(feature = "rego")]
        if let Some(s) = &self.set {
            let mut out = s.errors.clone();
            out.extend(s.take_runtime_errors());
            return out;
        }
        Vec::new()
    }

    /// The policy file a custom rule came from.
    pub fn file_of(&self, id: &str) -> Option<String> {
        #[cfg(feature = "rego")]
        if let Some(s) = &self.set {
            return s.file_of(id).map(str::to_string);
        }
        let _ = id;
        None
    }
}

/// The input document custom rules read for this scan (`--policy-input FILE`), to write
/// and debug a policy against.
pub fn input_document(result: &phiguard_report::ScanResult) -> Result<serde_json::Value> {
    #[cfg(feature = "rego")]
    return Ok(phiguard_policy::input::document(&result.graph, &result.phi));
    #[cfg(not(feature = "rego"))]
    {
        let _ = result;
        anyhow::bail!(crate::Said::new("policy-input-no-rego", &[]))
    }
}

/// The `policy_dirs` of the configuration file a command would load (the same choice as
/// [`crate::config::load`]), relative to that file's folder. Only this key is read here;
/// the whole file is checked when it is loaded.
pub fn config_dirs(explicit: Option<&Path>, no_config: bool) -> Result<Vec<PathBuf>> {
    #[derive(Deserialize)]
    struct OnlyDirs {
        #[serde(default)]
        policy_dirs: Vec<PathBuf>,
    }
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None if no_config => return Ok(Vec::new()),
        None if Path::new(crate::config::DEFAULT_FILE).is_file() => {
            PathBuf::from(crate::config::DEFAULT_FILE)
        }
        None => return Ok(Vec::new()),
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        // Reported by the configuration loader.
        return Ok(Vec::new());
    };
    let Ok(only) = toml::from_str::<OnlyDirs>(&text) else {
        return Ok(Vec::new());
    };
    let base = path.parent().unwrap_or(Path::new(""));
    Ok(only
        .policy_dirs
        .into_iter()
        .map(|d| if d.is_absolute() { d } else { base.join(d) })
        .collect())
}

/// The custom rules for a command: `--policy-dir` folders, then the configuration's.
pub fn load(cli: &[PathBuf], config: Option<&Path>, no_config: bool) -> Result<Policies> {
    let mut dirs = cli.to_vec();
    for d in config_dirs(config, no_config).context("reading policy_dirs")? {
        if !dirs.contains(&d) {
            dirs.push(d);
        }
    }
    Policies::load(&dirs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_policy_dirs_are_relative_to_the_config_file() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("phiguard.toml");
        std::fs::write(&cfg, "policy_dirs = [\"policies\", \"/abs/rules\"]\n").unwrap();
        let dirs = config_dirs(Some(&cfg), false).unwrap();
        assert_eq!(
            dirs,
            [dir.path().join("policies"), PathBuf::from("/abs/rules")]
        );
        assert!(config_dirs(None, true).unwrap().is_empty());
    }
}
