//! A CloudTrail trail records data events, so accesses to PHI are auditable.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudtrail-data-events",
    title: "CloudTrail records data events (S3 object, DynamoDB item or Lambda invoke activity)",
    severity: Severity::High,
    service: "AWS CloudTrail",
    section: "Auditing, backups, and disaster recovery",
    cfr: &[
        "45 CFR 164.312(b)",
        "45 CFR 164.308(a)(1)(ii)(D)",
        "45 CFR 164.308(a)(5)(ii)(C)",
    ],
    requirements: &["AUDIT-DETAILED-ACTIVITY-LOGS"],
    kinds: &["AWS::CloudTrail::Trail"],
    phi_only: false,
    rationale: "The whitepaper asks for auditing that shows who accessed which data, from which IP. \
CloudTrail records management events by default, but reads and writes of S3 objects and DynamoDB \
items, where PHI lives, are data events that a trail records only when its event selectors ask for \
them. A trail without data events passes when another trail in the scan records them. The live \
check adds trail status and database audit logs.",
    remediation: "Add `EventSelectors` with `DataResources` (`Type: AWS::S3::Object` with the PHI \
bucket ARNs, `AWS::DynamoDB::Table`) or `AdvancedEventSelectors` with `eventCategory` equal to \
`Data` to `AWS::CloudTrail::Trail`; in Terraform, `event_selector { data_resource { type, values } }` \
or `advanced_event_selector` on `aws_cloudtrail`.",
    check: Check::Resource(check),
};

enum Records {
    Data(String, Option<phiguard_model::Location>),
    NoData,
    /// Cannot be read: the unknown outcome.
    Unknown(Outcome),
}

fn records(trail: &Resource) -> Records {
    let mut unknown = None;
    for (path, field) in [
        ("EventSelectors", "DataResources"),
        ("AdvancedEventSelectors", "FieldSelectors"),
    ] {
        let list = match trail.get(path) {
            Lookup::Absent => continue,
            Lookup::Unknown(n) => {
                unknown = Some(crate::outcome::path_unknown(path, n));
                continue;
            }
            Lookup::Set(n) => n,
        };
        for (i, sel) in list.items().iter().enumerate() {
            let p = format!("{path}.{i}.{field}");
            match sel.get(field) {
                Lookup::Unknown(n) => unknown = Some(crate::outcome::path_unknown(&p, n)),
                Lookup::Absent => {}
                Lookup::Set(n) if field == "DataResources" => {
                    if !n.items().is_empty() {
                        return Records::Data(p, n.location.clone());
                    }
                }
                Lookup::Set(n) => {
                    for fs in n.items() {
                        let is_category =
                            fs.get("Field").node().and_then(Node::as_str) == Some("eventCategory");
                        let data = fs
                            .get("Equals")
                            .node()
                            .map(Node::items)
                            .unwrap_or_default()
                            .iter()
                            .any(|v| v.as_str() == Some("Data"));
                        if is_category && data {
                            return Records::Data(p, n.location.clone());
                        }
                    }
                }
            }
        }
    }
    match unknown {
        Some(o) => Records::Unknown(o),
        None => Records::NoData,
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match records(r) {
        Records::Data(p, at) => Outcome::pass("the trail records data events")
            .l10n("cloudtrail-data-events-on", &[])
            .at(&p, at.as_ref()),
        Records::Unknown(o) => o,
        Records::NoData => {
            if let Some(other) = ctx
                .graph
                .of_kind("AWS::CloudTrail::Trail")
                .find(|t| t.id != r.id && matches!(records(t), Records::Data(..)))
            {
                return Outcome::not_applicable(format!(
                    "the trail '{}' records data events",
                    other.name
                ))
                .l10n("cloudtrail-data-events-other", &[("trail", &other.name)]);
            }
            Outcome::fail(
                "the trail records management events only; reads and writes of S3 objects and DynamoDB items (PHI) leave no audit record",
            )
            .l10n("cloudtrail-data-events-management-only", &[])
            .at("EventSelectors", None)
        }
    }
}
