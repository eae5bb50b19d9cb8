//! Scan history: every scan recorded (inputs and their SHA-256, tool and rule-set version,
//! every finding with its verdict, citations and suppression) in SQLite by default, or in
//! PostgreSQL for a team, and the compliance trend read back per HIPAA safeguard and rule.
//!
//! A scan is written in one transaction: a process killed midway leaves no partial scan
//! and loses no earlier one. Each backend's schema is versioned by the numbered SQL files in
//! `migrations/<backend>/`, applied in order and recorded in the `phiguard_schema` table.

mod migrate;
#[cfg(feature = "postgres")]
mod postgres;
mod record;
mod sqlite;
mod text;
mod trend;

pub use record::{ScanRecord, ruleset_version};
pub use text::render_text;

use phiguard_report::{Change, ScanResult, Trend, TrendScan};
use std::fmt;
use std::path::{Path, PathBuf};

/// Where the history is kept when nothing else says: under the working directory.
pub const DEFAULT_PATH: &str = ".phiguard/history.db";

/// A history store's failure. Messages name the store with any password hidden.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite failed.
    #[error("{0}: {1}")]
    Sqlite(String, rusqlite::Error),
    /// PostgreSQL failed.
    #[cfg(feature = "postgres")]
    #[error("{0}: {1}")]
    Postgres(String, ::postgres::Error),
    /// The store cannot be used as it is (unsupported backend).
    #[error("{0}")]
    Store(String),
    /// A SQLite path that is a folder.
    #[error(
        "{0} is a folder; --history takes a database file (or put --history last, or write --history=FILE)"
    )]
    Folder(String),
    /// No SQLite history to read at this path.
    #[error("no scan history at {0}; `phiguard scan --history` records one")]
    Missing(String),
    /// The folder of a new SQLite file could not be created.
    #[error("creating {0}: {1}")]
    Creating(String, std::io::Error),
    /// The store's schema is newer than this phiguard knows.
    #[error(
        "{store}: the history's schema is version {current}, newer than this phiguard knows ({latest}); upgrade phiguard"
    )]
    Newer {
        /// The store, as shown.
        store: String,
        /// Its schema version.
        current: i64,
        /// The newest version this phiguard knows.
        latest: i64,
    },
}

/// Which store: a SQLite file or a PostgreSQL connection string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A SQLite database file.
    Sqlite(PathBuf),
    /// A `postgres://` or `postgresql://` connection string.
    Postgres(String),
}

impl Location {
    /// A `postgres://`/`postgresql://` URL is PostgreSQL; anything else is a SQLite path.
    pub fn parse(s: &str) -> Location {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Location::Postgres(s.to_string())
        } else {
            Location::Sqlite(PathBuf::from(s))
        }
    }
}

/// Shows the location with a connection string's password replaced by `***`.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Sqlite(p) => write!(f, "{}", p.display()),
            Location::Postgres(url) => f.write_str(&redact(url)),
        }
    }
}

/// `postgres://user:secret@host/db?password=x` → `postgres://user:***@host/db?password=***`.
fn redact(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{name}:***@{host}"),
            None => authority.to_string(),
        },
        None => authority.to_string(),
    };
    let tail: Vec<String> = tail
        .split('&')
        .map(|part| {
            let key_at = part.rfind(['?', '&']).map_or(0, |i| i + 1);
            match part[key_at..].split_once('=') {
                Some((k, _)) if k.eq_ignore_ascii_case("password") => {
                    format!("{}{k}=***", &part[..key_at])
                }
                _ => part.to_string(),
            }
        })
        .collect();
    format!("{scheme}://{authority}{}", tail.join("&"))
}

/// What a backend does; one implementation per database.
trait Store {
    /// Writes one scan in one transaction; returns its id.
    fn record(&mut self, scan: &ScanRecord) -> Result<i64, Error>;
    /// How many scans are recorded.
    fn count(&mut self) -> Result<usize, Error>;
    /// The last `n` scans, newest first.
    fn last_scans(&mut self, n: usize) -> Result<Vec<TrendScan>, Error>;
    /// Per-rule rows of every scan with an id at or above `first`.
    fn rule_rows(&mut self, first: i64) -> Result<Vec<record::RuleRow>, Error>;
    /// The unsuppressed failures of one scan: (fingerprint, rule id, resource, location).
    fn failing(&mut self, scan: i64) -> Result<Vec<[String; 4]>, Error>;
}

