//! The SQLite store (the default): one file, write-ahead log, one transaction per scan.

use crate::record::{RuleRow, ScanRecord};
use crate::{Error, Store, migrate};
use phiguard_report::{Counts, TrendScan};
use rusqlite::{Connection, OpenFlags, TransactionBehavior, params};
use std::path::Path;

/// An open SQLite history.
pub struct Sqlite {
    conn: Connection,
    name: String,
}

impl Sqlite {
    /// Opens (or, when `create`, creates) the file and applies pending migrations.
    pub fn open(path: &Path, create: bool) -> Result<Self, Error> {
        let name = path.display().to_string();
        if path.is_dir() {
            return Err(Error::Folder(name));
        }
        if !create && !path.exists() {
            return Err(Error::Missing(name));
        }
        if create && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::Creating(dir.display().to_string(), e))?;
        }
        let flags = if create {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let err = |e| Error::Sqlite(name.clone(), e);
        let conn = Connection::open_with_flags(path, flags).map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(err)?;
        // WAL: a reader never blocks the writer; NORMAL sync keeps every committed scan
        // through a killed process (only a power cut can lose the last commit).
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -65536;",
        )
        .map_err(err)?;
        let mut me = Sqlite { conn, name };
        me.migrate()?;
        Ok(me)
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> Error + '_ {
        |e| Error::Sqlite(self.name.clone(), e)
    }

    fn migrate(&mut self) -> Result<(), Error> {
        let name = self.name.clone();
        let err = |e| Error::Sqlite(name.clone(), e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS phiguard_schema (
                version    INTEGER PRIMARY KEY,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            )",
        )
        .map_err(err)?;
        let current: i64 = tx
            .query_row(
                "SELECT coalesce(max(version), 0) FROM phiguard_schema",
                [],
                |r| r.get(0),
            )
            .map_err(err)?;
        for (version, sql) in migrate::pending(migrate::SQLITE, current, &name)? {
            tx.execute_batch(sql).map_err(err)?;
            tx.execute(
                "INSERT INTO phiguard_schema (version) VALUES (?1)",
                [version],
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)
    }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn unsigned(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

impl Store for Sqlite {
    fn record(&mut self, r: &ScanRecord) -> Result<i64, Error> {
        let name = self.name.clone();
        let err = |e| Error::Sqlite(name.clone(), e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let s = &r.summary;
        tx.execute(
            "INSERT INTO scans (scanned_at, tool_version, ruleset_version, rule_count, inputs,
                 resources, config, skipped_rules, fail, unknown, pass, not_applicable, suppressed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                r.scan.scanned_at,
                r.tool_version,
                r.ruleset_version,
                count(r.scan.rule_count),
                count(r.scan.inputs.len()),
                count(s.resources),
                r.config(),
                r.skipped_rules,
                count(s.fail),
                count(s.unknown),
                count(s.pass),
                count(s.not_applicable),
                count(s.suppressed),
            ],
        )
        .map_err(err)?;
        let id = tx.last_insert_rowid();
        {
            let mut input = tx
                .prepare("INSERT INTO scan_inputs VALUES (?1, ?2, ?3, ?4, ?5)")
                .map_err(err)?;
            for i in &r.scan.inputs {
                input
                    .execute(params![id, i.path, i.kind, i.sha256, count(i.resources)])
                    .map_err(err)?;
            }
            let mut rule = tx
                .prepare(
                    "INSERT INTO rule_results VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                )
                .map_err(err)?;
            for x in &r.rules {
                let c = &x.counts;
                rule.execute(params![
                    id,
                    x.rule_id,
                    x.title,
                    x.severity,
                    x.section,
                    x.cfr,
                    count(c.fail),
                    count(c.unknown),
                    count(c.pass),
                    count(x.not_applicable),
                    count(c.suppressed),
                ])
                .map_err(err)?;
            }
            let mut finding = tx
                .prepare("INSERT INTO findings VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .map_err(err)?;
            for f in &r.findings {
                finding
                    .execute(params![
                        id,
                        f.rule_id,
                        f.verdict,
                        f.resource,
                        f.resource_type,
                        f.location,
                        f.attribute,
                        f.message,
                        f.suppressed,
                        f.fingerprint,
                    ])
                    .map_err(err)?;
            }
        }
        crate::pause_inside_transaction();
        tx.commit().map_err(err)?;
        Ok(id)
    }

    fn count(&mut self) -> Result<usize, Error> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM scans", [], |r| r.get(0))
            .map_err(self.err())?;
        Ok(unsigned(n))
    }

    fn last_scans(&mut self, n: usize) -> Result<Vec<TrendScan>, Error> {
        let mut st = self
            .conn
            .prepare(
                "SELECT id, scanned_at, tool_version, ruleset_version, inputs, resources,
                        fail, unknown, pass, suppressed
                 FROM scans ORDER BY id DESC LIMIT ?1",
            )
            .map_err(self.err())?;
        let rows = st
            .query_map([count(n)], |r| {
                Ok(TrendScan {
                    id: r.get(0)?,
                    scanned_at: r.get(1)?,
                    tool_version: r.get(2)?,
                    ruleset_version: r.get(3)?,
                    inputs: unsigned(r.get(4)?),
                    resources: unsigned(r.get(5)?),
                    totals: Counts {
                        fail: unsigned(r.get(6)?),
                        unknown: unsigned(r.get(7)?),
                        pass: unsigned(r.get(8)?),
                        suppressed: unsigned(r.get(9)?),
                    },
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| Error::Sqlite(self.name.clone(), e))?;
        Ok(rows)
    }

    fn rule_rows(&mut self, first: i64) -> Result<Vec<RuleRow>, Error> {
        let mut st = self
            .conn
            .prepare(
                "SELECT scan_id, rule_id, title, severity, section, cfr,
                        fail, unknown, pass, not_applicable, suppressed
                 FROM rule_results WHERE scan_id >= ?1",
            )
            .map_err(self.err())?;
        let rows = st
            .query_map([first], |r| {
                Ok(RuleRow {
                    scan_id: r.get(0)?,
                    rule_id: r.get(1)?,
                    title: r.get(2)?,
                    severity: r.get(3)?,
                    section: r.get(4)?,
                    cfr: r.get(5)?,
                    counts: Counts {
                        fail: unsigned(r.get(6)?),
                        unknown: unsigned(r.get(7)?),
                        pass: unsigned(r.get(8)?),
                        suppressed: unsigned(r.get(10)?),
                    },
                    not_applicable: unsigned(r.get(9)?),
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| Error::Sqlite(self.name.clone(), e))?;
        Ok(rows)
    }

    fn failing(&mut self, scan: i64) -> Result<Vec<[String; 4]>, Error> {
        let mut st = self
            .conn
            .prepare(
                "SELECT fingerprint, rule_id, resource, location FROM findings
                 WHERE scan_id = ?1 AND verdict = 'fail' AND suppressed IS NULL",
            )
            .map_err(self.err())?;
        let rows = st
            .query_map([scan], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?]))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| Error::Sqlite(self.name.clone(), e))?;
        Ok(rows)
    }
}
