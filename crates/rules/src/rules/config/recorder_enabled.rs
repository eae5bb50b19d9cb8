//! The scanned account runs an AWS Config recorder.
use crate::ScanOutcome;
use crate::judge::live;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "config-recorder-enabled",
    title: "An AWS Config recorder records all supported resource types and has a delivery channel",
    severity: Severity::Medium,
    service: "AWS Config",
    section: "AWS Config",
    cfr: &["45 CFR 164.308(a)(1)(ii)(D)", "45 CFR 164.308(a)(8)"],
    requirements: &["CONFIG-RECORDER-ENABLED"],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper recommends AWS Config to assess continuously that PHI architectures \
stay as designed; its configuration history is also evidence for the HIPAA evaluation standard. \
A recorder records nothing without a delivery channel, and one limited to listed resource types \
misses the rest. This rule judges the scan as a whole: when no recorder is defined in the scanned \
files it fails once, since Config is usually set up in a baseline stack that should be scanned \
too. In a live scan every scanned account and Region needs a recorder that is recording now \
(config:DescribeConfigurationRecorderStatus `Recording`), records all supported resource types and \
has a delivery channel there; a Region without one fails, and one whose recorders could not be \
listed is unknown, naming the refused call.",
    remediation: "Define an `AWS::Config::ConfigurationRecorder` with `RecordingGroup: \
{AllSupported: true, IncludeGlobalResourceTypes: true}` and an `AWS::Config::DeliveryChannel`; \
in Terraform, `aws_config_configuration_recorder`, `aws_config_delivery_channel` and \
`aws_config_configuration_recorder_status` with `is_enabled = true`. The conformance pack \
\"Operational Best Practices for HIPAA Security\" is a useful addition.",
    check: Check::Scan(check),
};

fn records_everything(r: &Resource) -> Result<(), Outcome> {
    const G: &str = "RecordingGroup";
    match string_attr(r, "RecordingGroup.RecordingStrategy.UseOnly") {
        Ok(Some((s, loc))) if s.eq_ignore_ascii_case("INCLUSION_BY_RESOURCE_TYPES") => {
            return Err(
                Outcome::fail("the recorder records only the resource types it lists")
                    .l10n("config-recorder-listed-types", &[])
                    .at("RecordingGroup.RecordingStrategy.UseOnly", loc),
            );
        }
        Ok(Some(_)) => return Ok(()),
        Err(unknown) => return Err(unknown),
        Ok(None) => {}
    }
    if r.get(G).is_absent() {
        return Ok(());
    }
    match flag(r, "RecordingGroup.AllSupported") {
        Flag::True(_) => Ok(()),
        Flag::False(n) => Err(Outcome::fail(
            "AllSupported is false: the recorder records only the resource types it lists",
        )
        .l10n("config-recorder-all-supported-false", &[])
        .at("RecordingGroup.AllSupported", n.location.as_ref())),
        Flag::Absent if !r.get("RecordingGroup.ResourceTypes").is_absent() => Err(Outcome::fail(
            "the recorder records only the resource types it lists",
        )
        .l10n("config-recorder-listed-types", &[])
        .at(
            "RecordingGroup.ResourceTypes",
            r.get("RecordingGroup.ResourceTypes").location(),
        )),
        Flag::Absent => Ok(()),
        Flag::Unknown(why, loc) => Err(match r.get("RecordingGroup.AllSupported") {
            Lookup::Set(n) | Lookup::Unknown(n) => {
                crate::outcome::path_unknown("RecordingGroup.AllSupported", n)
            }
            Lookup::Absent => Outcome::unknown(format!("RecordingGroup.AllSupported {why}"))
                .at("RecordingGroup.AllSupported", loc),
        }),
    }
}

const RECORDER: &str = "AWS::Config::ConfigurationRecorder";
const CHANNEL: &str = "AWS::Config::DeliveryChannel";

