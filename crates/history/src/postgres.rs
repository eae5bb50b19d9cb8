//! The PostgreSQL store (for a team): findings are written with `COPY ... BINARY`, the
//! whole scan in one transaction; migrations run under an advisory lock so concurrent
//! first scans do not race.

use crate::record::{RuleRow, ScanRecord};
use crate::{Error, Location, Store, migrate};
use ::postgres::binary_copy::BinaryCopyInWriter;
use ::postgres::types::Type;
use ::postgres::{Client, NoTls};
use phiguard_report::{Counts, TrendScan};

/// The advisory lock key migrations hold (any constant unique to phiguard).
const MIGRATION_LOCK: i64 = 0x7068_6967_7561_7264; // "phiguard"

/// An open PostgreSQL history.
pub struct Postgres {
    client: Client,
    name: String,
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn unsigned(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

impl Postgres {
    /// Connects and applies pending migrations.
    pub fn open(url: &str, location: &Location) -> Result<Self, Error> {
        let name = location.to_string();
        let client = Client::connect(url, NoTls).map_err(|e| Error::Postgres(name.clone(), e))?;
        let mut me = Postgres { client, name };
        me.migrate()?;
        Ok(me)
    }

    fn migrate(&mut self) -> Result<(), Error> {
        let name = self.name.clone();
        let err = |e| Error::Postgres(name.clone(), e);
        let mut tx = self.client.transaction().map_err(err)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .map_err(err)?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS phiguard_schema (
                version    BIGINT PRIMARY KEY,
                applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )",
        )
        .map_err(err)?;
        let current: i64 = tx
            .query_one("SELECT coalesce(max(version), 0) FROM phiguard_schema", &[])
            .map_err(err)?
            .get(0);
        for (version, sql) in migrate::pending(migrate::POSTGRES, current, &name)? {
            tx.batch_execute(sql).map_err(err)?;
            tx.execute(
                "INSERT INTO phiguard_schema (version) VALUES ($1)",
                &[version],
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)
    }
}

impl Store for Postgres {
    fn record(&mut self, r: &ScanRecord) -> Result<i64, Error> {
        let name = self.name.clone();
        let err = |e| Error::Postgres(name.clone(), e);
        let mut tx = self.client.transaction().map_err(err)?;
        let s = &r.summary;
        let id: i64 = tx
            .query_one(
                "INSERT INTO scans (scanned_at, tool_version, ruleset_version, rule_count, inputs,
                     resources, config, skipped_rules, fail, unknown, pass, not_applicable, suppressed)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                &[
                    &r.scan.scanned_at,
                    &r.tool_version,
                    &r.ruleset_version,
                    &count(r.scan.rule_count),
                    &count(r.scan.inputs.len()),
                    &count(s.resources),
                    &r.config(),
                    &r.skipped_rules,
                    &count(s.fail),
                    &count(s.unknown),
                    &count(s.pass),
                    &count(s.not_applicable),
                    &count(s.suppressed),
                ],
            )
            .map_err(err)?
            .get(0);
        let input = tx
            .prepare("INSERT INTO scan_inputs VALUES ($1, $2, $3, $4, $5)")
            .map_err(err)?;
        for i in &r.scan.inputs {
            tx.execute(
                &input,
                &[&id, &i.path, &i.kind, &i.sha256, &count(i.resources)],
            )
            .map_err(err)?;
        }
        let rule = tx
            .prepare(
                "INSERT INTO rule_results VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            )
            .map_err(err)?;
        for x in &r.rules {
            let c = &x.counts;
            tx.execute(
                &rule,
                &[
                    &id,
                    &x.rule_id,
                    &x.title,
                    &x.severity,
                    &x.section,
                    &x.cfr,
                    &count(c.fail),
                    &count(c.unknown),
                    &count(c.pass),
                    &count(x.not_applicable),
                    &count(c.suppressed),
                ],
            )
            .map_err(err)?;
        }
        let sink = tx
            .copy_in(
                "COPY findings (scan_id, rule_id, verdict, resource, resource_type, location,
                     attribute, message, suppressed, fingerprint) FROM STDIN BINARY",
            )
            .map_err(err)?;
        let mut w = BinaryCopyInWriter::new(
            sink,
            &[
                Type::INT8,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
            ],
        );
        for f in &r.findings {
            w.write(&[
                &id,
                &f.rule_id,
                &f.verdict,
                &f.resource,
                &f.resource_type,
                &f.location,
                &f.attribute,
                &f.message,
                &f.suppressed,
                &f.fingerprint,
            ])
            .map_err(err)?;
        }
        w.finish().map_err(err)?;
        crate::pause_inside_transaction();
        tx.commit().map_err(err)?;
        Ok(id)
    }

    fn count(&mut self) -> Result<usize, Error> {
        let n: i64 = self
            .client
            .query_one("SELECT count(*) FROM scans", &[])
            .map_err(|e| Error::Postgres(self.name.clone(), e))?
            .get(0);
        Ok(unsigned(n))
    }

    fn last_scans(&mut self, n: usize) -> Result<Vec<TrendScan>, Error> {
        let rows = self
            .client
            .query(
                "SELECT id, scanned_at, tool_version, ruleset_version, inputs, resources,
                        fail, unknown, pass, suppressed
                 FROM scans ORDER BY id DESC LIMIT $1",
                &[&count(n)],
            )
            .map_err(|e| Error::Postgres(self.name.clone(), e))?;
        Ok(rows
            .iter()
            .map(|r| TrendScan {
                id: r.get(0),
                scanned_at: r.get(1),
                tool_version: r.get(2),
                ruleset_version: r.get(3),
                inputs: unsigned(r.get(4)),
                resources: unsigned(r.get(5)),
                totals: Counts {
                    fail: unsigned(r.get(6)),
                    unknown: unsigned(r.get(7)),
                    pass: unsigned(r.get(8)),
                    suppressed: unsigned(r.get(9)),
                },
            })
            .collect())
    }

    fn rule_rows(&mut self, first: i64) -> Result<Vec<RuleRow>, Error> {
        let rows = self
            .client
            .query(
                "SELECT scan_id, rule_id, title, severity, section, cfr,
                        fail, unknown, pass, not_applicable, suppressed
                 FROM rule_results WHERE scan_id >= $1",
                &[&first],
            )
            .map_err(|e| Error::Postgres(self.name.clone(), e))?;
        Ok(rows
            .iter()
            .map(|r| RuleRow {
                scan_id: r.get(0),
                rule_id: r.get(1),
                title: r.get(2),
                severity: r.get(3),
                section: r.get(4),
                cfr: r.get(5),
                counts: Counts {
                    fail: unsigned(r.get(6)),
                    unknown: unsigned(r.get(7)),
                    pass: unsigned(r.get(8)),
                    suppressed: unsigned(r.get(10)),
                },
                not_applicable: unsigned(r.get(9)),
            })
            .collect())
    }

    fn failing(&mut self, scan: i64) -> Result<Vec<[String; 4]>, Error> {
        let rows = self
            .client
            .query(
                "SELECT fingerprint, rule_id, resource, location FROM findings
                 WHERE scan_id = $1 AND verdict = 'fail' AND suppressed IS NULL",
                &[&scan],
            )
            .map_err(|e| Error::Postgres(self.name.clone(), e))?;
        Ok(rows
            .iter()
            .map(|r| [r.get(0), r.get(1), r.get(2), r.get(3)])
            .collect())
    }
}
