//! `phiguard history` as text: the scans, then failing/unknown/passing counts per HIPAA
//! safeguard paragraph and per rule for each scan, then what changed in the last scan.
//! Everything read from the store passes through [`neutralise`]: it came from scanned files.

use phiguard_i18n::Tr;
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

/// Columns a character takes in a terminal: 2 for East Asian wide characters, else 1.
fn columns(c: char) -> usize {
    let wide = matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
    if wide { 2 } else { 1 }
}

/// Columns `s` takes in a terminal.
fn width(s: &str) -> usize {
    s.chars().map(columns).sum()
}

/// Clips `s` to `n` columns (with `…`) and pads it to `n`.
fn fit(s: &str, n: usize) -> String {
    if width(s) <= n {
        return format!("{s}{}", " ".repeat(n - width(s)));
    }
    let mut out = String::new();
    for c in s.chars() {
        if width(&out) + columns(c) > n - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    let pad = n.saturating_sub(width(&out));
    out + &" ".repeat(pad)
}

/// `s` left-aligned in `n` columns (never clipped).
fn left(s: &str, n: usize) -> String {
    format!("{s}{}", " ".repeat(n.saturating_sub(width(s))))
}

/// `s` right-aligned in `n` columns.
fn right(s: &str, n: usize) -> String {
    format!("{}{s}", " ".repeat(n.saturating_sub(width(s))))
}

/// An RFC 3339 time without its fraction of a second (`...:48.925Z` → `...:48Z`).
fn to_second(t: &str) -> String {
    match (t.find('.'), t.find(['Z', '+'])) {
        (Some(dot), Some(end)) if dot < end => format!("{}{}", &t[..dot], &t[end..]),
        (Some(dot), None) => t[..dot].to_string(),
        _ => t.to_string(),
    }
}

/// The text report of a trend read from `location`, in `tr`'s language.
pub fn render_text(tr: Tr, trend: &Trend, location: &str) -> String {
    let mut o = String::new();
    let n = trend.scans.len();
    let args = [
        ("history", location.into()),
        ("total", trend.total_scans.into()),
        ("shown", n.into()),
    ];
    let _ = writeln!(o, "{}", tr.args("history-text-title", &args));
    if n == 0 {
        let _ = writeln!(o, "{}", tr.t("history-text-empty"));
        return neutralise(&o).into_owned();
    }
    let head = |id: &str, n: usize, left: bool| {
        let label = tr.t(id);
        if left {
            self::left(&label, n)
        } else {
            right(&label, n)
        }
    };
    let _ = writeln!(
        o,
        "\n{}  {}  {:<9}  {}  {}  {}  {}  {}  {}  {}",
        head("history-col-scan", 6, false),
        head("history-col-scanned-at", 24, true),
        "phiguard",
        head("history-col-rule-set", 12, true),
        head("history-col-files", 5, false),
        head("history-col-resources", 9, false),
        head("verdict-fail", 5, false),
        head("verdict-unknown", 7, false),
        head("verdict-pass", 5, false),
        head("verdict-accepted", 8, false),
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
        ("history-per-safeguard", 62, &trend.safeguards),
        ("history-per-rule", 40, &rules),
    ] {
        let _ = writeln!(
            o,
            "\n{}\n{}{header}  {}",
            tr.t(what),
            " ".repeat(width),
            tr.t("history-col-change")
        );
        if list.is_empty() {
            let _ = writeln!(o, "  {}", tr.t("history-no-finding"));
        }
        for s in list.iter() {
            let label = if what == "history-per-rule" {
                fit(&s.key, width - 2)
            } else {
                let id = format!("safeguard-{}", phiguard_i18n::slug(&s.key));
                format!(
                    "{}  {}",
                    fit(&s.key, 20),
                    fit(&tr.or(&id, &s.title), width - 24)
                )
            };
            let _ = writeln!(o, "  {label}{}  {}", cells(s), change(s));
        }
    }
    if quiet > 0 {
        let quiet = tr.args("history-quiet", &[("count", quiet.into())]);
        let _ = writeln!(o, "  {quiet}");
    }
    if let [.., before, now] = trend.scans.as_slice() {
        let count = |kind| trend.changes.iter().filter(|c| c.change == kind).count();
        let args = [
            ("scan", now.id.into()),
            ("before", before.id.into()),
            ("new", count("new").into()),
            ("fixed", count("fixed").into()),
        ];
        let _ = writeln!(o, "\n{}", tr.args("history-changed", &args));
        if trend.changes.is_empty() {
            let _ = writeln!(o, "  {}", tr.t("history-nothing-changed"));
        }
        for c in trend.changes.iter().take(MAX_CHANGES) {
            let kind = match c.change {
                "new" => tr.t("history-change-new"),
                "fixed" => tr.t("history-change-fixed"),
                other => other.to_string(),
            };
            let args = [
                ("change", left(&kind, 5).into()),
                ("rule", c.rule_id.as_str().into()),
                ("resource", c.resource.as_str().into()),
                ("location", c.location.as_str().into()),
            ];
            let _ = writeln!(o, "  {}", tr.args("history-change-line", &args));
        }
        if trend.changes.len() > MAX_CHANGES {
            let more = trend.changes.len() - MAX_CHANGES;
            let more = tr.args("history-and-more", &[("count", more.into())]);
            let _ = writeln!(o, "  {more}");
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
        let text = render_text(Tr::default(), &trend, "h.db");
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
        let text = render_text(Tr::default(), &Trend::default(), "h.db");
        assert!(text.contains("No scan recorded yet"), "{text}");
    }
}
