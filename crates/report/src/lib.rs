//! Reports over a finished scan. Each format is one module implementing [`Render`].

mod flow_graph;
mod json;
mod scan_result;
mod text;

pub use flow_graph::{
    Dot, FlowEdge, FlowGraph, FlowNode, GRAPH_FORMATS, GraphJson, Mermaid, PhiState, graph_renderer,
};
pub use json::Json;
pub use scan_result::{Attestation, InputFile, ScanResult, Summary};
pub use text::Text;

use std::io::{self, Write};

/// A report format: renders a finished scan.
pub trait Render {
    /// Writes the report.
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()>;
}

/// The formats `--format` accepts.
pub const FORMATS: &[&str] = &["text", "json"];

/// The renderer for a format name.
pub fn renderer(format: &str, options: &Options) -> Option<Box<dyn Render>> {
    match format {
        "text" => Some(Box::new(Text {
            show_passed: options.show_passed,
            sources: options.sources.clone(),
        })),
        "json" => Some(Box::new(Json)),
        _ => None,
    }
}

/// Settings shared by the renderers.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Also list passing and not-applicable findings (text).
    pub show_passed: bool,
    /// File contents, for source snippets in diagnostics (path, text).
    pub sources: std::sync::Arc<Vec<(String, String)>>,
}
