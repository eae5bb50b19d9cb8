//! A finding's fingerprint: a stable identity across scans, for baselines, `phiguard
//! diff`, SARIF `partialFingerprints` and Security Hub ids.
//!
//! It hashes the rule id, the unit the resource belongs to (the template or plan file; a
//! Terraform root module's folder, so a resource may move between its `.tf` files), the
//! resource's name within that unit (logical id, Terraform address, ARN) and, for rules
//! that judge the scan as a whole and may say several things about one resource, the
//! attribute path the verdict rests on. It leaves out lines, columns and the message, so
//! moving, reformatting or re-wording a template keeps it; the path is left out for
//! per-resource rules (one finding per resource) because it changes with the verdict
//! (a missing setting and a present one are reported at different paths).

use crate::{Check, Finding};
use phiguard_model::{Graph, Origin};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;

/// A path as it is hashed: `/` separators, without a leading `./`.
fn normal(p: &str) -> String {
    let mut p = p.replace('\\', "/");
    while let Some(rest) = p.strip_prefix("./") {
        p = rest.to_string();
    }
    p
}

fn is_terraform(file: &str) -> bool {
    file.ends_with(".tf") || file.ends_with(".tf.json")
}

/// Each unit's identity: its file, or the folder of a Terraform root module.
pub fn unit_keys(graph: &Graph) -> HashMap<u32, String> {
    let mut keys: HashMap<u32, String> = HashMap::new();
    for r in graph.resources() {
        let Origin::File(l) = &r.origin else { continue };
        let key = if is_terraform(&l.file) {
            Path::new(&*l.file)
                .parent()
                .map_or_else(String::new, |d| d.to_string_lossy().into_owned())
        } else {
            l.file.to_string()
        };
        // A Terraform unit's root module is where its non-module resources live.
        let root = !r.name.starts_with("module.");
        match keys.get(&r.unit) {
            Some(_) if !root || !is_terraform(&l.file) => {}
            _ => {
                keys.insert(r.unit, normal(&key));
            }
        }
    }
    keys
}

/// The fingerprint of `f` (32 hex digits).
pub fn of(keys: &HashMap<u32, String>, graph: &Graph, f: &Finding) -> String {
    let mut h = Sha256::new();
    h.update(f.rule.id.as_bytes());
    h.update([0]);
    if let Some(s) = &f.subject {
        let r = graph.resource(s.id);
        h.update(keys.get(&r.unit).map_or("", String::as_str).as_bytes());
        h.update([0]);
        h.update(s.name.as_bytes());
    }
    h.update([0]);
    if matches!(f.rule.check, Check::Scan(_)) {
        h.update(f.path.as_deref().unwrap_or("").as_bytes());
    }
    h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
