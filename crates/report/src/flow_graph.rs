//! `phiguard graph`: the data-flow graph of a scan as Graphviz DOT, Mermaid or JSON.
//! Resources that hold PHI are filled, flows are edges labelled with their mechanism,
//! flows that carry PHI are drawn thick, and hops (and resources) that fail a rule are
//! red. A failing hop names each reason: unencrypted transit, unencrypted destination,
//! ineligible destination. Resources are grouped by template or Terraform module.

use crate::{Render, ScanResult};
use phiguard_i18n::Tr;
use phiguard_model::{EdgeKind, Graph, Resource, ResourceId};
use phiguard_rules::Finding;
use serde_json::json;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

/// The graph formats `phiguard graph --format` accepts.
pub const GRAPH_FORMATS: &[&str] = &["dot", "mermaid", "json"];

/// The renderer for a graph format name.
pub fn graph_renderer(format: &str, tr: Tr) -> Option<Box<dyn Render>> {
    let r: Box<dyn Render> = match format {
        "dot" => Box::new(Dot { tr }),
        "mermaid" => Box::new(Mermaid { tr }),
        "json" => Box::new(GraphJson { tr }),
        _ => return None,
    };
    Some(Box::new(crate::Neutralised(r)))
}

/// The rule whose failures mark hops unencrypted in transit.
const TRANSIT_RULE: &str = "flow-transmission-encrypted";
/// The rule whose failures mark destinations that are not HIPAA eligible.
const ELIGIBILITY_RULE: &str = "eligibility-phi-in-eligible-service";
/// The HIPAA safeguard of encryption at rest: a data store failing a rule that cites it
/// stores the PHI it receives unencrypted.
const AT_REST_CFR: &str = "45 CFR 164.312(a)(2)(iv)";

/// Why a hop that carries PHI fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// The hop itself is not encrypted in transit (`flow-transmission-encrypted`).
    UnencryptedTransit,
    /// The destination does not encrypt what it stores (a failing encryption-at-rest rule).
    UnencryptedDestination,
    /// The destination is not a HIPAA-eligible service (`eligibility-phi-in-eligible-service`).
    IneligibleDestination,
}

impl Reason {
    /// The reason in words, as the outputs name it.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::UnencryptedTransit => "unencrypted transit",
            Reason::UnencryptedDestination => "unencrypted destination",
            Reason::IneligibleDestination => "ineligible destination",
        }
    }
}

/// One reason a hop fails, with the rule and finding behind it.
#[derive(Clone, Debug)]
pub struct Failure {
    /// The reason.
    pub reason: Reason,
    /// The failing rule.
    pub rule: &'static str,
    /// The finding's message.
    pub message: String,
}

/// The cluster a resource is drawn in: its template, its Terraform module, or the
/// services outside the scan.
pub fn group_of(tr: Tr, r: &Resource) -> String {
    if phiguard_flow::is_external(r) {
        return tr.t("flow-outside");
    }
    let file = r.origin.location().map(|l| l.file.to_string());
    let terraform = r.source_type.starts_with("aws_") || r.name.starts_with("module.");
    if !terraform {
        return file.unwrap_or_else(|| tr.t("flow-live-account"));
    }
    let dir = file
        .as_deref()
        .and_then(|f| std::path::Path::new(f).parent())
        .map(|d| d.display().to_string())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| ".".into());
    match module_path(&r.name) {
        Some(m) => format!("{m} ({dir})"),
        None => tr.args("flow-root-module", &[("dir", dir.into())]),
    }
}

/// `module.a.module.b` of `module.a.module.b.aws_s3_bucket.x` (brackets may hold dots).
fn module_path(name: &str) -> Option<&str> {
    let mut end = 0;
    let mut rest = name;
    while let Some(after) = rest.strip_prefix("module.") {
        let mut depth = 0i32;
        let mut len = after.len();
        for (i, c) in after.char_indices() {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                '.' if depth == 0 => {
                    len = i;
                    break;
                }
                _ => {}
            }
        }
        end += "module.".len() + len;
        if len >= after.len() {
            break;
        }
        rest = &after[len + 1..];
        if rest.starts_with("module.") {
            end += 1;
        }
    }
    (end > 0).then(|| &name[..end])
}

