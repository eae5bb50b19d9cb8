//! The account's root user signs in with MFA.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "iam-root-mfa",
    title: "The root user of each scanned account has MFA enabled (live)",
    severity: Severity::Critical,
    service: "AWS Identity and Access Management",
    section: "AWS Auto Scaling",
    cfr: &["45 CFR 164.312(d)", "45 CFR 164.312(a)(1)"],
    requirements: &["GEN-MFA-ALL-ACCOUNTS"],
    kinds: &["phiguard::Account"],
    phi_only: false,
    rationale: "The whitepaper asks for MFA on each account, root included (person or entity \
authentication, 164.312(d)). The root user can read, share and delete every resource holding PHI \
and cannot be restricted by IAM policies, so a password alone is not enough. The collector reads \
`mfa_active` of the `<root_account>` row of the IAM credential report (`RootMfaActive`); only a \
live account can answer this, so template scans give no finding.",
    remediation: "Sign in as root and assign an MFA device (IAM console → Security credentials → \
Multi-factor authentication; a hardware or passkey device for root), or, in AWS Organizations, \
centralise root access and remove member accounts' root credentials.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let account = r
        .get("AccountId")
        .node()
        .and_then(Node::as_str)
        .unwrap_or(r.name.as_str());
    let said = |o: Outcome, id: &'static str| o.l10n(id, &[("account", account)]);
    match flag(r, "RootMfaActive") {
        Flag::True(_) => said(
            Outcome::pass(format!("the root user of account {account} has MFA")),
            "iam-root-mfa",
        ),
        Flag::False(_) => said(
            Outcome::fail(format!(
                "the root user of account {account} has no MFA device: its password alone opens every PHI store"
            )),
            "iam-root-no-mfa",
        ),
        Flag::Absent => said(
            Outcome::unknown(format!(
                "RootMfaActive was not collected for account {account} (iam:GenerateCredentialReport / iam:GetCredentialReport)"
            )),
            "iam-root-mfa-not-collected",
        ),
        Flag::Unknown(why, _) => match r.get("RootMfaActive") {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown("RootMfaActive", n),
            Lookup::Absent => Outcome::unknown(format!("RootMfaActive {why}")),
        },
    }
    .at("RootMfaActive", None)
}
