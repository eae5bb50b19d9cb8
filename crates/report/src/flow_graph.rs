//! `phiguard graph`: the data-flow graph of a scan as Graphviz DOT, Mermaid or JSON.
//! Resources that hold PHI are filled, flows are edges labelled with their mechanism,
//! flows that carry PHI are drawn thick, and hops (and resources) that fail a rule are
//! red.

use crate::{Render, ScanResult};
use phiguard_model::{EdgeKind, ResourceId};
use serde_json::json;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, Write};

/// The graph formats `phiguard graph --format` accepts.
pub const GRAPH_FORMATS: &[&str] = &["dot", "mermaid", "json"];

/// The renderer for a graph format name.
pub fn graph_renderer(format: &str) -> Option<Box<dyn Render>> {
    let r: Box<dyn Render> = match format {
        "dot" => Box::new(Dot),
        "mermaid" => Box::new(Mermaid),
        "json" => Box::new(GraphJson),
        _ => return None,
    };
    Some(Box::new(crate::Neutralised(r)))
}

/// The rule whose failures mark hops.
const TRANSIT_RULE: &str = "flow-transmission-encrypted";

/// Whether and how a resource holds PHI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhiState {
    /// Marked (or assumed, as a data store when nothing is marked).
    Source,
    /// Reached through a data flow.
    Reached,
    /// PHI does not reach it.
    None,
}

impl PhiState {
    fn as_str(self) -> &'static str {
        match self {
            PhiState::Source => "source",
            PhiState::Reached => "reached",
            PhiState::None => "none",
        }
    }
}

/// A resource in the data-flow view.
#[derive(Clone, Debug)]
pub struct FlowNode {
    /// Graph id.
    pub id: ResourceId,
    /// Identifier in the output (`n12`): safe in every format.
    pub key: String,
    /// Name (logical id / address).
    pub name: String,
    /// AWS type.
    pub kind: String,
    /// Short type name for labels.
    pub short_kind: String,
    /// The file the resource is defined in, if any.
    pub file: Option<String>,
    /// PHI state.
    pub phi: PhiState,
    /// Node keys along one shortest path from a PHI source (empty when PHI does not reach it).
    pub phi_path: Vec<String>,
    /// Rules failing on the resource (not suppressed).
    pub failing_rules: Vec<&'static str>,
}

/// A flow in the data-flow view.
#[derive(Clone, Debug)]
pub struct FlowEdge {
    /// Source node key.
    pub from: String,
    /// Target node key.
    pub to: String,
    /// Mechanism label.
    pub via: String,
    /// The source holds PHI, so the flow carries it.
    pub carries_phi: bool,
    /// The hop carries PHI and fails `flow-transmission-encrypted`.
    pub failing: bool,
}

/// The data-flow view of a scan: resources that take part in a flow or hold PHI, and
/// the flows between them.
#[derive(Clone, Debug, Default)]
pub struct FlowGraph {
    /// Nodes, in graph order.
    pub nodes: Vec<FlowNode>,
    /// Edges, in graph order.
    pub edges: Vec<FlowEdge>,
}

