//! The trend from stored rows: per HIPAA Security Rule paragraph and per rule, one count
//! set per scan.

use crate::record::RuleRow;
use phiguard_report::{Change, Counts, Series, Trend, TrendScan, paragraph, paragraph_title};
use std::collections::{BTreeMap, HashMap};

/// Orders paragraphs as the regulation does: `164.308(a)(1)` before `164.308(a)(1)(ii)(D)`
/// before `164.308(a)(2)`, numbers compared as numbers.
fn regulation_order(p: &str) -> Vec<(String, u32)> {
    p.split(['(', ')', '.'])
        .filter(|s| !s.is_empty())
        .map(|s| match s.parse::<u32>() {
            Ok(n) => (String::new(), n),
            Err(_) => (s.to_string(), 0),
        })
        .collect()
}

/// Builds the trend of `scans` (oldest first) from their rule rows.
pub fn build(
    total_scans: usize,
    scans: Vec<TrendScan>,
    rows: Vec<RuleRow>,
    changes: Vec<Change>,
) -> Trend {
    let column: HashMap<i64, usize> = scans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let n = scans.len();
    let mut rules: BTreeMap<String, Series> = BTreeMap::new();
    let mut safeguards: BTreeMap<String, Series> = BTreeMap::new();
    let bump = |series: &mut Series, i: usize, c: Counts| {
        series.counts[i].get_or_insert_with(Counts::default).add(c);
    };
    for row in rows {
        let Some(&i) = column.get(&row.scan_id) else {
            continue;
        };
        let rule = rules.entry(row.rule_id.clone()).or_insert_with(|| Series {
            key: row.rule_id.clone(),
            title: row.title.clone(),
            counts: vec![None; n],
        });
        bump(rule, i, row.counts);
        let mut cited: Vec<&str> = row.cfr.lines().map(paragraph).collect();
        cited.sort_unstable();
        cited.dedup();
        for p in cited.into_iter().filter(|p| !p.is_empty()) {
            let s = safeguards.entry(p.to_string()).or_insert_with(|| Series {
                key: p.to_string(),
                title: paragraph_title(p).unwrap_or_default().to_string(),
                counts: vec![None; n],
            });
            bump(s, i, row.counts);
        }
    }
    let judged = |s: &Series| {
        s.counts
            .iter()
            .flatten()
            .any(|c| c.fail + c.unknown + c.pass + c.suppressed > 0)
    };
    let mut safeguards: Vec<Series> = safeguards.into_values().filter(judged).collect();
    safeguards.sort_by_cached_key(|s| regulation_order(&s.key));
    Trend {
        total_scans,
        scans,
        safeguards,
        rules: rules.into_values().filter(judged).collect(),
        changes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(id: i64) -> TrendScan {
        TrendScan {
            id,
            scanned_at: format!("t{id}"),
            tool_version: "0.1.0".into(),
            ruleset_version: "r".into(),
            inputs: 1,
            resources: 1,
            totals: Counts::default(),
        }
    }

    fn row(scan_id: i64, rule: &str, cfr: &str, fail: usize, pass: usize) -> RuleRow {
        RuleRow {
            scan_id,
            rule_id: rule.into(),
            title: format!("{rule} title"),
            severity: "high".into(),
            section: "s".into(),
            cfr: cfr.into(),
            counts: Counts {
                fail,
                pass,
                ..Counts::default()
            },
            not_applicable: 0,
        }
    }

    #[test]
    fn paragraphs_sum_their_rules_and_keep_regulation_order() {
        let rows = vec![
            row(
                7,
                "a",
                "45 CFR 164.312(a)(2)(iv)\n45 CFR 164.312(e)(2)(ii)",
                2,
                1,
            ),
            row(7, "b", "45 CFR 164.312(a)(2)(iv)", 1, 0),
            row(7, "c", "45 CFR 164.308(a)(1)(ii)(D)", 0, 0),
            row(
                9,
                "a",
                "45 CFR 164.312(a)(2)(iv)\n45 CFR 164.312(e)(2)(ii)",
                0,
                3,
            ),
            // A rule new in the second scan has no counts in the first.
            row(9, "d", "45 CFR 164.308(a)(10)", 4, 0),
        ];
        let t = build(5, vec![scan(7), scan(9)], rows, Vec::new());
        let keys: Vec<&str> = t.safeguards.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(
            keys,
            ["164.308(a)(10)", "164.312(a)(2)(iv)", "164.312(e)(2)(ii)"],
            "numbers compare as numbers; a paragraph nothing judged is left out"
        );
        let enc = &t.safeguards[1];
        assert_eq!(enc.title, "Encryption and decryption");
        assert_eq!(enc.counts[0].unwrap().fail, 3);
        assert_eq!(enc.counts[1].unwrap().fail, 0);
        assert_eq!(enc.fail_change(), Some(-3));
        assert_eq!(t.safeguards[0].counts[0], None);
        let rules: Vec<&str> = t.rules.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(rules, ["a", "b", "d"]);
        assert_eq!(t.rules[1].counts[1], None, "rule b did not run in scan 9");
        assert_eq!(t.total_scans, 5);
        assert!(
            regulation_order("164.308(a)(1)") < regulation_order("164.308(a)(1)(ii)(D)")
                && regulation_order("164.308(a)(1)(ii)(D)") < regulation_order("164.308(a)(2)")
        );
    }
}
