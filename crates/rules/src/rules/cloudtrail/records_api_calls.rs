//! In a live account, a logging CloudTrail trail records the API calls of every service
//! in every scanned region.
use crate::judge::live::{self, Scope};
use crate::judge::trail_events::management;
use crate::prelude::*;
use crate::{MessagePart, ScanOutcome};
use phiguard_model::Graph;

pub static RULE: Rule = Rule {
    id: "cloudtrail-records-api-calls",
    title: "A logging CloudTrail trail records the read and write management events of every service in every scanned region (live)",
    severity: Severity::High,
    service: "AWS CloudTrail",
    section: "AWS CloudTrail",
    cfr: &[
        "45 CFR 164.312(b)",
        "45 CFR 164.308(a)(1)(ii)(D)",
        "45 CFR 164.308(a)(5)(ii)(C)",
    ],
    requirements: &[
        "GEN-CLOUDTRAIL-ACTIVITY-LOGGING",
        "KMS-CLOUDTRAIL-AUDIT",
        "APPFLOW-LOGGING",
        "APPSTREAM-LOGGING",
        "ATHENA-LOGGING",
        "CLOUDWATCH-API-AUDIT",
        "CWEVENTS-AUDIT",
        "EVENTBRIDGE-AUDIT",
        "GLUE-AUDIT",
        "HEALTHLAKE-AUDIT",
        "KVS-AUDIT",
        "PINPOINT-AUDIT",
        "POLLY-AUDIT",
        "QLDB-AUDIT",
        "SAGEMAKER-AUDIT",
        "SNS-AUDIT",
        "SQS-AUDIT",
        "SWF-AUDIT",
        "TEXTRACT-MONITORING",
        "OPENSEARCH-AUDIT",
        "FSX-AUDIT",
    ],
    kinds: &[],
    phi_only: false,
    rationale: "For most services the whitepaper's audit requirement is one sentence: the \
service's API calls are recorded by CloudTrail (AppFlow, AppStream, Athena, CloudWatch, \
EventBridge, Glue, HealthLake, Kinesis Video Streams, Pinpoint, Polly, QLDB, SageMaker, SNS, SQS, \
SWF, Textract, OpenSearch, FSx; and KMS, whose key usage is the audit trail of encrypted PHI). CloudTrail records \
every service's control-plane calls as management events, so one check answers all of them \
honestly: in each scanned account and region, a trail that is logging now (GetTrailStatus), \
covers the region (multi-region, or homed there) and records read and write management events \
without leaving out event sources (`ExcludeManagementEventSources`, an advanced selector's \
`eventSource`). Citing each service's requirement here, rather than one rule per service that \
would repeat the same verdict, keeps the report honest about what was checked. Only a live \
account can answer this (a template cannot show that a trail is logging now): template scans \
give no finding; there the static CloudTrail rules apply. When the trails could not be listed \
(a refused cloudtrail:DescribeTrails) the verdict is unknown, naming the call.",
    remediation: "Create (or turn on) a multi-region trail: `aws cloudtrail create-trail --name \
org-audit --s3-bucket-name <bucket> --is-multi-region-trail --enable-log-file-validation \
--kms-key-id <key>` then `aws cloudtrail start-logging --name org-audit`; keep its event \
selectors at `ReadWriteType: All` with `IncludeManagementEvents: true` and no \
`ExcludeManagementEventSources` (in particular not `kms.amazonaws.com`). In CloudFormation, \
`AWS::CloudTrail::Trail` with `IsLogging: true`, `IsMultiRegionTrail: true`.",
    check: Check::Scan(check),
};

const TRAIL: &str = "AWS::CloudTrail::Trail";

/// A trail's answer for one region.
enum Answer {
    Records(String),
    /// What the trail misses, and its name when the miss is that it is not logging.
    Misses(Said, Option<String>),
    Unknown(Said),
}

/// An English clause and its Fluent form, when it has one.
#[derive(Clone)]
struct Said {
    text: String,
    said: Option<MessagePart>,
}

