//! The data-flow picture: a small layered layout (columns left to right, edges as
//! curves) computed here and drawn as inline SVG by the template.
//!
//! Nodes are the resources that hold PHI or touch a data-flow edge. While a scan has no
//! [`EdgeKind::DataFlow`] edges, the references between data stores and compute stand
//! in for them, so the picture is never empty when there is something to show.

use crate::ScanResult;
use phiguard_model::{EdgeKind, Resource, ResourceId};
use phiguard_rules::DATA_STORES;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// More nodes than this make the picture unreadable; the rest are counted.
const MAX_NODES: usize = 60;
const NODE_W: f32 = 200.0;
const NODE_H: f32 = 52.0;
const GAP_X: f32 = 90.0;
const GAP_Y: f32 = 22.0;
const MARGIN: f32 = 16.0;
/// Nodes per row in the grid of resources with no edge.
const GRID_COLUMNS: usize = 4;

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
}

/// One arrow.
#[derive(Serialize)]
pub struct Edge {
    /// SVG path data.
    pub d: String,
    /// What creates the edge (tooltip).
    pub via: String,
}

/// The whole picture.
#[derive(Serialize)]
pub struct Diagram {
    /// Width of the drawing.
    pub width: f32,
    /// Height of the drawing.
    pub height: f32,
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

/// Lays out the picture; `None` when there is nothing to draw.
pub fn build(scan: &ScanResult) -> Option<Diagram> {
    let graph = &scan.graph;
    let flows: Vec<_> = graph
        .edges()
        .iter()
        .filter(|e| e.kind == EdgeKind::DataFlow)
        .collect();
    let (basis, picked) = if flows.is_empty() {
        let refs = graph
            .edges()
            .iter()
            .filter(|e| {
                let (a, b) = (graph.resource(e.from), graph.resource(e.to));
                let compute = |r: &Resource| COMPUTE.contains(&r.kind.as_str());
                (is_store(scan, a) && compute(b)) || (compute(a) && is_store(scan, b))
            })
            .collect();
        ("references", refs)
    } else {
        ("data flow", flows)
    };
    let failing: BTreeSet<ResourceId> = scan
        .findings
        .iter()
        .filter(|f| f.is_failure())
        .filter_map(|f| f.subject.as_ref().map(|s| s.id))
        .collect();
    let mut ids: BTreeSet<ResourceId> = graph
        .resources()
        .iter()
        .filter(|r| scan.phi.holds(r))
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
    let touches = |id: ResourceId| picked.iter().any(|e| e.from == id || e.to == id);
    ranked.sort_by_key(|&id| {
        (
            !failing.contains(&id),
            !scan.phi.holds(graph.resource(id)),
            !touches(id),
            id,
        )
    });
    let omitted = ranked.len().saturating_sub(MAX_NODES);
    ranked.truncate(MAX_NODES);
    ranked.sort();
    let index: BTreeMap<ResourceId, usize> =
        ranked.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut edges: Vec<(usize, usize, &str)> = picked
        .iter()
        .filter_map(|e| Some((*index.get(&e.from)?, *index.get(&e.to)?, e.via.as_str())))
        .filter(|(a, b, _)| a != b)
        .collect();
    edges.sort();
    edges.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);

    let n = ranked.len();
    let linked: Vec<bool> = (0..n)
        .map(|i| edges.iter().any(|&(a, b, _)| a == i || b == i))
        .collect();
    let layer = layers(n, &edges);
    let layer_count = (0..n)
        .filter(|&i| linked[i])
        .map(|i| layer[i] + 1)
        .max()
        .unwrap_or(0);
    let mut columns: Vec<Vec<usize>> = vec![Vec::new(); layer_count];
    for i in (0..n).filter(|&i| linked[i]) {
        columns[layer[i]].push(i);
    }
    order_columns(n, &mut columns, &edges);

    let mut pos = vec![(0.0f32, 0.0f32); n];
    let tallest = columns.iter().map(Vec::len).max().unwrap_or(0) as f32;
    let column_height = tallest * (NODE_H + GAP_Y) - GAP_Y;
    for (c, col) in columns.iter().enumerate() {
        let h = col.len() as f32 * (NODE_H + GAP_Y) - GAP_Y;
        let top = MARGIN + (column_height - h).max(0.0) / 2.0;
        for (k, &i) in col.iter().enumerate() {
            pos[i] = (
                MARGIN + c as f32 * (NODE_W + GAP_X),
                top + k as f32 * (NODE_H + GAP_Y),
            );
        }
    }
    let loose: Vec<usize> = (0..n).filter(|&i| !linked[i]).collect();
    let has_loose = !loose.is_empty();
    let layered_bottom = if layer_count > 0 {
        MARGIN + column_height + GAP_Y
    } else {
        0.0
    };
    let loose_y = layered_bottom + if layer_count > 0 { 24.0 } else { 8.0 };
    let grid_top = loose_y + 14.0;
    for (k, &i) in loose.iter().enumerate() {
        pos[i] = (
            MARGIN + (k % GRID_COLUMNS) as f32 * (NODE_W + GAP_Y),
            grid_top + (k / GRID_COLUMNS) as f32 * (NODE_H + GAP_Y),
        );
    }

