//! SES configuration sets publish sending events.
use crate::judge::reference::{Pointee, resolve, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ses-event-destination",
    title: "SES configuration sets publish sending events to an event destination",
    severity: Severity::Low,
    service: "Amazon SES",
    section: "Amazon Simple Email Service (Amazon SES)",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["SES-MONITORING"],
    kinds: &["AWS::SES::ConfigurationSet"],
    phi_only: false,
    rationale: "The whitepaper asks to monitor SES sending activity (sends, rejects, bounces, \
deliveries) besides CloudTrail's record of API calls. A configuration set publishes those events \
only to the event destinations attached to it; without one, there is no record of which messages \
carrying PHI were delivered, bounced or rejected.",
    remediation: "Attach an `AWS::SES::ConfigurationSetEventDestination` (CloudWatch, Firehose, \
EventBridge or SNS) with `Enabled: true` and the send, delivery, bounce, reject and complaint \
events; in Terraform, an `aws_ses_event_destination` or \
`aws_sesv2_configuration_set_event_destination`.",
    check: Check::Resource(check),
};

const KIND: &str = "AWS::SES::ConfigurationSetEventDestination";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut unknown = None;
    for d in ctx.graph.of_kind(KIND) {
        let target = match d.get("ConfigurationSetName") {
            Lookup::Set(n) | Lookup::Unknown(n) => n,
            Lookup::Absent => continue,
        };
        match resolve(ctx, d, target, &["AWS::SES::ConfigurationSet"], "Name") {
            Pointee::Found(set) if set.id == r.id => {}
            Pointee::Found(_) | Pointee::Outside(_) | Pointee::Other(_) => continue,
            // An unresolvable name elsewhere in the scan says nothing about this set.
            Pointee::Unresolved(why) if d.unit == r.unit => {
                unknown.get_or_insert((d.name.clone(), why, false));
                continue;
            }
            Pointee::Unresolved(_) => continue,
        }
        match flag(d, "EventDestination.Enabled") {
            Flag::True(_) => {
                return Outcome::pass(format!(
                    "event destination '{}' publishes sending events",
                    d.name
                ))
                .l10n("ses-event-destination", &[("destination", &d.name)]);
            }
            Flag::False(_) | Flag::Absent => {}
            Flag::Unknown(why, _) => {
                unknown.get_or_insert((d.name.clone(), why, true));
            }
        }
    }
    if let Some((name, why, enabled)) = unknown {
        let (enabled, id) = if enabled {
            ("Enabled ", "ses-event-destination-maybe-enabled")
        } else {
            ("", "ses-event-destination-maybe")
        };
        let o = Outcome::unknown(format!(
            "event destination '{name}' may belong to this set: {enabled}{why}"
        ));
        return with_why(o, &why, id, &[("destination", &name)]);
    }
    Outcome::fail(
        "no enabled event destination is attached, so sends, bounces and rejects are not recorded",
    )
    .l10n("ses-no-event-destination", &[])
}
