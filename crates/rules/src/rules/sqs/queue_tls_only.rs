//! SQS queues holding PHI refuse requests that do not use HTTPS.
use crate::judge::policy::{
    Plaintext, PlaintextScope, deny_plaintext, document, plaintext_unknown_l10n,
};
use crate::judge::reference::{Pointee, resolve, said, why_l10n};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "sqs-queue-tls-only",
    title: "SQS queues holding PHI have a queue policy denying requests without TLS",
    severity: Severity::High,
    service: "Amazon SQS",
    section: "Amazon Simple Queue Service (Amazon SQS)",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["SQS-HTTPS"],
    kinds: &["AWS::SQS::Queue"],
    phi_only: true,
    rationale: "The whitepaper requires SQS query requests to use HTTPS. SQS also answers on an \
HTTP endpoint, so only a queue policy that denies every principal when `aws:SecureTransport` is \
false guarantees that messages carrying PHI never travel in clear text. This rule reads the \
policy with a small built-in evaluator: a Deny for Principal `*` covering sqs:SendMessage and \
sqs:ReceiveMessage, with no narrowing conditions.",
    remediation: "Attach an `AWS::SQS::QueuePolicy` (or `AWS::SQS::QueueInlinePolicy`) with \
`{Effect: Deny, Principal: \"*\", Action: \"sqs:*\", Resource: <queue ARN>, Condition: {Bool: \
{aws:SecureTransport: \"false\"}}}`; in Terraform, an `aws_sqs_queue_policy` with that statement.",
    check: Check::Resource(check),
};

const QUEUE: &[&str] = &["AWS::SQS::Queue"];

fn covers(n: &Node) -> Option<bool> {
    match &n.value {
        Value::Str(s) => Some(s == "*" || s.contains("${") || s.contains(":sqs:")),
        Value::Ref { .. } => Some(true),
        _ => None,
    }
}

/// Whether a policy resource applies to the queue: `Some(true)`, `Some(false)`, or
/// `None` when its queue list cannot be resolved.
fn applies(ctx: &Ctx, policy: &Resource, queue: &Resource) -> Option<bool> {
    let targets: Vec<&Node> = match (policy.get("Queues"), policy.get("Queue")) {
        (Lookup::Set(q), _) => match &q.value {
            Value::List(items) => items.iter().collect(),
            _ => return None,
        },
        (_, Lookup::Set(q)) => vec![q],
        _ => return None,
    };
    let mut unknown = false;
    for t in targets {
        match resolve(ctx, policy, t, QUEUE, "QueueName") {
            Pointee::Found(q) if q.id == queue.id => return Some(true),
            Pointee::Found(_) | Pointee::Outside(_) | Pointee::Other(_) => {}
            Pointee::Unresolved(_) => unknown = true,
        }
    }
    if unknown { None } else { Some(false) }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut docs = Vec::new();
    let mut maybe = None;
    for kind in ["AWS::SQS::QueuePolicy", "AWS::SQS::QueueInlinePolicy"] {
        for p in ctx.graph.referrers(r.id, kind) {
            match applies(ctx, p, r) {
                Some(true) => {}
                Some(false) => continue,
                None => {
                    maybe.get_or_insert(p.name.clone());
                    continue;
                }
            }
            if let Lookup::Set(n) | Lookup::Unknown(n) = p.get("PolicyDocument") {
                docs.push(document(n).unwrap_or_else(|why| {
                    Node::new(
                        Value::Unknown(format!("the policy of '{}' {why}", p.name)),
                        n.location.clone(),
                    )
                }));
            }
        }
    }
    if docs.is_empty() {
        if let Some(name) = maybe {
            return Outcome::unknown(format!(
                "queue policy '{name}' may apply to this queue but its queue list cannot be resolved"
            ))
            .l10n("sqs-tls-policy-maybe", &[("policy", &name)]);
        }
        return Outcome::fail(
            "no queue policy denies requests without TLS (the queue has no policy)",
        )
        .l10n("sqs-tls-no-policy", &[]);
    }
    let at = docs[0].location.clone();
    match deny_plaintext(
        &docs,
        &PlaintextScope {
            data_actions: &["sqs:SendMessage", "sqs:ReceiveMessage"],
            covers: &covers,
        },
    ) {
        Plaintext::Enforced(l) => Outcome::pass("the queue policy denies requests without TLS")
            .l10n("sqs-tls-enforced", &[])
            .at("PolicyDocument", l.as_ref().or(at.as_ref())),
        Plaintext::NotEnforced(why) => why
            .said(
                Outcome::fail(format!(
                    "the queue policy does not refuse plaintext requests: {why}"
                )),
                "sqs-tls-not-enforced",
                "sqs-tls-actions-uncovered",
            )
            .at("PolicyDocument", at.as_ref()),
        Plaintext::Unknown(why, l) => {
            let o = Outcome::unknown(format!(
                "cannot tell whether plaintext requests are refused: {why}"
            ));
            let reason = plaintext_unknown_l10n(&why, &policy_of_l10n);
            said(o, "sqs-tls-unknown", &[], reason).at("PolicyDocument", l.as_ref().or(at.as_ref()))
        }
    }
}

/// "the policy of '…' …", the text an unreadable queue policy is given above, as a Fluent
/// message.
fn policy_of_l10n(text: &str) -> Option<crate::MessagePart> {
    let (name, why) = text.strip_prefix("the policy of '")?.split_once("' ")?;
    Some(
        crate::MessagePart::new("sqs-tls-policy-of", &[("policy", name)])
            .with("reason", why_l10n(why)?),
    )
}
