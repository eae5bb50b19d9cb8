//! Live scans: whether the graph came from a collection of live accounts (a
//! `phiguard::Collection` exists), which accounts and regions were read, when ("now" for
//! age checks), where a resource was read, and the gaps that turn an absence into
//! `unknown`. Template scans have no collection: rules that need live facts say nothing
//! there.

use crate::Outcome;
use chrono::{DateTime, Utc};
use phiguard_model::{Graph, Origin, Resource, Value};

/// The kind of the pseudo-resource a saved inventory adds (see `phiguard-inventory`).
pub(crate) const COLLECTION: &str = "phiguard::Collection";
/// The per-account pseudo-resource (root MFA, password policy).
pub(crate) const ACCOUNT: &str = "phiguard::Account";
/// The per-account-and-region pseudo-resource (EBS encryption by default).
pub(crate) const REGION: &str = "phiguard::Region";

/// One account and region a collection read.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Scope {
    pub account: String,
    pub region: String,
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "account {} region {}", self.account, self.region)
    }
}

/// Whether the scan read a live account (or a saved inventory of one).
pub(crate) fn is_live(g: &Graph) -> bool {
    g.of_kind(COLLECTION).next().is_some()
}

/// Every account and region that was read, sorted and without duplicates. `global`
/// scopes (IAM and other global services) are left out: they are no region.
pub(crate) fn scopes(g: &Graph) -> Vec<Scope> {
    let mut out: Vec<Scope> = g
        .of_kind(COLLECTION)
        .flat_map(|c| {
            c.get("Scopes")
                .node()
                .map(|n| n.items())
                .unwrap_or_default()
        })
        .filter_map(|s| {
            Some(Scope {
                account: s.get("Account").node()?.as_str()?.to_string(),
                region: s.get("Region").node()?.as_str()?.to_string(),
            })
        })
        .filter(|s| s.region != "global")
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The accounts that were read, sorted.
pub(crate) fn accounts(g: &Graph) -> Vec<String> {
    let mut out: Vec<String> = g
        .of_kind(COLLECTION)
        .flat_map(|c| {
            c.get("Scopes")
                .node()
                .map(|n| n.items())
                .unwrap_or_default()
        })
        .filter_map(|s| Some(s.get("Account").node()?.as_str()?.to_string()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Account and region of a live resource (`None` for a resource read from a file).
pub(crate) fn place(r: &Resource) -> Option<(&str, &str)> {
    match &r.origin {
        Origin::Arn(l) => Some((l.account.as_str(), l.region.as_str())),
        Origin::File(_) => None,
    }
}

/// Whether a live resource was read in this scope.
pub(crate) fn in_scope(r: &Resource, s: &Scope) -> bool {
    place(r).is_some_and(|(a, reg)| a == s.account && reg == s.region)
}

/// Whether a live resource was read in this account.
pub(crate) fn in_account(r: &Resource, account: &str) -> bool {
    place(r).is_some_and(|(a, _)| a == account)
}

/// The `phiguard::Account` resource of an account, to carry account-level findings.
pub(crate) fn account_resource<'g>(g: &'g Graph, account: &str) -> Option<&'g Resource> {
    g.of_kind(ACCOUNT).find(|r| in_account(r, account))
}

/// The `phiguard::Region` resource of a scope, to carry region-level findings.
pub(crate) fn region_resource<'g>(g: &'g Graph, s: &Scope) -> Option<&'g Resource> {
    g.of_kind(REGION).find(|r| in_scope(r, s))
}

/// `unknown` naming the refused call when `kind` (a companion resource such as a bucket
/// policy or a flow log) could not be listed where the live resource `r` was read; `None`
/// for resources read from files and where nothing was refused.
pub(crate) fn gap_near(g: &Graph, kind: &str, r: &Resource) -> Option<Outcome> {
    let (account, region) = place(r)?;
    gap(
        g,
        kind,
        &Scope {
            account: account.to_string(),
            region: region.to_string(),
        },
    )
}

