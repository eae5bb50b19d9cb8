//! The trend chart: failing, unknown and passing findings over the recorded scans, drawn
//! as inline SVG (no script, no network), and a table of the safeguard paragraphs whose
//! failures changed.

use crate::trend::{Counts, Trend};
use serde::Serialize;

const WIDTH: f64 = 880.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 36.0;

/// One verdict's line.
#[derive(Serialize)]
pub struct Line {
    /// CSS class and legend label: `fail`, `unknown`, `pass`.
    pub class: &'static str,
    /// SVG polyline points.
    pub points: String,
    /// The points as circles with a tooltip.
    pub dots: Vec<Dot>,
}

/// One scan's point on a line.
#[derive(Serialize)]
pub struct Dot {
    pub x: f64,
    pub y: f64,
    /// `2026-12-07T03:00:00Z: 4 fail`.
    pub title: String,
}

/// A label on an axis.
#[derive(Serialize)]
pub struct Tick {
    pub at: f64,
    pub label: String,
    /// SVG `text-anchor`: the first date starts at its point, the last ends there.
    pub anchor: &'static str,
}

/// One safeguard paragraph's failures, first shown scan against the last.
#[derive(Serialize)]
pub struct SafeguardRow {
    pub paragraph: String,
    pub title: String,
    pub first: String,
    pub last: String,
    /// `+2`, `-1`, `0`.
    pub change: String,
    /// `worse`, `better` or `same`.
    pub class: &'static str,
}

/// What the template draws.
#[derive(Serialize)]
pub struct Chart {
    pub width: f64,
    pub height: f64,
    pub scans: usize,
    pub total_scans: usize,
    pub lines: Vec<Line>,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
    pub plot_left: f64,
    pub plot_right: f64,
    pub plot_bottom: f64,
    pub safeguards: Vec<SafeguardRow>,
}

/// A round axis maximum at or above `max` (1, 2, 5 × 10ⁿ).
fn nice_max(max: usize) -> usize {
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if m * step >= max.max(1) {
                return m * step;
            }
        }
        step *= 10;
    }
}

