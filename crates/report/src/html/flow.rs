//! The data-flow picture, drawn as inline SVG by the template and laid out here with the
//! standard layered (Sugiyama) steps: cycles broken, longest-path layers as columns left
//! to right, then barycenter sweeps that reorder each column to cut edge crossings.
//! Resources are drawn in one labelled band per template or Terraform module (and one for
//! services outside the scan), so equal logical ids of different templates stay apart.
//! PHI-carrying hops are thick and orange, failing hops red with their reasons on hover
//! and listed under the picture.
//!
//! Nodes are the resources that hold PHI or touch a data-flow edge. While a scan has no
//! [`EdgeKind::DataFlow`] edges, the references between data stores and compute stand
//! in for them, so the picture is never empty when there is something to show.

use crate::ScanResult;
use crate::flow_graph::{FlowGraph, group_of};
use phiguard_i18n::Tr;

use crate::flow_graph::reason;
use phiguard_model::{EdgeKind, Resource, ResourceId};
use phiguard_rules::DATA_STORES;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// More nodes than this make the picture unreadable; the rest are counted.
const MAX_NODES: usize = 240;
const NODE_W: f32 = 190.0;
const NODE_H: f32 = 46.0;
const GAP_X: f32 = 76.0;
const GAP_Y: f32 = 14.0;
const MARGIN: f32 = 16.0;
/// Height of the lane an edge takes where it crosses a column.
const DUMMY_H: f32 = 10.0;
/// Room for a band's label above its nodes, and between bands.
const BAND_HEAD: f32 = 26.0;
const BAND_GAP: f32 = 18.0;
/// Nodes per row in the grid of resources with no edge.
const GRID_COLUMNS: usize = 4;
/// Failing hops listed under the picture (the rest are counted).
const MAX_LISTED: usize = 25;
/// Kinds that run code or move data (the compute end of a fallback edge).
const COMPUTE: &[&str] = &[
    "AWS::Lambda::Function",
    "AWS::EC2::Instance",
    "AWS::EC2::LaunchTemplate",
    "AWS::AutoScaling::AutoScalingGroup",
    "AWS::AutoScaling::LaunchConfiguration",
    "AWS::ECS::TaskDefinition",
    "AWS::ECS::Service",
    "AWS::EKS::Cluster",
    "AWS::EKS::Nodegroup",
    "AWS::Batch::JobDefinition",
    "AWS::Glue::Job",
    "AWS::Glue::Crawler",
    "AWS::StepFunctions::StateMachine",
    "AWS::ApiGateway::RestApi",
    "AWS::ApiGateway::Method",
    "AWS::ApiGatewayV2::Api",
    "AWS::ApiGatewayV2::Integration",
    "AWS::AppSync::DataSource",
    "AWS::SageMaker::NotebookInstance",
    "AWS::SageMaker::Model",
    "AWS::ElasticBeanstalk::Environment",
    "AWS::EMR::Cluster",
    "AWS::KinesisFirehose::DeliveryStream",
    "AWS::Lambda::EventSourceMapping",
    "AWS::Events::Rule",
    "AWS::Pipes::Pipe",
    "AWS::DMS::ReplicationTask",
    "AWS::Transfer::Server",
    "AWS::CloudFront::Distribution",
    "AWS::ElasticLoadBalancingV2::LoadBalancer",
    "AWS::SNS::Subscription",
];

/// One box.
#[derive(Serialize)]
pub struct Node {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// Name, shortened to fit.
    pub label: String,
    /// Full name and type (tooltip).
    pub title: String,
    /// AWS type without the `AWS::` prefix.
    pub kind: String,
    /// Holds (or is assumed to hold) PHI.
    pub phi: bool,
    /// Has a failing finding.
    pub failing: bool,
    /// A service outside the scan.
    pub external: bool,
}

/// One arrow.
#[derive(Serialize)]
pub struct Edge {
    /// SVG path data.
    pub d: String,
    /// What creates the edge, and why it fails (tooltip).
    pub via: String,
    /// Carries PHI.
    pub phi: bool,
    /// Carries PHI and fails.
    pub failing: bool,
}

/// One labelled band: the resources of one template or module.
#[derive(Serialize)]
pub struct Band {
    /// Top edge.
    pub y: f32,
    /// Height.
    pub h: f32,
    /// Template file, module, or "AWS services outside this scan".
    pub label: String,
}

