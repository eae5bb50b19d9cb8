//! Resources that hold PHI belong to HIPAA-eligible services; API backends that receive
//! PHI too.
use crate::eligible_services::{Coverage, Listing, Service, coverage, services};
use crate::prelude::*;
use phiguard_model::{Edge, EdgeKind};

pub static RULE: Rule = Rule {
    id: "eligibility-phi-in-eligible-service",
    title: "PHI is stored, processed and transmitted only by HIPAA-eligible services",
    severity: Severity::Critical,
    service: "General",
    section: "Introduction",
    cfr: &["45 CFR 164.308(b)(1)", "45 CFR 164.314(a)(1)"],
    requirements: &[
        "GEN-BAA-ELIGIBLE-ONLY",
        "CFN-ONLY-ELIGIBLE-WITH-PHI",
        "BEANSTALK-ONLY-ELIGIBLE",
        "APIGW-BACKEND-ELIGIBLE",
    ],
    kinds: &[],
    phi_only: false,
    rationale: "The AWS BAA covers only the services listed as HIPAA eligible: PHI may be stored, \
processed or transmitted only with them, even in an account designated for PHI. A resource that \
holds PHI (marked so, or a data store when nothing is marked) in a service the whitepaper does not \
list breaches the BAA; API Gateway backends that receive PHI must be eligible too, and so must every \
service a resource that holds PHI writes to or invokes: an IAM grant, an EventBridge target, an SNS \
subscription, an API Gateway or Step Functions integration, even when the service's resource is \
outside the scan (`Resource: \"*\"`, another stack's ARN, an API without resources such as \
`mechanicalturk:CreateHIT`). The finding for such a hop sits on the resource that sends the PHI, at \
the action, target or URI that declares it. Services the \
whitepaper does not mention may have become eligible since: they are reported as unknown, to be \
checked against AWS's current HIPAA Eligible Services Reference.",
    remediation: "Move the PHI to an eligible service (see `spec/eligible-services.yaml`), remove \
the grant, target or integration that sends PHI to a service that is not eligible (Terraform: the \
`aws_iam_role_policy` statement, `aws_cloudwatch_event_target`, `aws_sns_topic_subscription`), or \
confirm on AWS's current HIPAA Eligible Services Reference that the service is now covered and \
record the decision as a suppression with its reason.",
    check: Check::Scan(check),
};

/// The whitepaper sections of `services`, at most three, and how many more there are.
fn names(services: &[&Service]) -> (String, usize) {
    let mut names: Vec<&str> = Vec::new();
    for s in services {
        if !names.contains(&s.name.as_str()) {
            names.push(&s.name);
        }
    }
    let shown = names.len().min(3);
    (names[..shown].join(", "), names.len() - shown)
}

/// The verdict for PHI in (or flowing to) a resource; `what` says what the resource is
/// (its English text and its Fluent message id, a message reference).
fn judge(r: &Resource, (what, what_id): (&str, &'static str)) -> Outcome {
    let kind = r.kind.as_str();
    let said = |o: Outcome, id: &'static str, args: &[(&'static str, &str)]| {
        o.l10n_refs(id, args, &[("what", what_id)])
    };
    if r.kind.starts_with("Custom::") || r.kind == "AWS::CloudFormation::CustomResource" {
        return said(
            Outcome::unknown(format!(
                "{what} a custom resource: the code behind it runs elsewhere, so its service cannot be read from the template"
            )),
            "eligibility-custom",
            &[],
        );
    }
    match coverage(r) {
        Coverage::Listed(s) => match s[0].listing {
            Listing::Eligible => match names(&s) {
                (services, 0) => said(
                    Outcome::pass(format!(
                        "{what} {kind}, a HIPAA-eligible service (whitepaper: {services})"
                    )),
                    "eligibility-eligible",
                    &[("kind", kind), ("services", &services)],
                ),
                (services, more) => said(
                    Outcome::pass(format!(
                        "{what} {kind}, a HIPAA-eligible service (whitepaper: {services} and {more} more)"
                    )),
                    "eligibility-eligible-more",
                    &[
                        ("kind", kind),
                        ("services", &services),
                        ("more", &more.to_string()),
                    ],
                ),
            },
            Listing::Supporting => said(
                Outcome::unknown(format!(
                    "{what} {kind} ({}), which has no section of its own in the whitepaper; verify against the current HIPAA Eligible Services Reference",
                    s[0].name
                )),
                "eligibility-supporting",
                &[("kind", kind), ("service", &s[0].name)],
            ),
            Listing::NotInWhitepaper => said(
                Outcome::unknown(format!(
                    "{what} {kind} ({}), which is not covered by the whitepaper; verify against the current HIPAA Eligible Services Reference",
                    s[0].name
                )),
                "eligibility-not-in-whitepaper",
                &[("kind", kind), ("service", &s[0].name)],
            ),
        },
        Coverage::Unlisted if NEWER_THAN_WHITEPAPER.iter().any(|p| r.kind.starts_with(p)) => said(
            Outcome::unknown(format!(
                "{what} {kind}, a healthcare service launched after the whitepaper; verify against the current HIPAA Eligible Services Reference"
            )),
            "eligibility-newer",
            &[("kind", kind)],
        ),
        Coverage::Unlisted => said(
            Outcome::fail(format!(
                "{what} {kind}, which is not a HIPAA-eligible service in the whitepaper: the BAA does not cover PHI there"
            )),
            "eligibility-unlisted",
            &[("kind", kind)],
        ),
        Coverage::Undecided(why) => {
            let o = Outcome::unknown(format!("{what} {kind}: {why}"));
            match phiguard_model::template_l10n(
                "eligibility-undecided-why",
                "whether this is {service} depends on {attr}, which is not a literal value",
                &why,
            ) {
                Some(why) => said(o, "eligibility-undecided", &[("kind", kind)]).with("why", why),
                None => o,
            }
        }
    }
}