/// The chart, or `None` when there is no recorded scan.
pub fn build(trend: &Trend) -> Option<Chart> {
    let n = trend.scans.len();
    if n == 0 {
        return None;
    }
    let ymax = nice_max(
        trend
            .scans
            .iter()
            .map(|s| s.totals.fail.max(s.totals.unknown).max(s.totals.pass))
            .max()
            .unwrap_or(0),
    );
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let x = |i: usize| {
        if n == 1 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + plot_w * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: usize| TOP + plot_h * (1.0 - v as f64 / ymax as f64);
    let round = |v: f64| (v * 10.0).round() / 10.0;
    let lines = [
        ("fail", (|c: &Counts| c.fail) as fn(&Counts) -> usize),
        ("unknown", |c| c.unknown),
        ("pass", |c| c.pass),
    ]
    .into_iter()
    .map(|(class, get)| {
        let dots: Vec<Dot> = trend
            .scans
            .iter()
            .enumerate()
            .map(|(i, s)| Dot {
                x: round(x(i)),
                y: round(y(get(&s.totals))),
                title: format!("{}: {} {class}", s.scanned_at, get(&s.totals)),
            })
            .collect();
        Line {
            class,
            points: dots
                .iter()
                .map(|d| format!("{},{}", d.x, d.y))
                .collect::<Vec<_>>()
                .join(" "),
            dots,
        }
    })
    .collect();
    // Round steps: 50 → 0, 10, 20...; 20 → 0, 5, 10...; 2 → 0, 1, 2.
    let parts = [5, 4, 2, 1]
        .into_iter()
        .find(|p| ymax.is_multiple_of(*p) && ymax / p > 0)
        .unwrap_or(1);
    let y_ticks = (0..=parts)
        .map(|k| Tick {
            at: round(y(ymax * k / parts)),
            label: (ymax * k / parts).to_string(),
            anchor: "end",
        })
        .collect();
    // Dates, or times of day when every shown scan ran on one day.
    let day = |i: usize| {
        trend.scans[i]
            .scanned_at
            .chars()
            .take(10)
            .collect::<String>()
    };
    let one_day = day(0) == day(n - 1);
    // At most six dates along the bottom, always the first and the last scan.
    let every = n.div_ceil(6).max(1);
    let x_ticks = (0..n)
        .filter(|i| i.is_multiple_of(every) || *i == n - 1)
        .map(|i| Tick {
            at: round(x(i)),
            label: if one_day {
                trend.scans[i].scanned_at.chars().skip(11).take(5).collect()
            } else {
                day(i)
            },
            anchor: match i {
                _ if n == 1 => "middle",
                0 => "start",
                i if i == n - 1 => "end",
                _ => "middle",
            },
        })
        .collect();
    let shown = |c: &Option<Counts>| c.map_or("–".to_string(), |c| c.fail.to_string());
    let safeguards = trend
        .safeguards
        .iter()
        .filter(|s| s.counts.iter().flatten().any(|c| c.fail > 0))
        .map(|s| {
            let first = s.counts.first().cloned().flatten();
            let last = s.counts.last().cloned().flatten();
            let delta = last.map_or(0, |c| c.fail as i64) - first.map_or(0, |c| c.fail as i64);
            SafeguardRow {
                paragraph: s.key.clone(),
                title: s.title.clone(),
                first: shown(&first),
                last: shown(&last),
                change: if delta > 0 {
                    format!("+{delta}")
                } else {
                    delta.to_string()
                },
                class: match delta {
                    d if d > 0 => "worse",
                    d if d < 0 => "better",
                    _ => "same",
                },
            }
        })
        .collect();
    Some(Chart {
        width: WIDTH,
        height: HEIGHT,
        scans: n,
        total_scans: trend.total_scans,
        lines,
        y_ticks,
        x_ticks,
        plot_left: LEFT,
        plot_right: WIDTH - RIGHT,
        plot_bottom: HEIGHT - BOTTOM,
        safeguards,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trend::{Series, TrendScan};

    fn scan(id: i64, fail: usize, pass: usize) -> TrendScan {
        TrendScan {
            id,
            scanned_at: format!("2026-12-0{id}T10:00:00Z"),
            tool_version: "0.1.0".into(),
            ruleset_version: "r".into(),
            inputs: 1,
            resources: 3,
            totals: Counts {
                fail,
                pass,
                ..Counts::default()
            },
        }
    }

    #[test]
    fn lines_scale_to_the_largest_count() {
        let counts = |f| {
            Some(Counts {
                fail: f,
                ..Counts::default()
            })
        };
        let trend = Trend {
            total_scans: 3,
            scans: vec![scan(1, 8, 2), scan(2, 4, 6), scan(3, 0, 10)],
            safeguards: vec![Series {
                key: "164.312(b)".into(),
                title: "Audit controls".into(),
                counts: vec![counts(3), None, counts(1)],
            }],
            ..Trend::default()
        };
        let c = build(&trend).unwrap();
        let labels: Vec<&str> = c.y_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "2", "4", "6", "8", "10"]);
        let fail = &c.lines[0];
        assert_eq!(fail.class, "fail");
        // 8 of 10 at the first scan, 0 (the axis) at the last; x runs from left to right.
        assert_eq!(fail.points, "48,52 456,128 864,204");
        assert_eq!(fail.dots[0].title, "2026-12-01T10:00:00Z: 8 fail");
        let dates: Vec<(&str, &str)> = c
            .x_ticks
            .iter()
            .map(|t| (t.label.as_str(), t.anchor))
            .collect();
        assert_eq!(
            dates,
            [
                ("2026-12-01", "start"),
                ("2026-12-02", "middle"),
                ("2026-12-03", "end")
            ]
        );
        let row = &c.safeguards[0];
        assert_eq!((row.first.as_str(), row.last.as_str()), ("3", "1"));
        assert_eq!((row.change.as_str(), row.class), ("-2", "better"));
        assert!(build(&Trend::default()).is_none());
    }
}