/// A failing hop, for the list under the picture.
#[derive(Serialize)]
pub struct FailingHop {
    /// `From → To`.
    pub hop: String,
    /// The reasons, comma-separated.
    pub reasons: String,
}

/// The whole picture.
#[derive(Serialize)]
pub struct Diagram {
    /// Width of the drawing.
    pub width: f32,
    /// Height of the drawing.
    pub height: f32,
    /// Template / module bands.
    pub bands: Vec<Band>,
    /// Boxes.
    pub nodes: Vec<Node>,
    /// Arrows.
    pub edges: Vec<Edge>,
    /// `data flow` or `references` (the fallback).
    pub basis: &'static str,
    /// Resources left out to keep the picture readable.
    pub omitted: usize,
    /// Whether there is a grid of resources without edges below the layers.
    pub has_loose: bool,
    /// Top of that grid (for its caption).
    pub loose_y: f32,
    /// Failing hops with their reasons (at most [`MAX_LISTED`]).
    pub failing_hops: Vec<FailingHop>,
    /// Failing hops not listed.
    pub failing_more: usize,
}

fn is_store(scan: &ScanResult, r: &Resource) -> bool {
    scan.phi.holds(r) || DATA_STORES.contains(&r.kind.as_str())
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max - 1).collect();
        out.push('…');
        out
    }
}

/// A long path keeps its end (the file name tells bands apart): `…/RDS/replica.yaml`.
fn clip_start(s: &str, max: usize) -> String {
    let count = s.chars().count();
    if count <= max {
        s.to_string()
    } else {
        let mut out = String::from("…");
        out.extend(s.chars().skip(count - (max - 1)));
        out
    }
}

/// A live resource's ARN is long and starts alike for every resource: keep its last part.
fn short_name(name: &str) -> &str {
    if name.starts_with("arn:") {
        name.rsplit([':', '/'])
            .find(|s| !s.is_empty())
            .unwrap_or(name)
    } else {
        name
    }
}

/// An edge to draw: from, to (resources), what creates it, whether it carries PHI, and
/// why it fails.
struct Picked {
    from: ResourceId,
    to: ResourceId,
    via: String,
    phi: bool,
    reasons: Vec<&'static str>,
}

/// The edges to draw: data flows (with PHI and failure reasons), else references
/// between stores and compute.
fn pick(tr: Tr, scan: &ScanResult) -> (&'static str, Vec<Picked>) {
    let graph = &scan.graph;
    if graph.edges().iter().any(|e| e.kind == EdgeKind::DataFlow) {
        let fg = FlowGraph::new(tr, scan);
        let edges = fg
            .edges
            .iter()
            .map(|e| {
                let mut via = e.via.clone();
                for f in &e.failures {
                    let line = tr.args(
                        "flow-fails",
                        &[
                            ("reason", reason(tr, f.reason.as_str()).into()),
                            ("rule", f.rule.into()),
                            ("message", f.message.as_str().into()),
                        ],
                    );
                    via.push('\n');
                    via.push_str(&line);
                }
                Picked {
                    from: e.from_id,
                    to: e.to_id,
                    via,
                    phi: e.carries_phi,
                    reasons: e.reasons(),
                }
            })
            .collect();
        return ("data flow", edges);
    }
    let compute = |r: &Resource| COMPUTE.contains(&r.kind.as_str());
    let refs = graph
        .edges()
        .iter()
        .filter(|e| {
            let (a, b) = (graph.resource(e.from), graph.resource(e.to));
            (is_store(scan, a) && compute(b)) || (compute(a) && is_store(scan, b))
        })
        .map(|e| Picked {
            from: e.from,
            to: e.to,
            via: e.via.clone(),
            phi: false,
            reasons: Vec::new(),
        })
        .collect();
    ("references", refs)
}

/// An edge between two nodes of the picture (indexes), merged over mechanisms.
struct Arrow {
    a: usize,
    b: usize,
    via: Vec<String>,
    phi: bool,
    reasons: Vec<&'static str>,
}

