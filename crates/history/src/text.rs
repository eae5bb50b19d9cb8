//! `phiguard history` as text: the scans, then failing/unknown/passing counts per HIPAA
//! safeguard paragraph and per rule for each scan, then what changed in the last scan.
//! Everything read from the store passes through [`neutralise`]: it came from scanned files.

use phiguard_report::{Series, Trend, neutralise};
use std::fmt::Write;

/// The most new/fixed findings listed before "... and N more".
const MAX_CHANGES: usize = 50;

fn cells(s: &Series) -> String {
    s.counts
        .iter()
        .map(|c| match c {
            Some(c) => format!("{:>11}", format!("{}/{}/{}", c.fail, c.unknown, c.pass)),
            None => format!("{:>11}", "-"),
        })
        .collect::<Vec<_>>()
        .join("")
}

fn change(s: &Series) -> String {
    match s.fail_change() {
        Some(0) => "=".into(),
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) => d.to_string(),
        None => String::new(),
    }
}

/// Clips `s` to `n` characters (with `…`) and pads it to `n`.
fn fit(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count > n {
        let mut out: String = s.chars().take(n - 1).collect();
        out.push('…');
        out
    } else {
        format!("{s}{}", " ".repeat(n - count))
    }
}

/// An RFC 3339 time without its fraction of a second (`...:48.925Z` → `...:48Z`).
fn to_second(t: &str) -> String {
    match (t.find('.'), t.find(['Z', '+'])) {
        (Some(dot), Some(end)) if dot < end => format!("{}{}", &t[..dot], &t[end..]),
        (Some(dot), None) => t[..dot].to_string(),
        _ => t.to_string(),
    }
}

/// The text report of a trend read from `location`.
pub fn render_text(trend: &Trend, location: &str) -> String {
    let mut o = String::new();
    let n = trend.scans.len();
    let _ = writeln!(
        o,
        "Scan history in {location}: {} scan{} recorded, the last {n} shown (oldest first).",
        trend.total_scans,
        if trend.total_scans == 1 { "" } else { "s" }
    );
    if n == 0 {
        o.push_str("No scan recorded yet; `phiguard scan --history` records one.\n");
        return neutralise(&o).into_owned();
    }
    let _ = writeln!(
        o,
        "\n{:>6}  {:<24}  {:<9}  {:<12}  {:>5}  {:>9}  {:>5}  {:>7}  {:>5}  {:>8}",
        "scan",
        "scanned at",
        "phiguard",
        "rule set",
        "files",
        "resources",
        "fail",
        "unknown",
        "pass",
        "accepted"
    );
    for s in &trend.scans {
        let t = &s.totals;
        let _ = writeln!(
            o,
            "{:>6}  {}  {}  {}  {:>5}  {:>9}  {:>5}  {:>7}  {:>5}  {:>8}",
            s.id,
            fit(&to_second(&s.scanned_at), 24),
            fit(&s.tool_version, 9),
            fit(&s.ruleset_version, 12),
            s.inputs,
            s.resources,
            t.fail,
            t.unknown,
            t.pass,
            t.suppressed
        );
    }
    let header: String = trend
        .scans
        .iter()
        .map(|s| format!("{:>11}", format!("#{}", s.id)))
        .collect();
    // Rules that only passed (or did not apply) in every shown scan are left out here.
    let attention = |s: &&Series| {
        s.counts
            .iter()
            .flatten()
            .any(|c| c.fail + c.unknown + c.suppressed > 0)
    };
    let rules: Vec<Series> = trend.rules.iter().filter(attention).cloned().collect();
    let quiet = trend.rules.len() - rules.len();
    for (what, width, list) in [
        ("HIPAA safeguard", 62, &trend.safeguards),
        ("rule", 40, &rules),
    ] {
        let _ = writeln!(
            o,
            "\nFailing/unknown/passing per {what} (\"-\": no rule for it ran):\n{}{header}  change",
            " ".repeat(width)
        );
        if list.is_empty() {
            o.push_str("  (no finding in these scans)\n");
        }
        for s in list.iter() {
            let label = if what == "rule" {
                fit(&s.key, width - 2)
            } else {
                format!("{}  {}", fit(&s.key, 20), fit(&s.title, width - 24))
            };
            let _ = writeln!(o, "  {label}{}  {}", cells(s), change(s));
        }
    }
    if quiet > 0 {
        let _ = writeln!(
            o,
            "  ({quiet} rule{} that only passed are left out; --format json lists every rule)",
            if quiet == 1 { "" } else { "s" }
        );
    }
    if let [.., before, now] = trend.scans.as_slice() {
        let _ = writeln!(
            o,
            "\nChanged in scan #{} since scan #{} ({} new, {} fixed failing findings):",
            now.id,
            before.id,
            trend.changes.iter().filter(|c| c.change == "new").count(),
            trend.changes.iter().filter(|c| c.change == "fixed").count(),
        );
        if trend.changes.is_empty() {
            o.push_str("  nothing: the same findings fail\n");
        }
        for c in trend.changes.iter().take(MAX_CHANGES) {
            let _ = writeln!(
                o,
                "  {:<5}  {}  on {}  ({})",
                c.change, c.rule_id, c.resource, c.location
            );
        }
        if trend.changes.len() > MAX_CHANGES {
            let _ = writeln!(
                o,
                "  ... and {} more (--format json lists all)",
                trend.changes.len() - MAX_CHANGES
            );
        }
    }
    neutralise(&o).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use phiguard_report::{Change, Counts, TrendScan};

    fn scan(id: i64) -> TrendScan {
        TrendScan {
            id,
            scanned_at: format!("2026-12-0{id}T10:00:00.123456Z"),
            tool_version: "0.1.0".into(),
            ruleset_version: "abc".into(),
            inputs: 1,
            resources: 2,
            totals: Counts::default(),
        }
    }

    #[test]
    fn names_from_scanned_files_cannot_drive_the_terminal() {
        let trend = Trend {
            total_scans: 2,
            scans: vec![scan(1), scan(2)],
            changes: vec![Change {
                change: "new",
                rule_id: "s3-bucket-encryption".into(),
                resource: "Bucket\x1b[2J\x1b]8;;http://x\x07".into(),
                location: "t.yaml:3:3\r".into(),
            }],
            ..Trend::default()
        };
        let text = render_text(&trend, "h.db");
        assert!(!text.contains('\x1b') && !text.contains('\x07') && !text.contains('\r'));
        assert!(text.contains("Bucket␛[2J␛]8;;http://x␇"), "{text}");
        assert!(
            text.contains("2026-12-01T10:00:00Z"),
            "fraction of a second cut: {text}"
        );
        assert!(text.contains("(1 new, 0 fixed failing findings)"), "{text}");
    }

    #[test]
    fn an_empty_history_says_how_to_start_one() {
        let text = render_text(&Trend::default(), "h.db");
        assert!(text.contains("No scan recorded yet"), "{text}");
    }
}
