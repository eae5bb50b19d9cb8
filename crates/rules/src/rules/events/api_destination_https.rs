//! EventBridge API destinations are HTTPS endpoints.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "events-api-destination-https",
    title: "EventBridge API destinations invoke https:// endpoints",
    severity: Severity::Medium,
    service: "Amazon EventBridge",
    section: "Amazon EventBridge",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["EVENTBRIDGE-API-DEST-HTTPS"],
    kinds: &["AWS::Events::ApiDestination"],
    phi_only: false,
    rationale: "Events that carry PHI and are delivered to an API destination leave AWS for the \
endpoint's host; the connection must be encrypted. EventBridge API destinations are meant to be \
HTTPS endpoints; an http:// invocation endpoint would send events in cleartext.",
    remediation: "Use an `https://` URL in `InvocationEndpoint` of `AWS::Events::ApiDestination`; in \
Terraform, `invocation_endpoint` of `aws_cloudwatch_event_api_destination`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let path = "InvocationEndpoint";
    match r.get(path) {
        Lookup::Absent => Outcome::unknown("no InvocationEndpoint is written")
            .l10n("events-api-destination-no-endpoint", &[])
            .at(path, None),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => match n.as_str() {
            Some(u) if u.to_ascii_lowercase().starts_with("https://") => {
                Outcome::pass("events are delivered over HTTPS")
                    .l10n("events-api-destination-https", &[])
            }
            Some(u) if u.to_ascii_lowercase().starts_with("http://") => Outcome::fail(format!(
                "the endpoint {u} is plain HTTP, so events would travel in cleartext"
            ))
            .l10n("events-api-destination-http", &[("url", u)]),
            Some(u) => Outcome::unknown(format!("'{u}' is not an http(s) URL"))
                .l10n("events-api-destination-other", &[("url", u)]),
            None => crate::outcome::path_unknown(path, n),
        }
        .at(path, n.location.as_ref()),
    }
}
