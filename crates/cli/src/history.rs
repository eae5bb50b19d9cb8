//! `scan --history` and `phiguard history`: which store, recording a scan, reading the trend.
//!
//! The store is, in order: the `--history` value; the config's `history` key (a relative
//! SQLite path is relative to the config file); [`phiguard_history::DEFAULT_PATH`] under the
//! working directory. A scan is recorded when `--history` is given or the config names a
//! store.

use crate::Said;
use anyhow::{Result, bail};
use phiguard_history::{DEFAULT_PATH, History, Location};
use phiguard_i18n::Tr;
use phiguard_report::{ScanResult, Trend};
use phiguard_rules::Config;
use std::path::Path;

/// Where the history is. `flag`: `--history` (`Some("")` when given without a value);
/// `config_file`: the configuration file's path.
pub fn location(flag: Option<&str>, config: &Config, config_file: Option<&str>) -> Location {
    if let Some(v) = flag.filter(|v| !v.is_empty()) {
        return Location::parse(v);
    }
    match config.history.as_deref() {
        Some(v) => match Location::parse(v) {
            Location::Sqlite(p) if p.is_relative() => {
                let dir = config_file
                    .and_then(|f| Path::new(f).parent())
                    .unwrap_or(Path::new(""));
                Location::Sqlite(dir.join(p))
            }
            other => other,
        },
        None => Location::parse(DEFAULT_PATH),
    }
}

/// Whether a scan is recorded: `--history` given, or a store named in the config.
pub fn wanted(flag: Option<&str>, config: &Config) -> bool {
    flag.is_some() || config.history.is_some()
}

/// Records the scan; returns its id and, when `trend` is asked for (the HTML chart), the
/// trend of the last `last` scans including this one.
pub fn record(
    location: &Location,
    scan: &ScanResult,
    trend: Option<usize>,
) -> Result<(i64, Option<Trend>)> {
    let mut history = History::open(location).map_err(said)?;
    let id = history.record(scan)?;
    let trend = match trend {
        Some(last) => Some(history.trend(last)?),
        None => None,
    };
    Ok((id, trend))
}

/// `phiguard history`: the trend of the last `last` scans in `format` (text or json).
/// Text in `tr`'s language.
pub fn report(tr: Tr, location: &Location, last: usize, format: &str) -> Result<String> {
    if !matches!(format, "text" | "json") {
        let formats = "text, json";
        let args: [(_, &dyn std::fmt::Display); 2] = [("format", &format), ("formats", &formats)];
        bail!(Said::new("cli-unknown-format", &args));
    }
    if last == 0 {
        bail!(Said::new("cli-history-last", &[]));
    }
    let mut history = History::open_existing(location).map_err(said)?;
    let trend = history.trend(last)?;
    Ok(match format {
        "json" => {
            let mut v = serde_json::to_value(&trend)?;
            v["history"] = location.to_string().into();
            serde_json::to_string_pretty(&v)? + "\n"
        }
        _ => phiguard_history::render_text(tr, &trend, &location.to_string()),
    })
}

/// A store that cannot be used, said in phiguard's words ([`Said`]); a database's own
/// error as it is.
fn said(e: phiguard_history::Error) -> anyhow::Error {
    use phiguard_history::Error;
    let said = match &e {
        Error::Folder(name) => Said::new("history-folder", &[("history", name)]),
        Error::Missing(name) => Said::new("history-missing", &[("history", name)]),
        Error::Creating(dir, error) => {
            Said::new("cli-creating", &[("path", dir), ("error", error)])
        }
        Error::Newer {
            store,
            current,
            latest,
        } => Said::new(
            "history-newer",
            &[("history", store), ("version", current), ("latest", latest)],
        ),
        _ => return e.into(),
    };
    said.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn flag_then_config_then_default() {
        let mut config = Config::default();
        assert_eq!(
            location(None, &config, None),
            Location::Sqlite(PathBuf::from(DEFAULT_PATH))
        );
        assert!(!wanted(None, &config));
        assert!(wanted(Some(""), &config));
        config.history = Some("db/h.db".into());
        assert!(wanted(None, &config));
        assert_eq!(
            location(Some(""), &config, Some("team/phiguard.toml")),
            Location::Sqlite(PathBuf::from("team/db/h.db")),
            "relative to the config file"
        );
        assert_eq!(
            location(Some("x.db"), &config, Some("team/phiguard.toml")),
            Location::Sqlite(PathBuf::from("x.db"))
        );
        config.history = Some("postgres://u@h/d".into());
        assert_eq!(
            location(None, &config, Some("team/phiguard.toml")),
            Location::Postgres("postgres://u@h/d".into())
        );
    }
}
