//! SNS deliveries of PHI use encrypted transport: no `http` subscriptions.
//!
//! The verdict sits on each `AWS::SNS::Subscription`, and on a topic for the
//! subscriptions written inline in its `Subscription` list.
use crate::judge::reference::{self, Pointee};
use crate::judge::worst::Worst;
use crate::prelude::*;
use phiguard_model::Location;

pub static RULE: Rule = Rule {
    id: "sns-subscription-https",
    title: "SNS topics carrying PHI deliver only over encrypted transport (no http subscriptions)",
    severity: Severity::High,
    service: "Amazon SNS",
    section: "Amazon Simple Notification Service (Amazon SNS)",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["SNS-HTTPS-ENDPOINT"],
    kinds: &["AWS::SNS::Subscription", "AWS::SNS::Topic"],
    phi_only: false,
    rationale: "The whitepaper requires PHI sent to SNS to travel over its HTTPS endpoints. The \
same holds for what SNS sends on: an `http` subscription delivers every message in plain \
text over the internet. `https`, and deliveries to SQS, Lambda, Firehose and mobile push \
services, use TLS. E-mail and SMS deliveries leave AWS without end-to-end encryption; \
whether PHI is sent there cannot be told from a template, so they are reported as unknown: \
keep PHI out of those notifications.",
    remediation: "Change the subscription's `Protocol` to `https` with an `https://` endpoint \
(Terraform: `protocol = \"https\"` on `aws_sns_topic_subscription`), or deliver to an SQS queue \
or Lambda function. Send only a reference (a record id), never PHI, to e-mail and SMS \
subscribers.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::SNS::Topic" {
        return topic(ctx, r);
    }
    if let Some(Pointee::Found(t)) =
        reference::resolve_at(ctx, r, "TopicArn", &["AWS::SNS::Topic"], "TopicName")
        && !ctx.phi.holds(t)
    {
        return Outcome::not_applicable(format!(
            "topic '{}' is not marked as carrying PHI",
            t.name
        ))
        .l10n("sns-sub-topic-not-phi", &[("topic", &t.name)]);
    }
    match r.get("Protocol") {
        Lookup::Set(n) => judge(n, "Protocol"),
        Lookup::Unknown(n) => crate::outcome::path_unknown("Protocol", n),
        Lookup::Absent => Outcome::unknown("Protocol is not written")
            .l10n("sns-sub-not-written", &[("path", "Protocol")])
            .at("Protocol", None),
    }
}

fn topic(ctx: &Ctx, r: &Resource) -> Outcome {
    if !ctx.phi.holds(r) {
        return Outcome::not_applicable("not marked as carrying PHI").l10n("sns-sub-not-phi", &[]);
    }
    let subs = match r.get("Subscription") {
        Lookup::Absent => {
            return Outcome::not_applicable(
                "no inline subscriptions (separate AWS::SNS::Subscription resources are judged on their own)",
            )
            .l10n("sns-sub-no-inline", &[]);
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown("Subscription", n),
        Lookup::Set(n) => n,
    };
    let mut worst = Worst::new();
    for (i, s) in subs.items().iter().enumerate() {
        let path = format!("Subscription.{i}.Protocol");
        let out = match s.get("Protocol") {
            Lookup::Set(n) => judge(n, &path),
            Lookup::Unknown(n) => crate::outcome::path_unknown(&path, n),
            Lookup::Absent => Outcome::unknown(format!("{path} is not written"))
                .l10n("sns-sub-not-written", &[("path", &path)])
                .at(&path, s.location.as_ref()),
        };
        worst.add(out);
    }
    worst.into_outcome().unwrap_or_else(|| {
        Outcome::not_applicable("the inline Subscription list is empty").l10n("sns-sub-empty", &[])
    })
}

/// The verdict for one delivery protocol.
fn judge(n: &Node, path: &str) -> Outcome {
    let loc: Option<&Location> = n.location.as_ref();
    let Some(protocol) = n.as_str() else {
        return crate::outcome::path_unknown(path, n);
    };
    match protocol.to_ascii_lowercase().as_str() {
        "http" => Outcome::fail(
            "delivers messages over plain http: anything published to the topic crosses the network unencrypted",
        )
        .l10n("sns-sub-http", &[])
        .at(path, loc),
        "https" => Outcome::pass("delivers over https")
            .l10n("sns-sub-https", &[])
            .at(path, loc),
        p @ ("sqs" | "lambda" | "firehose" | "application") => {
            Outcome::pass(format!("delivers to {p} over TLS inside AWS's service endpoints"))
                .l10n("sns-sub-aws-service", &[("protocol", p)])
                .at(path, loc)
        }
        p @ ("email" | "email-json" | "sms") => Outcome::unknown(format!(
            "delivers by {p}, which leaves AWS without end-to-end encryption; keep PHI out of these notifications"
        ))
        .l10n("sns-sub-unencrypted-channel", &[("protocol", p)])
        .at(path, loc),
        other => Outcome::unknown(format!("unrecognised delivery protocol '{other}'"))
            .l10n("sns-sub-unrecognised", &[("protocol", other)])
            .at(path, loc),
    }
}