impl FlowGraph {
    /// Builds the view from a finished scan.
    pub fn new(scan: &ScanResult) -> Self {
        let g = &scan.graph;
        let mut failing: HashMap<ResourceId, Vec<&'static str>> = HashMap::new();
        let mut failing_transit: HashSet<ResourceId> = HashSet::new();
        for f in scan.findings.iter().filter(|f| f.is_failure()) {
            if let Some(s) = &f.subject {
                let rules = failing.entry(s.id).or_default();
                if !rules.contains(&f.rule.id) {
                    rules.push(f.rule.id);
                }
                if f.rule.id == TRANSIT_RULE {
                    failing_transit.insert(s.id);
                }
            }
        }
        let flows: Vec<_> = g
            .edges()
            .iter()
            .filter(|e| e.kind == EdgeKind::DataFlow)
            .collect();
        let mut included: Vec<bool> = g
            .resources()
            .iter()
            .map(|r| scan.phi.is_source(r.id))
            .collect();
        for e in &flows {
            included[e.from.0 as usize] = true;
            included[e.to.0 as usize] = true;
        }
        let key = |id: ResourceId| format!("n{}", id.0);
        let nodes = g
            .resources()
            .iter()
            .filter(|r| included[r.id.0 as usize])
            .map(|r| FlowNode {
                id: r.id,
                key: key(r.id),
                name: r.name.clone(),
                kind: r.kind.clone(),
                short_kind: r.short_kind().to_string(),
                file: r.origin.location().map(|l| l.file.to_string()),
                phi: if scan.phi.is_source(r.id) {
                    PhiState::Source
                } else if scan.phi.is_reached(r.id) {
                    PhiState::Reached
                } else {
                    PhiState::None
                },
                phi_path: scan.phi.path(r.id).iter().map(|&i| key(i)).collect(),
                failing_rules: failing.get(&r.id).cloned().unwrap_or_default(),
            })
            .collect();
        let edges = flows
            .iter()
            .map(|e| {
                let carries_phi = scan.phi.holds(g.resource(e.from));
                let failing = carries_phi
                    && phiguard_flow::carrier(g, e).is_some_and(|c| failing_transit.contains(&c));
                FlowEdge {
                    from: key(e.from),
                    to: key(e.to),
                    via: e.via.clone(),
                    carries_phi,
                    failing,
                }
            })
            .collect();
        Self { nodes, edges }
    }

    /// Nodes grouped by file, when the scan read more than one file.
    fn groups(&self) -> Option<BTreeMap<&str, Vec<&FlowNode>>> {
        let mut groups: BTreeMap<&str, Vec<&FlowNode>> = BTreeMap::new();
        for n in &self.nodes {
            groups
                .entry(n.file.as_deref().unwrap_or(""))
                .or_default()
                .push(n);
        }
        (groups.len() > 1).then_some(groups)
    }
}

/// Graphviz DOT.
pub struct Dot;

/// A DOT double-quoted string.
fn dot_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn dot_node(n: &FlowNode) -> String {
    let mut attrs = vec![format!(
        "label={}",
        dot_str(&format!("{}\n{}", n.short_kind, n.name))
    )];
    match n.phi {
        PhiState::Source => attrs.push("fillcolor=\"#ffcc80\", penwidth=2".into()),
        PhiState::Reached => attrs.push("fillcolor=\"#ffe0b2\"".into()),
        PhiState::None => {}
    }
    if !n.failing_rules.is_empty() {
        attrs.push("color=\"#d32f2f\", fontcolor=\"#d32f2f\", penwidth=2".into());
        attrs.push(format!(
            "tooltip={}",
            dot_str(&format!("fails: {}", n.failing_rules.join(", ")))
        ));
    }
    format!("{} [{}];", n.key, attrs.join(", "))
}

impl Render for Dot {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let fg = FlowGraph::new(scan);
        writeln!(out, "digraph phiguard {{")?;
        writeln!(out, "  rankdir=LR;")?;
        writeln!(
            out,
            "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"Helvetica\"];"
        )?;
        writeln!(
            out,
            "  edge [fontname=\"Helvetica\", fontsize=10, color=\"#757575\"];"
        )?;
        match fg.groups() {
            Some(groups) => {
                for (i, (file, nodes)) in groups.iter().enumerate() {
                    writeln!(out, "  subgraph cluster_{i} {{")?;
                    writeln!(out, "    label={};", dot_str(file))?;
                    for n in nodes {
                        writeln!(out, "    {}", dot_node(n))?;
                    }
                    writeln!(out, "  }}")?;
                }
            }
            None => {
                for n in &fg.nodes {
                    writeln!(out, "  {}", dot_node(n))?;
                }
            }
        }
        for e in &fg.edges {
            let mut attrs = vec![format!("label={}", dot_str(&e.via))];
            if e.failing {
                attrs.push("color=\"#d32f2f\", fontcolor=\"#d32f2f\", penwidth=3".into());
            } else if e.carries_phi {
                attrs.push("color=\"#e65100\", penwidth=2".into());
            }
            writeln!(out, "  {} -> {} [{}];", e.from, e.to, attrs.join(", "))?;
        }
        writeln!(out, "}}")
    }
}