/// For services enabled per account and region (GuardDuty, Security Hub, Config, Macie):
/// one outcome per scanned scope. `judge` answers for the live resources of `kind` read
/// there; where there are none, the outcome is `unknown` when the kind could not be listed
/// (naming the call) and `absent` (a failure) otherwise, carried by the scope's
/// `phiguard::Region` resource when there is one.
pub(crate) fn per_scope_said<'g>(
    g: &'g Graph,
    scopes: &[Scope],
    kind: &str,
    judge: impl Fn(&Scope, &[&'g Resource]) -> crate::ScanOutcome,
    absent: impl Fn(&Scope) -> Outcome,
) -> Vec<crate::ScanOutcome> {
    scopes
        .iter()
        .map(|s| {
            let found: Vec<&Resource> = g.of_kind(kind).filter(|r| in_scope(r, s)).collect();
            if !found.is_empty() {
                return judge(s, &found);
            }
            let carrier = region_resource(g, s).map(|r| r.id);
            let out = gap(g, kind, s).unwrap_or_else(|| absent(s));
            (carrier, out)
        })
        .collect()
}

/// Resources of `kind` read from files (templates, plans), for rules that judge them as
/// before beside the live ones.
pub(crate) fn from_files<'g>(g: &'g Graph, kind: &'g str) -> impl Iterator<Item = &'g Resource> {
    g.of_kind(kind).filter(|r| place(r).is_none())
}

/// An RFC 3339 time.
pub(crate) fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// "Now" for a live resource: when the collection it came from finished (the
/// collection of the same inventory, else the latest one). `Err` is the unknown outcome
/// saying why there is none.
pub(crate) fn now_for(g: &Graph, r: &Resource) -> Result<DateTime<Utc>, Outcome> {
    let times = |c: &Resource| {
        c.get("CollectedAt")
            .node()
            .and_then(|n| n.as_str())
            .and_then(parse_time)
    };
    let own = g.of_kind(COLLECTION).find(|c| c.unit == r.unit);
    if let Some(c) = own {
        return times(c).ok_or_else(|| {
            Outcome::unknown(
                "the inventory's collected_at is not an RFC 3339 time, so no age can be computed",
            )
            .l10n("live-collected-at-invalid", &[])
        });
    }
    g.of_kind(COLLECTION)
        .filter_map(times)
        .max()
        .ok_or_else(|| {
            Outcome::unknown("the scan has no collection time, so no age can be computed")
                .l10n("live-no-collection-time", &[])
        })
}

/// `unknown` naming the refused call when a collection could not list `kind` in this
/// account and region (or account-wide): the absence of such resources proves nothing.
pub(crate) fn gap(g: &Graph, kind: &str, s: &Scope) -> Option<Outcome> {
    let gaps: Vec<_> = g
        .gaps_for(kind)
        .filter(|x| x.account == s.account && (x.region == s.region || x.region == "global"))
        .collect();
    let first = gaps.first()?;
    Some(
        Outcome::unknown(format!(
            "{kind} could not be listed in {s}: {} failed ({}), so its absence proves nothing",
            first.action, first.reason
        ))
        .l10n(
            "live-gap",
            &[
                ("kind", kind),
                ("account", &s.account),
                ("region", &s.region),
                ("action", &first.action),
                ("reason", &first.reason),
            ],
        ),
    )
}

/// The text of a string value, or the target of a reference (the inventory adapter turns
/// a string naming another collected resource into a reference to it).
pub(crate) fn text_or_target(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s),
        Value::Ref { target, .. } => Some(target),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rfc3339_in_any_offset() {
        let a = parse_time("2026-12-07T04:00:00Z").unwrap();
        let b = parse_time("2026-12-07T05:00:00+01:00").unwrap();
        assert_eq!(a, b);
        assert!(parse_time("yesterday").is_none());
    }
}