/// An open history store.
pub struct History {
    location: Location,
    store: Box<dyn Store>,
}

impl History {
    /// Opens the store for writing, creating it (and a SQLite file's folder) and applying
    /// pending migrations.
    pub fn open(location: &Location) -> Result<History, Error> {
        Self::connect(location, true)
    }

    /// Opens an existing store for reading; a missing SQLite file is an error, not a new
    /// empty history.
    pub fn open_existing(location: &Location) -> Result<History, Error> {
        Self::connect(location, false)
    }

    fn connect(location: &Location, create: bool) -> Result<History, Error> {
        let store: Box<dyn Store> = match location {
            Location::Sqlite(path) => Box::new(sqlite::Sqlite::open(path, create)?),
            #[cfg(feature = "postgres")]
            Location::Postgres(url) => Box::new(postgres::Postgres::open(url, location)?),
            #[cfg(not(feature = "postgres"))]
            Location::Postgres(_) => {
                return Err(Error::Store(format!(
                    "{location}: this phiguard was built without PostgreSQL support (cargo feature `postgres`)"
                )));
            }
        };
        Ok(History {
            location: location.clone(),
            store,
        })
    }

    /// Where the store is (password hidden when shown).
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// Records a finished scan in one transaction; returns its id.
    pub fn record(&mut self, scan: &ScanResult) -> Result<i64, Error> {
        self.store.record(&ScanRecord::new(scan))
    }

    /// The trend over the last `last` scans (at least one).
    pub fn trend(&mut self, last: usize) -> Result<Trend, Error> {
        let total = self.store.count()?;
        let mut scans = self.store.last_scans(last.max(1))?;
        scans.reverse();
        let rows = match scans.first() {
            Some(first) => self.store.rule_rows(first.id)?,
            None => Vec::new(),
        };
        let changes = match scans.as_slice() {
            [.., before, now] => {
                let before = self.store.failing(before.id)?;
                let now = self.store.failing(now.id)?;
                changes(before, now)
            }
            _ => Vec::new(),
        };
        Ok(trend::build(total, scans, rows, changes))
    }
}

/// Failures new in `now` and failures of `before` gone from `now`, matched by fingerprint.
fn changes(before: Vec<[String; 4]>, now: Vec<[String; 4]>) -> Vec<Change> {
    use std::collections::HashSet;
    let was: HashSet<&str> = before.iter().map(|r| r[0].as_str()).collect();
    let is: HashSet<&str> = now.iter().map(|r| r[0].as_str()).collect();
    let change = |what: &'static str, [_, rule_id, resource, location]: [String; 4]| Change {
        change: what,
        rule_id,
        resource,
        location,
    };
    let mut out: Vec<Change> = now
        .iter()
        .filter(|r| !was.contains(r[0].as_str()))
        .cloned()
        .map(|r| change("new", r))
        .collect();
    out.extend(
        before
            .iter()
            .filter(|r| !is.contains(r[0].as_str()))
            .cloned()
            .map(|r| change("fixed", r)),
    );
    out.sort_by(|a, b| {
        (a.change, &a.rule_id, &a.resource).cmp(&(b.change, &b.rule_id, &b.resource))
    });
    out.dedup();
    out
}

/// A test hook: when `PHIGUARD_HISTORY_TEST_PAUSE` names a file, a write creates that file
/// inside its open transaction and waits there, so a test can kill the process mid-write.
fn pause_inside_transaction() {
    if let Some(signal) = std::env::var_os("PHIGUARD_HISTORY_TEST_PAUSE") {
        let _ = std::fs::write(Path::new(&signal), b"inside the transaction\n");
        std::thread::sleep(std::time::Duration::from_secs(120));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_and_redaction() {
        assert_eq!(
            Location::parse("h.db"),
            Location::Sqlite(PathBuf::from("h.db"))
        );
        let pg =
            Location::parse("postgres://ci:s3cret@db.example:5432/phi?sslmode=require&password=x2");
        assert!(matches!(pg, Location::Postgres(_)));
        let shown = pg.to_string();
        assert_eq!(
            shown,
            "postgres://ci:***@db.example:5432/phi?sslmode=require&password=***"
        );
        assert_eq!(
            Location::parse("postgresql://u@h/d?password=p").to_string(),
            "postgresql://u@h/d?password=***"
        );
        assert_eq!(
            Location::parse("postgres://h/d").to_string(),
            "postgres://h/d"
        );
    }
}