/// The verdict for PHI sent from `from` to a service outside the scan, located where the
/// hop is declared.
fn external_hop(from: &Resource, to: &Resource, e: &Edge) -> Outcome {
    let attr = |k: &str| to.get(k).node().and_then(Node::as_str);
    let service = attr("Service").unwrap_or("an AWS service");
    let what = format!(
        "{} {} sends PHI to {} by {}",
        from.short_kind(),
        from.name,
        to.name,
        e.via
    );
    let prefix = attr("Prefix").unwrap_or("");
    // The Fluent form names the service (or the IAM prefix) the node's name is made of.
    let said = |o: Outcome, id: &'static str, listed: &str| {
        let outside = match attr("Service") {
            Some(s) => format!("{s} (outside this scan)"),
            None => format!("AWS service '{prefix}' (outside this scan)"),
        };
        if to.name != outside {
            return o;
        }
        o.l10n(
            id,
            &[
                ("kind", from.short_kind()),
                ("name", &from.name),
                ("service", attr("Service").unwrap_or_default()),
                ("prefix", prefix),
                ("via", &e.via),
                ("listed", listed),
            ],
        )
    };
    let o = match (attr("Service"), attr("ListedAs")) {
        (None, _) => said(
            Outcome::unknown(format!(
                "{what}; phiguard does not know which service the IAM prefix '{prefix}' belongs to: check it against spec/eligible-services.yaml and AWS's current HIPAA Eligible Services Reference"
            )),
            "eligibility-hop-unknown-service",
            "",
        ),
        (Some(_), None) => said(
            Outcome::fail(format!(
                "{what}, and {service} is not a HIPAA-eligible service (on no list of spec/eligible-services.yaml): the BAA does not cover PHI there"
            )),
            "eligibility-hop-unlisted",
            "",
        ),
        (Some(_), Some(listed)) => match services().iter().find(|s| s.name == listed) {
            Some(s) if s.listing == Listing::Eligible => said(
                Outcome::pass(format!(
                    "{what}; {service} is HIPAA eligible (whitepaper: {listed})"
                )),
                "eligibility-hop-eligible",
                listed,
            ),
            Some(s) if s.listing == Listing::Supporting => said(
                Outcome::unknown(format!(
                    "{what}; {listed} has no section of its own in the whitepaper: verify against the current HIPAA Eligible Services Reference"
                )),
                "eligibility-hop-supporting",
                listed,
            ),
            _ => said(
                Outcome::unknown(format!(
                    "{what}; {listed} is not covered by the whitepaper (spec/eligible-services.yaml): verify against the current HIPAA Eligible Services Reference"
                )),
                "eligibility-hop-not-in-whitepaper",
                listed,
            ),
        },
    };
    Outcome {
        location: phiguard_flow::hop_location(to, from.id).cloned(),
        ..o
    }
}

/// Healthcare-data services launched after the whitepaper (2022) and absent from the list:
/// reported as unknown, never as a failure, like the list's own `not_in_whitepaper` entries.
const NEWER_THAN_WHITEPAPER: &[&str] = &[
    "AWS::Omics::",
    "AWS::HealthImaging::",
    "AWS::EntityResolution::",
    "AWS::CleanRooms::",
    "AWS::CleanRoomsML::",
];

/// API Gateway integrations and the API each belongs to.
const INTEGRATIONS: &[(&str, &str, &str)] = &[
    ("AWS::ApiGateway::Method", "Integration.Uri", "RestApiId"),
    ("AWS::ApiGatewayV2::Integration", "IntegrationUri", "ApiId"),
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    let mut out = Vec::new();
    for r in ctx.graph.resources() {
        if !r.kind.starts_with("AWS::") && !r.kind.starts_with("Custom::") {
            continue;
        }
        if ctx.phi.holds(r) {
            let what = if ctx.phi.any_marked {
                ("is marked as holding PHI and is", "eligibility-what-marked")
            } else {
                (
                    "is a data store (assumed to hold PHI: nothing in the scan is marked) and is",
                    "eligibility-what-assumed",
                )
            };
            out.push((Some(r.id), judge(r, what)));
        }
    }
    // Hops from PHI holders into services outside the scan.
    for e in ctx
        .graph
        .edges()
        .iter()
        .filter(|e| e.kind == EdgeKind::DataFlow)
    {
        let (from, to) = (ctx.graph.resource(e.from), ctx.graph.resource(e.to));
        if phiguard_flow::is_external(to) && ctx.phi.holds(from) {
            out.push((Some(from.id), external_hop(from, to, e)));
        }
    }
    // Backends of APIs that carry PHI (APIGW-BACKEND-ELIGIBLE).
    for (kind, uri, api) in INTEGRATIONS {
        for m in ctx.graph.of_kind(kind) {
            let api_holds = m
                .get(api)
                .node()
                .and_then(|n| ctx.graph.target_of(m, n))
                .is_some_and(|a| ctx.phi.holds(a));
            if !(api_holds || ctx.phi.holds(m)) {
                continue;
            }
            let targets: Vec<&Resource> = ctx
                .graph
                .outgoing(m.id)
                .filter(|e| e.kind == EdgeKind::Reference && e.via.starts_with(uri))
                .map(|e| ctx.graph.resource(e.to))
                .collect();
            for t in targets {
                let o = judge(
                    t,
                    (
                        "the backend of an API that carries PHI is",
                        "eligibility-what-backend",
                    ),
                );
                let loc = m.get(uri).location().cloned();
                out.push((Some(m.id), o.at(uri, loc.as_ref())));
            }
        }
    }
    out
}