/// Mermaid flowchart.
pub struct Mermaid;

/// Text inside a Mermaid quoted label: quotes and markup characters as entity codes.
fn mermaid_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '|' => out.push_str("#124;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn mermaid_node(n: &FlowNode) -> String {
    format!(
        "{}[\"{}<br/>{}\"]",
        n.key,
        mermaid_text(&n.short_kind),
        mermaid_text(&n.name)
    )
}

impl Render for Mermaid {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let fg = FlowGraph::new(scan);
        writeln!(out, "flowchart LR")?;
        writeln!(
            out,
            "  classDef phi fill:#ffcc80,stroke:#e65100,stroke-width:2px"
        )?;
        writeln!(out, "  classDef reached fill:#ffe0b2,stroke:#e65100")?;
        writeln!(
            out,
            "  classDef failing stroke:#d32f2f,stroke-width:3px,color:#d32f2f"
        )?;
        match fg.groups() {
            Some(groups) => {
                for (i, (file, nodes)) in groups.iter().enumerate() {
                    writeln!(out, "  subgraph file{i}[\"{}\"]", mermaid_text(file))?;
                    for n in nodes {
                        writeln!(out, "    {}", mermaid_node(n))?;
                    }
                    writeln!(out, "  end")?;
                }
            }
            None => {
                for n in &fg.nodes {
                    writeln!(out, "  {}", mermaid_node(n))?;
                }
            }
        }
        for e in &fg.edges {
            let arrow = if e.carries_phi { "==>" } else { "-->" };
            writeln!(
                out,
                "  {} {arrow}|\"{}\"| {}",
                e.from,
                mermaid_text(&e.via),
                e.to
            )?;
        }
        for n in &fg.nodes {
            let mut classes = Vec::new();
            match n.phi {
                PhiState::Source => classes.push("phi"),
                PhiState::Reached => classes.push("reached"),
                PhiState::None => {}
            }
            if !n.failing_rules.is_empty() {
                classes.push("failing");
            }
            for class in classes {
                writeln!(out, "  class {} {class}", n.key)?;
            }
        }
        let failing: Vec<String> = fg
            .edges
            .iter()
            .enumerate()
            .filter(|(_, e)| e.failing)
            .map(|(i, _)| i.to_string())
            .collect();
        if !failing.is_empty() {
            writeln!(
                out,
                "  linkStyle {} stroke:#d32f2f,stroke-width:3px,color:#d32f2f",
                failing.join(",")
            )?;
        }
        Ok(())
    }
}

/// The data-flow graph as JSON (schema `phiguard/flow-graph/v1`).
pub struct GraphJson;

impl Render for GraphJson {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let fg = FlowGraph::new(scan);
        let doc = json!({
            "schema": "phiguard/flow-graph/v1",
            "phi_assumed": scan.phi_assumed,
            "nodes": fg.nodes.iter().map(|n| json!({
                "id": n.key,
                "name": n.name,
                "kind": n.kind,
                "file": n.file,
                "phi": n.phi.as_str(),
                "phi_path": n.phi_path,
                "failing_rules": n.failing_rules,
            })).collect::<Vec<_>>(),
            "edges": fg.edges.iter().map(|e| json!({
                "from": e.from,
                "to": e.to,
                "via": e.via,
                "carries_phi": e.carries_phi,
                "failing": e.failing,
            })).collect::<Vec<_>>(),
        });
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_characters_are_escaped() {
        assert_eq!(
            dot_str(r#"aws_s3_bucket.r["a \"b\""]"#),
            r#""aws_s3_bucket.r[\"a \\\"b\\\"\"]""#
        );
        assert_eq!(dot_str("a\nb"), r#""a\nb""#);
        assert_eq!(
            mermaid_text(r#"module.x["a|b"] <#>"#),
            "module.x[#quot;a#124;b#quot;] #lt;#35;#gt;"
        );
    }
}