/// A live recorder: recording now, everything, with a delivery channel in its region.
fn judge_live(ctx: &Ctx, s: &live::Scope, r: &Resource) -> Outcome {
    if let Err(out) = records_everything(r) {
        return out;
    }
    match flag(r, "Status.Recording") {
        Flag::True(_) => {}
        Flag::False(_) => {
            let scope = [
                ("account", s.account.as_str()),
                ("region", s.region.as_str()),
            ];
            let out = match r.get("Status.LastStatus").node().and_then(Node::as_str) {
                Some(l) => {
                    Outcome::fail(format!("the recorder in {s} is stopped (last status {l})")).l10n(
                        "config-recorder-stopped-last",
                        &[scope[0], scope[1], ("status", l)],
                    )
                }
                None => Outcome::fail(format!("the recorder in {s} is stopped"))
                    .l10n("config-recorder-stopped", &scope),
            };
            return out.at("Status.Recording", None);
        }
        Flag::Absent => {
            return Outcome::unknown(
                "the recorder's status was not collected (config:DescribeConfigurationRecorderStatus)",
            )
            .l10n("config-recorder-status-not-collected", &[])
            .at("Status.Recording", None);
        }
        Flag::Unknown(why, _) => {
            let out = match r.get("Status.Recording") {
                Lookup::Set(n) | Lookup::Unknown(n) => {
                    crate::outcome::path_unknown("Status.Recording", n)
                }
                Lookup::Absent => Outcome::unknown(format!("Status.Recording {why}")),
            };
            return out.at("Status.Recording", None);
        }
    }
    if !ctx.graph.of_kind(CHANNEL).any(|c| live::in_scope(c, s)) {
        return live::gap(ctx.graph, CHANNEL, s).unwrap_or_else(|| {
            Outcome::fail(format!(
                "no delivery channel in {s}: the recorder's configuration history goes nowhere"
            ))
            .l10n(
                "config-recorder-no-channel-in",
                &[("account", &s.account), ("region", &s.region)],
            )
        });
    }
    Outcome::pass(format!(
        "the Config recorder in {s} is recording all supported resource types and has a delivery channel"
    ))
    .l10n(
        "config-recorder-live-ok",
        &[("account", &s.account), ("region", &s.region)],
    )
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    if live::is_live(g) {
        return live::per_scope_said(
            g,
            &live::scopes(g),
            RECORDER,
            |s, found| {
                let outs: Vec<Outcome> = found.iter().map(|r| judge_live(ctx, s, r)).collect();
                let best = outs
                    .iter()
                    .position(|o| o.verdict == crate::Verdict::Pass)
                    .unwrap_or(0);
                (Some(found[best].id), outs[best].clone())
            },
            |s| {
                Outcome::fail(format!(
                    "AWS Config is not recording in {s}: no configuration recorder exists there"
                ))
                .l10n(
                    "config-recorder-live-none",
                    &[("account", &s.account), ("region", &s.region)],
                )
            },
        );
    }
    let recorders: Vec<&Resource> = g.of_kind("AWS::Config::ConfigurationRecorder").collect();
    if recorders.is_empty() {
        return vec![(
            None,
            Outcome::unknown(
                "no AWS Config recorder is defined in the scanned files; Config is enabled per account and Region, so check the account (or scan its baseline stack too)",
            )
            .l10n("config-recorder-none", &[]),
        )];
    }
    let has_channel = g.of_kind("AWS::Config::DeliveryChannel").next().is_some();
    let statuses: Vec<&Resource> = g
        .of_kind("AWS::Config::ConfigurationRecorderStatus")
        .collect();
    recorders
        .into_iter()
        .map(|r| {
            let out = if let Err(out) = records_everything(r) {
                out
            } else if !has_channel {
                Outcome::fail("no AWS::Config::DeliveryChannel is defined, so the recorder cannot start")
                    .l10n("config-recorder-no-channel", &[])
            } else if let Some(off) = statuses.iter().find(|s| matches!(flag(s, "IsEnabled"), Flag::False(_))) {
                Outcome::fail(format!("recorder status '{}' keeps the recorder stopped", off.name))
                    .l10n("config-recorder-status-off", &[("status", &off.name)])
            } else if r.source_type.starts_with("aws_") && !statuses.iter().any(|s| matches!(flag(s, "IsEnabled"), Flag::True(_))) {
                Outcome::fail("Terraform does not start the recorder without an aws_config_configuration_recorder_status with is_enabled = true")
                    .l10n("config-recorder-terraform-status", &[])
            } else {
                Outcome::pass("the Config recorder records all supported resource types and has a delivery channel")
                    .l10n("config-recorder-ok", &[])
            };
            (Some(r.id), out)
        })
        .collect()
}