/// Lays out the picture; `None` when there is nothing to draw.
pub fn build(tr: Tr, scan: &ScanResult) -> Option<Diagram> {
    let graph = &scan.graph;
    let (basis, picked) = pick(tr, scan);
    let failing: BTreeSet<ResourceId> = scan
        .findings
        .iter()
        .filter(|f| f.is_failure())
        .filter_map(|f| f.subject.as_ref().map(|s| s.id))
        .collect();
    let mut ids: BTreeSet<ResourceId> = graph
        .resources()
        .iter()
        .filter(|r| scan.phi.holds(r) && !r.kind.starts_with("phiguard::Template"))
        .map(|r| r.id)
        .collect();
    for e in &picked {
        ids.insert(e.from);
        ids.insert(e.to);
    }
    if ids.is_empty() {
        return None;
    }
    // Keep the most telling nodes when there are too many.
    let mut ranked: Vec<ResourceId> = ids.into_iter().collect();
    let touches: BTreeSet<ResourceId> = picked.iter().flat_map(|e| [e.from, e.to]).collect();
    ranked.sort_by_key(|&id| {
        (
            !failing.contains(&id),
            !scan.phi.holds(graph.resource(id)),
            !touches.contains(&id),
            id,
        )
    });
    let omitted = ranked.len().saturating_sub(MAX_NODES);
    ranked.truncate(MAX_NODES);
    ranked.sort();
    let index: BTreeMap<ResourceId, usize> =
        ranked.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut merged: BTreeMap<(usize, usize), Arrow> = BTreeMap::new();
    for e in &picked {
        let (Some(&a), Some(&b)) = (index.get(&e.from), index.get(&e.to)) else {
            continue;
        };
        if a == b {
            continue;
        }
        let arrow = merged.entry((a, b)).or_insert_with(|| Arrow {
            a,
            b,
            via: Vec::new(),
            phi: false,
            reasons: Vec::new(),
        });
        arrow.via.push(e.via.clone());
        arrow.phi |= e.phi;
        for r in &e.reasons {
            if !arrow.reasons.contains(r) {
                arrow.reasons.push(r);
            }
        }
    }
    let arrows: Vec<Arrow> = merged.into_values().collect();
    let pairs: Vec<(usize, usize)> = arrows.iter().map(|a| (a.a, a.b)).collect();

    let n = ranked.len();
    let mut linked = vec![false; n];
    for &(a, b) in &pairs {
        linked[a] = true;
        linked[b] = true;
    }
    // Bands: one per template / module, in order of first appearance.
    let group_names: Vec<String> = ranked
        .iter()
        .map(|&id| group_of(tr, graph.resource(id)))
        .collect();
    let mut bands: Vec<String> = Vec::new();
    let group: Vec<usize> = group_names
        .iter()
        .map(|g| match bands.iter().position(|b| b == g) {
            Some(i) => i,
            None => {
                bands.push(g.clone());
                bands.len() - 1
            }
        })
        .collect();

    let layer = layers(n, &pairs);
    let layer_count = (0..n)
        .filter(|&i| linked[i])
        .map(|i| layer[i] + 1)
        .max()
        .unwrap_or(0);
    // Edges spanning several columns run through dummy points, one per column crossed
    // (in the band of the edge's source), so they pass between boxes, not over them,
    // and take part in the ordering.
    let mut ext_group = group.clone();
    let mut ext_layer = layer.clone();
    let mut chains: Vec<Vec<usize>> = Vec::with_capacity(arrows.len());
    let mut ext_edges: Vec<(usize, usize)> = Vec::new();
    for &(a, b) in &pairs {
        let mut chain = vec![a];
        for l in layer[a] + 1..layer[b] {
            ext_group.push(group[a]);
            ext_layer.push(l);
            chain.push(ext_group.len() - 1);
        }
        chain.push(b);
        ext_edges.extend(chain.windows(2).map(|w| (w[0], w[1])));
        chains.push(chain);
    }
    let total = ext_group.len();
    let height_of = |i: usize| if i < n { NODE_H + GAP_Y } else { DUMMY_H };
    let mut columns: Vec<Vec<usize>> = vec![Vec::new(); layer_count];
    for i in (0..total).filter(|&i| i >= n || linked[i]) {
        columns[ext_layer[i]].push(i);
    }
    let band_order = order(&mut columns, &ext_edges, &ext_group, bands.len());

    // Band heights: the tallest column of the band.
    let mut rows = vec![0.0f32; bands.len()];
    for col in &columns {
        let mut h = vec![0.0f32; bands.len()];
        for &i in col {
            h[ext_group[i]] += height_of(i);
        }
        for (b, h) in h.into_iter().enumerate() {
            rows[b] = rows[b].max(h);
        }
    }
    let mut band_top = vec![0.0f32; bands.len()];
    let mut drawn_bands = Vec::new();
    let mut y = MARGIN;
    for &b in &band_order {
        if rows[b] == 0.0 {
            continue;
        }
        band_top[b] = y + BAND_HEAD;
        let h = BAND_HEAD + rows[b];
        drawn_bands.push(Band {
            y,
            h,
            label: clip_start(&bands[b], 90),
        });
        y += h + BAND_GAP;
    }
    let layered_bottom = y;
    let mut pos = vec![(0.0f32, 0.0f32); total];
    for (c, col) in columns.iter().enumerate() {
        let mut used = vec![0.0f32; bands.len()];
        for &i in col {
            let b = ext_group[i];
            pos[i] = (
                MARGIN + 8.0 + c as f32 * (NODE_W + GAP_X),
                band_top[b] + used[b],
            );
            used[b] += height_of(i);
        }
    }
    let loose: Vec<usize> = (0..n).filter(|&i| !linked[i]).collect();
    let has_loose = !loose.is_empty();
    let loose_y = layered_bottom + if layer_count > 0 { 10.0 } else { 0.0 };
    let grid_top = loose_y + 14.0;
    for (k, &i) in loose.iter().enumerate() {
        pos[i] = (
            MARGIN + 8.0 + (k % GRID_COLUMNS) as f32 * (NODE_W + GAP_Y),
            grid_top + (k / GRID_COLUMNS) as f32 * (NODE_H + GAP_Y),
        );
    }

    let nodes: Vec<Node> = ranked
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            let r = graph.resource(id);
            let external = phiguard_flow::is_external(r);
            let kind = if external {
                "AWS service, outside this scan".to_string()
            } else {
                r.kind.strip_prefix("AWS::").unwrap_or(&r.kind).to_string()
            };
            let name = if external {
                r.name.trim_end_matches(" (outside this scan)")
            } else {
                short_name(&r.name)
            };
            Node {
                x: pos[i].0,
                y: pos[i].1,
                w: NODE_W,
                h: NODE_H,
                label: clip(name, 22),
                title: tr.args(
                    "flow-node-title",
                    &[
                        ("name", r.name.as_str().into()),
                        ("type", r.source_type.as_str().into()),
                        ("group", group_names[i].as_str().into()),
                    ],
                ),
                kind: clip(&kind, 30),
                phi: scan.phi.holds(r),
                failing: failing.contains(&id),
                external,
            }
        })
        .collect();
    // In the list of failing hops, a name says its template when there are several.
    let name = |i: usize| {
        let r = graph.resource(ranked[i]);
        if drawn_bands.len() > 1 && !phiguard_flow::is_external(r) {
            let g = &group_names[i];
            // A template by its file name; a module label as it is.
            let short = if g.ends_with(')') {
                g.as_str()
            } else {
                g.rsplit(['/', '\\']).next().unwrap_or(g)
            };
            format!("{} ({short})", r.name)
        } else {
            r.name.clone()
        }
    };
    let mut failing_hops = Vec::new();
    let mut failing_count = 0;
    let edges = arrows
        .iter()
        .zip(&chains)
        .map(|(arrow, chain)| {
            let (a, b) = (arrow.a, arrow.b);
            let (ax, ay) = pos[a];
            let (bx, by) = pos[b];
            let d = if layer[b] > layer[a] {
                // Left to right through the dummy points: a curve between columns, a
                // straight run across each column crossed.
                let (mut x, mut y) = (ax + NODE_W, ay + NODE_H / 2.0);
                let mut d = format!("M{x:.1},{y:.1}");
                for &p in &chain[1..] {
                    let (px, py) = pos[p];
                    let ny = if p < n {
                        py + NODE_H / 2.0
                    } else {
                        py + DUMMY_H / 2.0
                    };
                    let dx = (px - x) / 2.0;
                    d.push_str(&format!(
                        " C{:.1},{y:.1} {:.1},{ny:.1} {px:.1},{ny:.1}",
                        x + dx,
                        px - dx
                    ));
                    (x, y) = (px, ny);
                    if p >= n {
                        x = px + NODE_W;
                        d.push_str(&format!(" L{x:.1},{y:.1}"));
                    }
                }
                d
            } else {
                // A back edge (closing a cycle, or a response): from the bottom of one
                // box to the bottom of the other, in a curve under both.
                let (sx, sy) = (ax + NODE_W * 0.6, ay + NODE_H);
                let (ex, ey) = (bx + NODE_W * 0.4, by + NODE_H);
                let low = sy.max(ey) + GAP_Y * 1.5;
                format!("M{sx:.1},{sy:.1} C{sx:.1},{low:.1} {ex:.1},{low:.1} {ex:.1},{ey:.1}")
            };
            let failing = arrow.phi && !arrow.reasons.is_empty();
            if failing {
                failing_count += 1;
                if failing_hops.len() < MAX_LISTED {
                    failing_hops.push(FailingHop {
                        hop: format!("{} → {}", name(a), name(b)),
                        reasons: arrow
                            .reasons
                            .iter()
                            .map(|r| reason(tr, r))
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                }
            }
            Edge {
                d,
                via: format!("{} → {}\n{}", name(a), name(b), arrow.via.join("\n")),
                phi: arrow.phi,
                failing,
            }
        })
        .collect();

    let width = {
        let layered = MARGIN * 2.0 + 16.0 + layer_count as f32 * (NODE_W + GAP_X) - GAP_X;
        let grid =
            MARGIN * 2.0 + 16.0 + loose.len().min(GRID_COLUMNS) as f32 * (NODE_W + GAP_Y) - GAP_Y;
        layered.max(grid).max(NODE_W + MARGIN * 2.0 + 16.0)
    };
    let height = if has_loose {
        grid_top + loose.len().div_ceil(GRID_COLUMNS) as f32 * (NODE_H + GAP_Y) - GAP_Y + MARGIN
    } else {
        layered_bottom + MARGIN
    };
    Some(Diagram {
        width,
        height,
        bands: drawn_bands,
        nodes,
        edges,
        basis,
        omitted,
        has_loose: has_loose && layer_count > 0,
        loose_y,
        failing_more: failing_count - failing_hops.len(),
        failing_hops,
    })
}

/// Longest-path layering; edges that close a cycle are ignored.
fn layers(n: usize, edges: &[(usize, usize)]) -> Vec<usize> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in edges {
        out[a].push(b);
    }
    // Depth-first order marks the edges that go back to a node on the current path.
    let mut state = vec![0u8; n]; // 0 new, 1 on path, 2 done
    let mut back = BTreeSet::new();
    let mut topo = Vec::with_capacity(n);
    for start in 0..n {
        if state[start] != 0 {
            continue;
        }
        let mut stack = vec![(start, 0usize)];
        state[start] = 1;
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            if let Some(&w) = out[v].get(*next) {
                *next += 1;
                match state[w] {
                    0 => {
                        state[w] = 1;
                        stack.push((w, 0));
                    }
                    1 => {
                        back.insert((v, w));
                    }
                    _ => {}
                }
            } else {
                state[v] = 2;
                topo.push(v);
                stack.pop();
            }
        }
    }
    let mut layer = vec![0usize; n];
    for &v in topo.iter().rev() {
        for &w in &out[v] {
            if !back.contains(&(v, w)) {
                layer[w] = layer[w].max(layer[v] + 1);
            }
        }
    }
    layer
}