/// How the names of services outside the scan end.
const OUTSIDE: &str = "(outside this scan)";

/// Why each PHI-carrying hop fails, from the scan's failing findings.
pub fn hop_failures(
    g: &Graph,
    e: &phiguard_model::Edge,
    transit: &HashMap<ResourceId, Vec<&Finding>>,
    failing: &HashMap<ResourceId, Vec<&Finding>>,
) -> Vec<Failure> {
    let mut out = Vec::new();
    let mut push = |reason, f: &Finding| {
        out.push(Failure {
            reason,
            rule: f.rule.id,
            message: f.message.clone(),
        })
    };
    if let Some(c) = phiguard_flow::carrier(g, e) {
        for f in transit.get(&c).into_iter().flatten() {
            push(Reason::UnencryptedTransit, f);
        }
    }
    let to = g.resource(e.to);
    for f in failing.get(&e.to).into_iter().flatten() {
        if f.rule.id != TRANSIT_RULE
            && f.rule.cfr.contains(&AT_REST_CFR)
            && phiguard_rules::DATA_STORES.contains(&to.kind.as_str())
        {
            push(Reason::UnencryptedDestination, f);
        } else if f.rule.id == ELIGIBILITY_RULE && !f.message.contains(OUTSIDE) {
            // (Findings naming a service outside the scan are about the hop onward.)
            push(Reason::IneligibleDestination, f);
        }
    }
    // A service outside the scan: the finding sits on the sender and names the service.
    if phiguard_flow::is_external(to) {
        for f in failing.get(&e.from).into_iter().flatten() {
            if f.rule.id == ELIGIBILITY_RULE && f.message.contains(&format!(" {} ", to.name)) {
                push(Reason::IneligibleDestination, f);
            }
        }
    }
    out
}

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
    /// Its template, Terraform module, or "AWS services outside this scan".
    pub group: String,
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
    /// Source resource.
    pub from_id: ResourceId,
    /// Target resource.
    pub to_id: ResourceId,
    /// Source node key.
    pub from: String,
    /// Target node key.
    pub to: String,
    /// Mechanism label.
    pub via: String,
    /// The source holds PHI, so the flow carries it.
    pub carries_phi: bool,
    /// The hop carries PHI and fails for at least one reason.
    pub failing: bool,
    /// Why it fails (empty unless it carries PHI).
    pub failures: Vec<Failure>,
}

impl FlowEdge {
    /// The distinct reasons, in order ("unencrypted transit, ineligible destination").
    pub fn reasons(&self) -> Vec<&'static str> {
        let mut r: Vec<Reason> = self.failures.iter().map(|f| f.reason).collect();
        r.sort();
        r.dedup();
        r.into_iter().map(Reason::as_str).collect()
    }
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
    pub fn new(tr: Tr, scan: &ScanResult) -> Self {
        let g = &scan.graph;
        let mut failing: HashMap<ResourceId, Vec<&'static str>> = HashMap::new();
        let mut transit: HashMap<ResourceId, Vec<&Finding>> = HashMap::new();
        let mut failing_findings: HashMap<ResourceId, Vec<&Finding>> = HashMap::new();
        for f in scan.findings.iter().filter(|f| f.is_failure()) {
            if let Some(s) = &f.subject {
                let rules = failing.entry(s.id).or_default();
                if !rules.contains(&f.rule.id) {
                    rules.push(f.rule.id);
                }
                if f.rule.id == TRANSIT_RULE {
                    transit.entry(s.id).or_default().push(f);
                }
                failing_findings.entry(s.id).or_default().push(f);
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
                group: group_of(tr, r),
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
                let failures = if carries_phi {
                    hop_failures(g, e, &transit, &failing_findings)
                } else {
                    Vec::new()
                };
                FlowEdge {
                    from_id: e.from,
                    to_id: e.to,
                    from: key(e.from),
                    to: key(e.to),
                    via: e.via.clone(),
                    carries_phi,
                    failing: !failures.is_empty(),
                    failures,
                }
            })
            .collect();
        Self { nodes, edges }
    }

    /// Nodes grouped by template or module, when there is more than one group.
    fn groups(&self) -> Option<BTreeMap<&str, Vec<&FlowNode>>> {
        let mut groups: BTreeMap<&str, Vec<&FlowNode>> = BTreeMap::new();
        for n in &self.nodes {
            groups.entry(n.group.as_str()).or_default().push(n);
        }
        (groups.len() > 1).then_some(groups)
    }
}

