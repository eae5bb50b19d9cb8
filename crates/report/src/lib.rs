//! Reports over a finished scan. Each format is one module implementing [`Render`];
//! this file is the one place that lists them ([`FORMATS`], [`renderer`]).

mod asff;
mod control;
mod csv;
mod flow_graph;
mod html;
mod json;
mod junit;
pub mod l10n;
mod markdown;
mod paint;
mod sarif;
mod scan_result;
mod text;
mod trend;

pub use self::csv::Csv;
pub use asff::Asff;
pub use control::{ControlSafe, neutralise};
pub use flow_graph::{
    Dot, FlowEdge, FlowGraph, FlowNode, GRAPH_FORMATS, GraphJson, Mermaid, PhiState, graph_renderer,
};
pub use html::{Html, paragraph, paragraph_title};
pub use json::Json;
pub use junit::Junit;
pub use markdown::Markdown;
pub use paint::paint;
pub use sarif::Sarif;
pub use scan_result::{
    Attestation, BaselineUse, ConfigSource, InputFile, ScanResult, ScanScope, Summary,
};
pub use text::Text;
pub use trend::{Change, Counts, Series, Trend, TrendScan};

use phiguard_rules::Finding;
use std::io::{self, Write};

/// A report format: renders a finished scan.
pub trait Render {
    /// Writes the report.
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()>;
}

/// The formats `--format` accepts.
pub const FORMATS: &[&str] = &[
    "text", "json", "sarif", "junit", "csv", "markdown", "asff", "html",
];

/// The renderer for a format name.
pub fn renderer(format: &str, options: &Options) -> Option<Box<dyn Render>> {
    by_name(format, options).map(|r| Box::new(Neutralised(r)) as Box<dyn Render>)
}

/// A renderer whose output passes through [`ControlSafe`]: no control character from a
/// scanned file reaches a report raw, whatever the format.
pub struct Neutralised(pub Box<dyn Render>);

impl Render for Neutralised {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let mut safe = ControlSafe::new(out);
        self.0.render(scan, &mut safe)?;
        safe.flush()
    }
}

fn by_name(format: &str, options: &Options) -> Option<Box<dyn Render>> {
    let tr = phiguard_i18n::Tr::new(options.lang);
    match format {
        "text" => Some(Box::new(Text {
            show_passed: options.show_passed,
            show_attestations: options.show_attestations,
            sources: options.sources.clone(),
            tr,
        })),
        "json" => Some(Box::new(Json { tr })),
        "sarif" => Some(Box::new(Sarif {
            base: options.sarif_base.clone(),
            tr,
        })),
        "junit" => Some(Box::new(Junit { tr })),
        "csv" => Some(Box::new(Csv { tr })),
        "markdown" => Some(Box::new(Markdown {
            max_bytes: Markdown::GITHUB_COMMENT_BYTES,
            tr,
        })),
        "asff" => Some(Box::new(Asff {
            account: options
                .aws_account
                .clone()
                .unwrap_or_else(|| Asff::DEFAULT_ACCOUNT.into()),
            region: options
                .aws_region
                .clone()
                .unwrap_or_else(|| Asff::DEFAULT_REGION.into()),
            tr,
        })),
        "html" => Some(Box::new(Html {
            tr,
            trend: options.trend.clone(),
        })),
        _ => None,
    }
}

/// Settings shared by the renderers.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Also list passing and not-applicable findings (text).
    pub show_passed: bool,
    /// Print the manual attestation checklist instead of only counting it (text).
    pub show_attestations: bool,
    /// File contents, for source snippets in diagnostics (path, text).
    pub sources: std::sync::Arc<Vec<(String, String)>>,
    /// AWS account the findings belong to (ASFF); `None` means [`Asff::DEFAULT_ACCOUNT`].
    pub aws_account: Option<String>,
    /// AWS region the findings are imported into (ASFF); `None` means [`Asff::DEFAULT_REGION`].
    pub aws_region: Option<String>,
    /// The folder SARIF result URIs are relative to; `None` for the current folder.
    pub sarif_base: Option<std::path::PathBuf>,
    /// The language of the reports' human text (identifiers stay as they are).
    pub lang: phiguard_i18n::Lang,
    /// The recorded scans' trend (`--history`), charted by the HTML report.
    pub trend: Option<std::sync::Arc<Trend>>,
}

/// A stable identity for a finding ([`phiguard_rules::fingerprint`]): it does not change
/// when lines move or a template is reformatted, so baselines, `phiguard diff`,
/// code-scanning and Security Hub can follow a finding from one scan to the next.
pub fn fingerprint(f: &Finding) -> String {
    f.fingerprint.clone()
}

/// What a finding's suppression adds to it, one line: `suppressed: REASON (owner: ...;
/// expires ...; ORIGIN)`, or `suppression expired on DATE: ...` when it no longer holds.
pub fn suppression_note(tr: phiguard_i18n::Tr, f: &Finding) -> Option<String> {
    match (&f.suppressed, &f.expired_suppression) {
        (Some(s), _) => Some(tr.args("text-suppressed", &[("reason", s.describe().into())])),
        (None, Some(s)) => Some(tr.args(
            "suppression-expired",
            &[
                (
                    "date",
                    s.expires.map(|d| d.to_string()).unwrap_or_default().into(),
                ),
                ("reason", s.describe().into()),
            ],
        )),
        (None, None) => None,
    }
}

/// The resource a finding is about, as one label (`(whole scan)` for scan-level findings).
pub fn resource_label(f: &Finding) -> String {
    resource_label_in(phiguard_i18n::Tr::default(), f)
}

/// [`resource_label`] in `tr`'s language.
pub fn resource_label_in(tr: phiguard_i18n::Tr, f: &Finding) -> String {
    f.subject
        .as_ref()
        .map_or_else(|| tr.t("whole-scan"), |s| s.name.clone())
}
