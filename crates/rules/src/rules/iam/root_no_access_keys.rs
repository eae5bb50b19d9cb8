//! The account's root user has no access keys.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "iam-root-no-access-keys",
    title: "The root user of each scanned account has no active access keys (live)",
    severity: Severity::Critical,
    service: "AWS Identity and Access Management",
    section: "AWS Auto Scaling",
    cfr: &["45 CFR 164.312(a)(2)(i)", "45 CFR 164.308(a)(4)(ii)(B)"],
    requirements: &[
        "AUTOSCALING-IAM-INDIVIDUAL-USERS",
        "QLDB-INDIVIDUAL-IAM-USERS",
    ],
    kinds: &["phiguard::Account"],
    phi_only: false,
    rationale: "The whitepaper asks to protect the account's credentials and give each person an \
individual identity (unique user identification, 164.312(a)(2)(i)). A root access key is a \
long-term credential with every permission on every PHI store, usable without MFA, and shared by \
whoever holds it. The collector reads `access_key_1_active`/`access_key_2_active` of the \
`<root_account>` row of the IAM credential report (`RootAccessKeysActive`); only a live account \
can answer this, so template scans give no finding.",
    remediation: "Sign in as root, delete its access keys (IAM console → Security credentials → \
Access keys), and give workloads roles and people IAM Identity Center users instead.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let account = r
        .get("AccountId")
        .node()
        .and_then(Node::as_str)
        .unwrap_or(r.name.as_str());
    let said = |o: Outcome, id: &'static str| o.l10n(id, &[("account", account)]);
    match flag(r, "RootAccessKeysActive") {
        Flag::False(_) => said(
            Outcome::pass(format!("the root user of account {account} has no active access key")),
            "iam-root-no-key",
        ),
        Flag::True(_) => said(
            Outcome::fail(format!(
                "the root user of account {account} has an active access key: a shared, never-expiring credential with every permission"
            )),
            "iam-root-active-key",
        ),
        Flag::Absent => said(
            Outcome::unknown(format!(
                "RootAccessKeysActive was not collected for account {account} (iam:GetCredentialReport)"
            )),
            "iam-root-keys-not-collected",
        ),
        Flag::Unknown(why, _) => match r.get("RootAccessKeysActive") {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown("RootAccessKeysActive", n),
            Lookup::Absent => Outcome::unknown(format!("RootAccessKeysActive {why}")),
        },
    }
    .at("RootAccessKeysActive", None)
}