/// An edge's label: its mechanism, and "FAILS: reason, reason" when it fails.
fn edge_label(tr: Tr, e: &FlowEdge) -> String {
    if e.failing {
        let reasons: Vec<String> = e.reasons().iter().map(|r| reason(tr, r)).collect();
        let fails = tr.args("flow-fails-list", &[("reasons", reasons.join(", ").into())]);
        format!("{}\n{fails}", e.via)
    } else {
        e.via.clone()
    }
}

/// A reason (`unencrypted transit`) in the report's language.
pub(crate) fn reason(tr: Tr, english: &str) -> String {
    tr.t(&format!("flow-reason-{}", phiguard_i18n::slug(english)))
}

/// Every reason with its rule and finding, one per line.
fn failure_text(tr: Tr, e: &FlowEdge) -> String {
    e.failures
        .iter()
        .map(|f| {
            let args = [
                ("reason", reason(tr, f.reason.as_str()).into()),
                ("rule", f.rule.into()),
                ("message", f.message.as_str().into()),
            ];
            tr.args("flow-failure", &args)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Graphviz DOT.
pub struct Dot {
    /// The language of labels.
    pub tr: Tr,
}

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

fn dot_node(tr: Tr, n: &FlowNode) -> String {
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
            dot_str(&tr.args(
                "flow-node-fails",
                &[("rules", n.failing_rules.join(", ").into())]
            ))
        ));
    }
    format!("{} [{}];", n.key, attrs.join(", "))
}

impl Render for Dot {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let tr = self.tr;
        let fg = FlowGraph::new(tr, scan);
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
                        writeln!(out, "    {}", dot_node(tr, n))?;
                    }
                    writeln!(out, "  }}")?;
                }
            }
            None => {
                for n in &fg.nodes {
                    writeln!(out, "  {}", dot_node(tr, n))?;
                }
            }
        }
        for e in &fg.edges {
            let mut attrs = vec![format!("label={}", dot_str(&edge_label(tr, e)))];
            if e.failing {
                attrs.push("color=\"#d32f2f\", fontcolor=\"#d32f2f\", penwidth=3".into());
                attrs.push(format!("tooltip={}", dot_str(&failure_text(tr, e))));
            } else if e.carries_phi {
                attrs.push("color=\"#e65100\", penwidth=2".into());
            }
            writeln!(out, "  {} -> {} [{}];", e.from, e.to, attrs.join(", "))?;
        }
        writeln!(out, "}}")
    }
}

/// Mermaid flowchart.
pub struct Mermaid {
    /// The language of labels.
    pub tr: Tr,
}

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
        let tr = self.tr;
        let fg = FlowGraph::new(tr, scan);
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
                    writeln!(out, "  subgraph group{i}[\"{}\"]", mermaid_text(file))?;
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
                mermaid_text(&edge_label(tr, e)),
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
pub struct GraphJson {
    /// The language of group labels and reasons' text (keys and ids stay).
    pub tr: Tr,
}

impl Render for GraphJson {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let tr = self.tr;
        let fg = FlowGraph::new(tr, scan);
        let doc = json!({
            "schema": "phiguard/flow-graph/v1",
            "phi_assumed": scan.phi_assumed,
            "nodes": fg.nodes.iter().map(|n| json!({
                "id": n.key,
                "name": n.name,
                "kind": n.kind,
                "file": n.file,
                "group": n.group,
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
                "failures": e.failures.iter().map(|f| json!({
                    "reason": f.reason.as_str(),
                    "rule": f.rule,
                    "message": f.message,
                })).collect::<Vec<_>>(),
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
    fn module_paths() {
        assert_eq!(module_path("aws_s3_bucket.x"), None);
        assert_eq!(module_path("module.a.aws_s3_bucket.x"), Some("module.a"));
        assert_eq!(
            module_path("module.a[\"k.x\"].module.b.aws_s3_bucket.x"),
            Some("module.a[\"k.x\"].module.b")
        );
    }

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