/// Edge crossings between adjacent columns (edges spanning more columns, or going back,
/// are not counted): the quantity the ordering minimises.
fn crossings(columns: &[Vec<usize>], edges: &[(usize, usize)], n: usize) -> usize {
    let mut col = vec![usize::MAX; n];
    let mut rank = vec![0usize; n];
    for (c, nodes) in columns.iter().enumerate() {
        for (k, &i) in nodes.iter().enumerate() {
            col[i] = c;
            rank[i] = k;
        }
    }
    let mut total = 0;
    for c in 0..columns.len().saturating_sub(1) {
        let between: Vec<(usize, usize)> = edges
            .iter()
            .filter_map(|&(a, b)| {
                if col[a] == c && col[b] == c + 1 {
                    Some((rank[a], rank[b]))
                } else if col[b] == c && col[a] == c + 1 {
                    Some((rank[b], rank[a]))
                } else {
                    None
                }
            })
            .collect();
        for (i, &(a1, b1)) in between.iter().enumerate() {
            for &(a2, b2) in &between[i + 1..] {
                if (a1 < a2 && b1 > b2) || (a1 > a2 && b1 < b2) {
                    total += 1;
                }
            }
        }
    }
    total
}

/// Orders the columns to cut crossings, keeping each band's nodes together: bands are
/// ordered by the mean position of their nodes' neighbours, and nodes within a band
/// by barycenter, in alternating down and up sweeps (the standard Sugiyama step). The
/// best ordering seen is kept. Returns the band order.
fn order(
    columns: &mut [Vec<usize>],
    edges: &[(usize, usize)],
    group: &[usize],
    band_count: usize,
) -> Vec<usize> {
    let n = group.len();
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in edges {
        neighbours[a].push(b);
        neighbours[b].push(a);
    }
    // Global vertical slot of each node: band order first, then rank in the column.
    let slots = |columns: &[Vec<usize>], band_rank: &[usize]| {
        let mut slot = vec![0.0f32; n];
        for col in columns {
            for (k, &i) in col.iter().enumerate() {
                slot[i] = (band_rank[group[i]] * n + k) as f32;
            }
        }
        slot
    };
    let mut band_rank: Vec<usize> = (0..band_count).collect();
    for col in columns.iter_mut() {
        col.sort_by_key(|&i| (group[i], i));
    }
    let mut best = (
        crossings(columns, edges, n),
        columns.to_vec(),
        band_rank.clone(),
    );
    for sweep in 0..8 {
        let slot = slots(columns, &band_rank);
        // Bands by the mean slot of their nodes' neighbours in other bands.
        let mut key = vec![(0.0f32, 0usize); band_count];
        for i in 0..n {
            for &j in &neighbours[i] {
                if group[j] != group[i] {
                    key[group[i]].0 += slot[j];
                    key[group[i]].1 += 1;
                }
            }
        }
        let mut order: Vec<usize> = (0..band_count).collect();
        order.sort_by(|&x, &y| {
            let mean = |b: usize| {
                if key[b].1 == 0 {
                    (band_rank[b] * n) as f32
                } else {
                    key[b].0 / key[b].1 as f32
                }
            };
            mean(x).total_cmp(&mean(y)).then(x.cmp(&y))
        });
        for (r, &b) in order.iter().enumerate() {
            band_rank[b] = r;
        }
        let forward = sweep % 2 == 0;
        let cols: Vec<usize> = if forward {
            (1..columns.len()).collect()
        } else {
            (0..columns.len().saturating_sub(1)).rev().collect()
        };
        let mut slot = slots(columns, &band_rank);
        for c in cols {
            let fixed = if forward { c - 1 } else { c + 1 };
            let in_fixed: BTreeSet<usize> = columns[fixed].iter().copied().collect();
            let mut keyed: Vec<(usize, f32, usize)> = columns[c]
                .iter()
                .map(|&i| {
                    let near: Vec<f32> = neighbours[i]
                        .iter()
                        .filter(|j| in_fixed.contains(j))
                        .map(|&j| slot[j])
                        .collect();
                    let bary = if near.is_empty() {
                        slot[i]
                    } else {
                        near.iter().sum::<f32>() / near.len() as f32
                    };
                    (band_rank[group[i]], bary, i)
                })
                .collect();
            keyed.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.total_cmp(&y.1)).then(x.2.cmp(&y.2)));
            columns[c] = keyed.into_iter().map(|(_, _, i)| i).collect();
            slot = slots(columns, &band_rank);
        }
        let now = crossings(columns, edges, n);
        if now < best.0 {
            best = (now, columns.to_vec(), band_rank.clone());
        }
    }
    columns.clone_from_slice(&best.1);
    let mut order: Vec<usize> = (0..band_count).collect();
    order.sort_by_key(|&b| best.2[b]);
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_band_labels_keep_their_end() {
        assert_eq!(clip_start("a/b/c.yaml", 20), "a/b/c.yaml");
        assert_eq!(clip_start("abcdefghij/c.yaml", 8), "…/c.yaml");
    }

    #[test]
    fn layering_breaks_cycles() {
        let e = [(0, 1), (1, 2), (2, 0), (3, 1)];
        let l = layers(4, &e);
        assert!(l[1] > l[0] && l[2] > l[1]);
        assert!(l[1] > l[3]);
    }

    /// A scan of `(name, kind)` resources in one template with data flows between them.
    fn scan(resources: &[(&str, &str)], flows: &[(usize, usize)]) -> ScanResult {
        use phiguard_model::{Edge, Graph, Location, Node, Origin, Resource};
        let mut g = Graph::new();
        g.add_unit(
            resources
                .iter()
                .map(|(name, kind)| Resource {
                    id: ResourceId(0),
                    unit: 0,
                    name: name.to_string(),
                    kind: kind.to_string(),
                    source_type: kind.to_string(),
                    origin: Origin::File(Location::new("t.yaml".into(), 1, 1)),
                    attributes: Node::empty_map(),
                    tags: Vec::new(),
                    condition: None,
                })
                .collect(),
        );
        for &(a, b) in flows {
            g.add_edge(Edge {
                from: ResourceId(a as u32),
                to: ResourceId(b as u32),
                kind: EdgeKind::DataFlow,
                via: "test".into(),
            });
        }
        let phi = phiguard_rules::PhiMap::new(&g, &Default::default());
        ScanResult {
            graph: g,
            findings: Vec::new(),
            diagnostics: Vec::new(),
            inputs: Vec::new(),
            phi_assumed: true,
            phi,
            attestations: Vec::new(),
            scanned_at: String::new(),
            rule_count: 0,
            scope: Default::default(),
        }
    }

    /// An edge that skips a column runs through a lane beside the boxes of that column.
    #[test]
    fn long_edges_run_between_boxes() {
        let d = build(
            Tr::default(),
            &scan(
                &[
                    ("Records", "AWS::S3::Bucket"),
                    ("Worker", "AWS::Lambda::Function"),
                    ("Outbox", "AWS::SQS::Queue"),
                ],
                &[(0, 1), (1, 2), (0, 2)],
            ),
        )
        .unwrap();
        let worker = d.nodes.iter().find(|n| n.label == "Worker").unwrap();
        let long = d
            .edges
            .iter()
            .find(|e| e.via.starts_with("Records → Outbox"))
            .unwrap();
        // `… L<x>,<y>`: the straight run across Worker's column.
        let run = long.d.split(" L").nth(1).expect("a straight run");
        let (x, y) = run.split_once(',').unwrap();
        let (x, y): (f32, f32) = (
            x.parse().unwrap(),
            y.split(' ').next().unwrap().parse().unwrap(),
        );
        assert!((x - (worker.x + worker.w)).abs() < 0.5, "{}", long.d);
        assert!(
            y < worker.y || y > worker.y + worker.h,
            "the lane crosses Worker: {}",
            long.d
        );
    }

    /// Two columns of five, wired so that the input order crosses nearly every pair.
    #[test]
    fn ordering_cuts_crossings() {
        // Left 0..5, right 5..10: i → 9 - i reverses the order, plus two more edges.
        let mut edges: Vec<(usize, usize)> = (0..5).map(|i| (i, 9 - i)).collect();
        edges.extend([(0, 8), (4, 6)]);
        let mut columns = vec![(0..5).collect::<Vec<_>>(), (5..10).collect::<Vec<_>>()];
        let before = crossings(&columns, &edges, 10);
        assert_eq!(before, 17);
        order(&mut columns, &edges, &[0; 10], 1);
        let after = crossings(&columns, &edges, 10);
        assert_eq!(after, 0, "{columns:?}");
    }

    /// Bands stay together while their order follows the edges between them.
    #[test]
    fn bands_keep_their_nodes_together_and_follow_their_edges() {
        // Column 0: a0 (band 0), b0 (band 1); column 1: b1 (band 1), a1 (band 0).
        // Edges a0 → a1, b0 → b1; plus c (band 2) whose edges go to band 1.
        let group = [0, 1, 1, 0, 2];
        let edges = [(0, 3), (1, 2), (4, 2)];
        let mut columns = vec![vec![0, 1, 4], vec![2, 3]];
        let bands = order(&mut columns, &edges, &group, 3);
        assert_eq!(crossings(&columns, &edges, 5), 0, "{columns:?} {bands:?}");
        for col in &columns {
            let seen: Vec<usize> = col.iter().map(|&i| group[i]).collect();
            let mut dedup = seen.clone();
            dedup.dedup();
            let distinct: BTreeSet<usize> = seen.iter().copied().collect();
            assert_eq!(dedup.len(), distinct.len(), "a band split: {seen:?}");
        }
    }
}
