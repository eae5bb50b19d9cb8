//! S3 Glacier vaults refuse requests that do not use HTTPS.
use crate::judge::policy::{
    Plaintext, PlaintextScope, deny_plaintext, document, plaintext_unknown_l10n,
};
use crate::judge::reference::{said, why_l10n};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "glacier-vault-tls-only",
    title: "S3 Glacier vault policies deny requests that do not use HTTPS",
    severity: Severity::Medium,
    service: "Amazon S3 Glacier",
    section: "Amazon S3 Glacier",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["GLACIER-HTTPS-ENDPOINTS"],
    kinds: &["AWS::Glacier::Vault"],
    phi_only: false,
    rationale: "The whitepaper requires HTTPS endpoints for S3 Glacier connections that carry PHI \
(archives are AES-256 encrypted at rest automatically). A vault access policy, or a vault lock \
policy, that denies every principal when `aws:SecureTransport` is false makes plaintext requests \
fail instead of relying on every client's configuration. Glacier vaults have no CloudFormation \
type; the rule reads Terraform's `aws_glacier_vault` and `aws_glacier_vault_lock`. Data in S3 \
Glacier storage classes is covered by the S3 bucket rules.",
    remediation: "Add to the vault's `access_policy` (or the `aws_glacier_vault_lock` policy) a \
statement `{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"glacier:*\", \"Resource\": \
<vault ARN>, \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}}`.",
    check: Check::Resource(check),
};

const DATA_ACTIONS: &[&str] = &[
    "glacier:UploadArchive",
    "glacier:UploadMultipartPart",
    "glacier:GetJobOutput",
    "glacier:InitiateJob",
];

fn covers(n: &Node) -> Option<bool> {
    match &n.value {
        Value::Str(s) => Some(s == "*" || s.contains("${") || s.contains(":glacier:")),
        Value::Ref { .. } => Some(true),
        _ => None,
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut sources: Vec<&Node> = Vec::new();
    if let Lookup::Set(n) | Lookup::Unknown(n) = r.get("AccessPolicy") {
        sources.push(n);
    }
    for lock in ctx.graph.referrers(r.id, "AWS::Glacier::VaultLock") {
        if let Lookup::Set(n) | Lookup::Unknown(n) = lock.get("Policy") {
            sources.push(n);
        }
    }
    let Some(first) = sources.first() else {
        return Outcome::fail(
            "the vault has no access or lock policy, so nothing refuses plaintext (HTTP) requests",
        )
        .l10n("glacier-no-policy", &[])
        .at("AccessPolicy", None);
    };
    let at = first.location.clone();
    let docs: Vec<Node> = sources
        .iter()
        .map(|n| {
            document(n).unwrap_or_else(|why| {
                Node::new(
                    Value::Unknown(format!("the vault policy {why}")),
                    n.location.clone(),
                )
            })
        })
        .collect();
    match deny_plaintext(
        &docs,
        &PlaintextScope {
            data_actions: DATA_ACTIONS,
            covers: &covers,
        },
    ) {
        Plaintext::Enforced(l) => Outcome::pass("a vault policy denies requests without TLS")
            .l10n("glacier-tls-enforced", &[])
            .at("AccessPolicy", l.as_ref().or(at.as_ref())),
        Plaintext::NotEnforced(why) => why
            .said(
                Outcome::fail(format!(
                    "the vault policies do not refuse plaintext requests: {why}"
                )),
                "glacier-tls-not-enforced",
                "glacier-tls-actions-uncovered",
            )
            .at("AccessPolicy", at.as_ref()),
        Plaintext::Unknown(why, l) => {
            let o = Outcome::unknown(format!(
                "cannot tell whether plaintext requests are refused: {why}"
            ));
            let reason = plaintext_unknown_l10n(&why, &vault_policy_l10n);
            said(o, "glacier-tls-unknown", &[], reason)
                .at("AccessPolicy", l.as_ref().or(at.as_ref()))
        }
    }
}

/// "the vault policy …", the text an unreadable vault policy is given above, as a Fluent
/// message.
fn vault_policy_l10n(text: &str) -> Option<crate::MessagePart> {
    let why = text.strip_prefix("the vault policy ")?;
    Some(crate::MessagePart::new("glacier-tls-vault-policy", &[]).with("reason", why_l10n(why)?))
}
