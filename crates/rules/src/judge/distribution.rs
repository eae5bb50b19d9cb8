//! The parts of a CloudFront distribution several rules read: its cache behaviors and
//! their viewer protocol policies.

use crate::Outcome;
use crate::outcome::path_unknown;
use phiguard_model::{Lookup, Node, Resource};

/// Every cache behavior of a distribution, with its path (`Err`: not resolvable).
pub fn behaviors(r: &Resource) -> Vec<(String, Result<&Node, Outcome>)> {
    let mut out = Vec::new();
    let default = "DistributionConfig.DefaultCacheBehavior";
    match r.get(default) {
        Lookup::Set(b) => out.push((default.to_string(), Ok(b))),
        Lookup::Unknown(n) => out.push((default.to_string(), Err(path_unknown(default, n)))),
        Lookup::Absent => {}
    }
    let others = "DistributionConfig.CacheBehaviors";
    match r.get(others) {
        Lookup::Set(list) => {
            for (i, b) in list.items().iter().enumerate() {
                out.push((format!("{others}.{i}"), Ok(b)));
            }
        }
        Lookup::Unknown(n) => out.push((others.to_string(), Err(path_unknown(others, n)))),
        Lookup::Absent => {}
    }
    out
}

/// The viewer protocol policy of one behavior: `Ok(true)` when HTTPS is required.
pub fn viewer_https(b: &Node) -> Result<(bool, &Node), Option<&Node>> {
    match b.get("ViewerProtocolPolicy") {
        Lookup::Set(p) => match p.as_str().map(str::to_ascii_lowercase).as_deref() {
            Some("redirect-to-https" | "https-only") => Ok((true, p)),
            Some("allow-all") => Ok((false, p)),
            _ => Err(Some(p)),
        },
        Lookup::Unknown(p) => Err(Some(p)),
        Lookup::Absent => Err(None),
    }
}