impl Said {
    fn new(text: String, said: Option<MessagePart>) -> Self {
        Said { text, said }
    }
}

/// `items` joined by "; " in English and by the message `cloudtrail-next` in Fluent.
fn joined(items: &[Said]) -> Said {
    let text = items
        .iter()
        .map(|i| i.text.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    let said = items
        .iter()
        .map(|i| i.said.clone())
        .collect::<Option<Vec<_>>>()
        .and_then(|parts| {
            parts.into_iter().rev().reduce(|rest, first| {
                MessagePart::new("cloudtrail-next", &[])
                    .with("first", first)
                    .with("rest", rest)
            })
        });
    Said { text, said }
}

/// "region R: …" of the trails' answers `whys` for one region.
fn region_item(region: &str, whys: &[Said]) -> Said {
    let w = joined(whys);
    Said::new(
        format!("region {region}: {}", w.text),
        w.said.map(|why| {
            MessagePart::new("cloudtrail-region-item", &[("region", region)]).with("why", why)
        }),
    )
}

fn covers_region(t: &Resource, region: &str) -> bool {
    if matches!(flag(t, "IsMultiRegionTrail"), Flag::True(_)) {
        return true;
    }
    match t.get("HomeRegion").node().and_then(Node::as_str) {
        Some(home) => home == region,
        None => live::place(t).is_some_and(|(_, r)| r == region),
    }
}

fn answer(t: &Resource) -> Answer {
    match flag(t, "IsLogging") {
        Flag::True(_) => {}
        Flag::False(_) => {
            return Answer::Misses(
                Said::new(
                    format!("trail {} is not logging", t.name),
                    Some(MessagePart::new(
                        "cloudtrail-trail-stopped-item",
                        &[("trail", &t.name)],
                    )),
                ),
                Some(t.name.clone()),
            );
        }
        Flag::Absent => {
            return Answer::Unknown(Said::new(
                format!(
                    "trail {}: IsLogging was not collected (cloudtrail:GetTrailStatus)",
                    t.name
                ),
                Some(MessagePart::new(
                    "cloudtrail-trail-not-collected-item",
                    &[("trail", &t.name)],
                )),
            ));
        }
        Flag::Unknown(why, _) => {
            return Answer::Unknown(unread(t, "IsLogging", &why));
        }
    }
    match management(t) {
        Err((path, why)) => Answer::Unknown(unread(t, &path, &why)),
        Ok(m) if m.is_complete() => Answer::Records(t.name.clone()),
        Ok(m) => Answer::Misses(
            Said::new(
                format!("trail {} {}", t.name, m.gaps()),
                m.gaps_said().map(|gaps| {
                    MessagePart::new("cloudtrail-trail-gaps-item", &[("trail", &t.name)])
                        .with("gaps", gaps)
                }),
            ),
            None,
        ),
    }
}

/// "trail T: `path` `why`": a value of the trail that cannot be read.
fn unread(t: &Resource, path: &str, why: &str) -> Said {
    Said::new(
        format!("trail {}: {path} {why}", t.name),
        phiguard_model::reason_l10n(why).map(|reason| {
            MessagePart::new(
                "cloudtrail-trail-unread-item",
                &[("trail", &t.name), ("path", path)],
            )
            .with("reason", reason)
        }),
    )
}

fn judge_account(g: &Graph, account: &str, scopes: &[&Scope]) -> Outcome {
    let trails: Vec<&Resource> = g
        .of_kind(TRAIL)
        .filter(|t| live::in_account(t, account))
        .collect();
    let mut recorded_by: Vec<String> = Vec::new();
    let mut missing: Vec<Said> = Vec::new();
    // The Fluent form of each region's gap, when it is one whole sentence: the region, and
    // the trail that is not logging (none: no trail covers the region).
    let mut missing_said: Vec<Option<(String, Option<String>)>> = Vec::new();
    let mut unknown: Vec<Said> = Vec::new();
    for s in scopes {
        let answers: Vec<Answer> = trails
            .iter()
            .filter(|t| covers_region(t, &s.region))
            .map(|t| answer(t))
            .collect();
        if let Some(Answer::Records(name)) =
            answers.iter().find(|a| matches!(a, Answer::Records(_)))
        {
            if !recorded_by.contains(name) {
                recorded_by.push(name.clone());
            }
            continue;
        }
        if let Some(out) = live::gap(g, TRAIL, s) {
            let said = match out.l10n {
                Some(mut parts) if parts.len() == 1 => parts.pop(),
                _ => None,
            };
            unknown.push(Said::new(out.message, said));
            continue;
        }
        let whys: Vec<Said> = answers
            .iter()
            .filter_map(|a| match a {
                Answer::Unknown(w) => Some(w.clone()),
                _ => None,
            })
            .collect();
        if !whys.is_empty() {
            unknown.push(region_item(&s.region, &whys));
            continue;
        }
        let misses: Vec<(Said, Option<String>)> = answers
            .iter()
            .filter_map(|a| match a {
                Answer::Misses(w, stopped) => Some((w.clone(), stopped.clone())),
                _ => None,
            })
            .collect();
        missing_said.push(match &misses[..] {
            [] => Some((s.region.clone(), None)),
            [(_, Some(trail))] => Some((s.region.clone(), Some(trail.clone()))),
            _ => None,
        });
        missing.push(if misses.is_empty() {
            Said::new(
                format!("region {}: no trail covers it", s.region),
                Some(MessagePart::new(
                    "cloudtrail-region-uncovered",
                    &[("region", &s.region)],
                )),
            )
        } else {
            let whys: Vec<Said> = misses.into_iter().map(|(w, _)| w).collect();
            region_item(&s.region, &whys)
        });
    }
    let regions = scopes
        .iter()
        .map(|s| s.region.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if !missing.is_empty() {
        let all = joined(&missing);
        let mut o = Outcome::fail(format!(
            "in account {account}, API calls are not all recorded by a logging trail: {}",
            all.text
        ));
        match &missing_said[..] {
            [Some((region, None))] => o.l10n(
                "cloudtrail-api-calls-uncovered",
                &[("account", account), ("region", region)],
            ),
            [Some((region, Some(trail)))] => o.l10n(
                "cloudtrail-api-calls-stopped",
                &[("account", account), ("region", region), ("trail", trail)],
            ),
            _ => {
                o.l10n = all.said.map(|regions| {
                    vec![
                        MessagePart::new("cloudtrail-api-calls-missing", &[("account", account)])
                            .with("regions", regions),
                    ]
                });
                o
            }
        }
    } else if !unknown.is_empty() {
        let all = joined(&unknown);
        let mut o = Outcome::unknown(format!(
            "in account {account}, whether a logging trail records every API call is unknown: {}",
            all.text
        ));
        o.l10n = all.said.map(|regions| {
            vec![
                MessagePart::new("cloudtrail-api-calls-unknown", &[("account", account)])
                    .with("regions", regions),
            ]
        });
        o
    } else {
        let (trails, are, id) = if recorded_by.len() == 1 {
            (
                "trail",
                "is logging and records",
                "cloudtrail-api-calls-one",
            )
        } else {
            (
                "trails",
                "are logging and record",
                "cloudtrail-api-calls-many",
            )
        };
        let names = recorded_by.join(", ");
        Outcome::pass(format!(
            "in account {account}, {trails} {names} {are} read and write management events of every service in every scanned region ({regions})"
        ))
        .l10n(
            id,
            &[("account", account), ("trails", &names), ("regions", &regions)],
        )
    }
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    if !live::is_live(g) {
        return Vec::new();
    }
    let scopes = live::scopes(g);
    live::accounts(g)
        .into_iter()
        .filter_map(|account| {
            let mine: Vec<&Scope> = scopes.iter().filter(|s| s.account == account).collect();
            if mine.is_empty() {
                return None;
            }
            let out = judge_account(g, &account, &mine);
            let subject = live::account_resource(g, &account).map(|r| r.id);
            Some((subject, out))
        })
        .collect()
}
