//! IoT policies do not grant every IoT action on every resource.
use crate::judge::policy::{document, statements, strings, unresolved_l10n};
use crate::judge::reference::{said, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "iot-policy-no-wildcard",
    title: "IoT policies do not allow iot:* (or *) on every resource",
    severity: Severity::Medium,
    service: "AWS IoT Greengrass",
    section: "AWS IoT Greengrass",
    cfr: &["45 CFR 164.312(d)", "45 CFR 164.312(e)(1)"],
    requirements: &["GREENGRASS-SECURITY-MODEL"],
    kinds: &["AWS::IoT::Policy"],
    phi_only: false,
    rationale: "Greengrass core devices and IoT things authenticate with X.509 certificates and are \
authorized by IoT policies; the whitepaper relies on that model. A policy allowing `iot:*` on `*` \
lets any device holding a certificate connect as any client, publish to and subscribe to every \
topic (including other patients' device topics) and change shadows, which defeats per-device \
authorization.",
    remediation: "Scope the policy to the device: `iot:Connect` on \
`client/${iot:Connection.Thing.ThingName}`, `iot:Publish`/`iot:Receive` on its own topics and \
`iot:Subscribe` on its own topic filters, plus the Greengrass actions it needs; in Terraform, the \
`policy` of `aws_iot_policy`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "PolicyDocument";
    let node = match written(r, P, || {
        Outcome::unknown("the policy has no document")
            .l10n("iot-policy-no-document", &[])
            .at(P, None)
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let doc = match document(node) {
        Ok(d) => d,
        Err(why) => {
            let o = Outcome::unknown(format!("{P} {why}"));
            return with_why(o, &why, "helper-path-unknown", &[("path", P)])
                .at(P, node.location.as_ref());
        }
    };
    let stmts = match statements(&doc) {
        Ok(s) => s,
        Err(why) => {
            let o = Outcome::unknown(format!("the statements {why}"));
            let reason = unresolved_l10n(&why.reason);
            return said(o, "iot-policy-statements-unreadable", &[], reason)
                .at(P, node.location.as_ref());
        }
    };
    let mut unknown = None;
    for s in stmts {
        if s.get("Effect").node().and_then(Node::as_str) != Some("Allow") {
            continue;
        }
        let actions = match s.get("Action") {
            Lookup::Set(a) => match strings(a) {
                Ok(a) => a,
                Err(why) => {
                    unknown.get_or_insert(("an Action", why));
                    continue;
                }
            },
            Lookup::Unknown(a) => {
                unknown.get_or_insert(("an Action", crate::unknown_reason(a)));
                continue;
            }
            Lookup::Absent => continue,
        };
        let resources = match s.get("Resource") {
            Lookup::Set(r) => match strings(r) {
                Ok(r) => r,
                Err(why) => {
                    unknown.get_or_insert(("a Resource", why));
                    continue;
                }
            },
            Lookup::Unknown(r) => {
                unknown.get_or_insert(("a Resource", crate::unknown_reason(r)));
                continue;
            }
            Lookup::Absent => continue,
        };
        let wild_action = actions
            .iter()
            .find(|a| **a == "*" || a.eq_ignore_ascii_case("iot:*"));
        if let Some(a) = wild_action
            && resources.iter().any(|r| r == "*")
        {
            return Outcome::fail(format!("the policy allows {a} on every resource"))
                .l10n("iot-policy-wildcard", &[("action", a)])
                .at(P, s.location.as_ref().or(node.location.as_ref()));
        }
    }
    match unknown {
        Some((what, why)) => {
            let o = Outcome::unknown(format!(
                "cannot tell whether the policy grants everything: {what} {why}"
            ));
            let id = match what {
                "an Action" => "iot-policy-action-unreadable",
                _ => "iot-policy-resource-unreadable",
            };
            with_why(o, &why, id, &[]).at(P, node.location.as_ref())
        }
        None => Outcome::pass("no statement allows every IoT action on every resource")
            .l10n("iot-policy-no-wildcard", &[])
            .at(P, node.location.as_ref()),
    }
}