    let nodes: Vec<Node> = ranked
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            let r = graph.resource(id);
            let kind = r.kind.strip_prefix("AWS::").unwrap_or(&r.kind).to_string();
            Node {
                x: pos[i].0,
                y: pos[i].1,
                w: NODE_W,
                h: NODE_H,
                label: clip(short_name(&r.name), 24),
                title: format!("{} ({})", r.name, r.source_type),
                kind: clip(&kind, 30),
                phi: scan.phi.holds(r),
                failing: failing.contains(&id),
            }
        })
        .collect();
    let edges = edges
        .iter()
        .map(|&(a, b, via)| {
            let (ax, ay) = pos[a];
            let (bx, by) = pos[b];
            let (x1, y1) = (ax + NODE_W, ay + NODE_H / 2.0);
            let (x2, y2) = (bx, by + NODE_H / 2.0);
            let d = if x2 > x1 {
                let dx = (x2 - x1) / 2.0;
                format!(
                    "M{x1:.1},{y1:.1} C{:.1},{y1:.1} {:.1},{y2:.1} {x2:.1},{y2:.1}",
                    x1 + dx,
                    x2 - dx
                )
            } else {
                // A back edge: leave from the bottom, loop under, arrive from the left.
                let (sx, sy) = (ax + NODE_W / 2.0, ay + NODE_H);
                let low = sy.max(by + NODE_H) + GAP_Y;
                format!(
                    "M{sx:.1},{sy:.1} C{sx:.1},{low:.1} {:.1},{low:.1} {x2:.1},{y2:.1}",
                    x2 - GAP_X / 2.0
                )
            };
            Edge {
                d,
                via: format!(
                    "{} → {} ({via})",
                    graph.resource(ranked[a]).name,
                    graph.resource(ranked[b]).name
                ),
            }
        })
        .collect();

    let width = {
        let layered = MARGIN * 2.0 + layer_count as f32 * (NODE_W + GAP_X) - GAP_X;
        let grid = MARGIN * 2.0 + loose.len().min(GRID_COLUMNS) as f32 * (NODE_W + GAP_Y) - GAP_Y;
        layered.max(grid).max(NODE_W + MARGIN * 2.0)
    };
    let height = if has_loose {
        grid_top + loose.len().div_ceil(GRID_COLUMNS) as f32 * (NODE_H + GAP_Y) - GAP_Y + MARGIN
    } else {
        layered_bottom + MARGIN
    };
    Some(Diagram {
        width,
        height,
        nodes,
        edges,
        basis,
        omitted,
        has_loose: has_loose && layer_count > 0,
        loose_y,
    })
}

/// Longest-path layering; edges that close a cycle are ignored.
fn layers(n: usize, edges: &[(usize, usize, &str)]) -> Vec<usize> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b, _) in edges {
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

/// Orders each column by the mean position of its neighbours (a few sweeps).
fn order_columns(n: usize, columns: &mut [Vec<usize>], edges: &[(usize, usize, &str)]) {
    let mut rank = vec![0.0f32; n];
    let set_ranks = |columns: &[Vec<usize>], rank: &mut [f32]| {
        for col in columns {
            for (k, &i) in col.iter().enumerate() {
                rank[i] = k as f32;
            }
        }
    };
    set_ranks(columns, &mut rank);
    for sweep in 0..4 {
        let forward = sweep % 2 == 0;
        let cols: Vec<usize> = if forward {
            (1..columns.len()).collect()
        } else {
            (0..columns.len().saturating_sub(1)).rev().collect()
        };
        for c in cols {
            let mut keyed: Vec<(f32, usize)> = columns[c]
                .iter()
                .enumerate()
                .map(|(k, &i)| {
                    let neighbours: Vec<f32> = edges
                        .iter()
                        .filter_map(|&(a, b, _)| {
                            if forward && b == i {
                                Some(rank[a])
                            } else if !forward && a == i {
                                Some(rank[b])
                            } else {
                                None
                            }
                        })
                        .collect();
                    let key = if neighbours.is_empty() {
                        k as f32
                    } else {
                        neighbours.iter().sum::<f32>() / neighbours.len() as f32
                    };
                    (key, i)
                })
                .collect();
            keyed.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
            columns[c] = keyed.into_iter().map(|(_, i)| i).collect();
            set_ranks(columns, &mut rank);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layering_breaks_cycles() {
        let e = [(0, 1, ""), (1, 2, ""), (2, 0, ""), (3, 1, "")];
        let l = layers(4, &e);
        assert!(l[1] > l[0] && l[2] > l[1]);
        assert!(l[1] > l[3]);
    }
}
