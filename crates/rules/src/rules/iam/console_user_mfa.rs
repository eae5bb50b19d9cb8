//! IAM users who can sign in to the console have MFA.
use crate::ScanOutcome;
use crate::judge::live;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "iam-console-user-mfa",
    title: "IAM users with a console password have MFA enabled (live)",
    severity: Severity::High,
    service: "AWS Identity and Access Management",
    section: "AWS Auto Scaling",
    cfr: &["45 CFR 164.312(d)"],
    requirements: &["GEN-MFA-ALL-ACCOUNTS", "COMPREHEND-MFA"],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper asks for MFA with each account, users included (person or entity \
authentication, 164.312(d)), and for MFA on the users of services such as Comprehend. A console password without MFA is one phished credential away from \
every PHI store the user may read. The collector reads the IAM credential report \
(`CredentialReport.PasswordEnabled`, `MfaActive`); users without a password (programmatic only) \
are not applicable here (their access keys are judged by the access-key rules). Only a live \
account can answer this: template scans give no finding.",
    remediation: "Assign an MFA device to each console user (`aws iam enable-mfa-device`), \
enforce it with a policy that denies everything but MFA self-service unless \
`aws:MultiFactorAuthPresent` is true, and prefer IAM Identity Center users (MFA enforced \
centrally) over IAM users.",
    check: Check::Scan(check),
};

fn judge(u: &Resource) -> Outcome {
    let report = "CredentialReport";
    if u.get(report).is_absent() {
        return Outcome::unknown(
            "the user's credential report row was not collected (iam:GetCredentialReport)",
        )
        .l10n("iam-credential-row-not-collected", &[])
        .at(report, None);
    }
    match flag(u, "CredentialReport.PasswordEnabled") {
        Flag::False(_) => {
            return Outcome::not_applicable("the user has no console password")
                .l10n("iam-console-no-password", &[])
                .at("CredentialReport.PasswordEnabled", None);
        }
        Flag::Unknown(why, _) => {
            return match u.get("CredentialReport.PasswordEnabled") {
                Lookup::Set(n) | Lookup::Unknown(n) => {
                    crate::outcome::path_unknown("CredentialReport.PasswordEnabled", n)
                }
                Lookup::Absent => {
                    Outcome::unknown(format!("CredentialReport.PasswordEnabled {why}"))
                }
            }
            .at("CredentialReport.PasswordEnabled", None);
        }
        Flag::Absent => {
            return Outcome::unknown("CredentialReport.PasswordEnabled was not collected")
                .l10n("iam-console-password-not-collected", &[])
                .at("CredentialReport.PasswordEnabled", None);
        }
        Flag::True(_) => {}
    }
    let last = u
        .get("CredentialReport.PasswordLastUsed")
        .node()
        .and_then(Node::as_str)
        .filter(|s| !s.is_empty() && *s != "N/A" && *s != "no_information");
    match flag(u, "CredentialReport.MfaActive") {
        Flag::True(_) => Outcome::pass("the console user has MFA").l10n("iam-console-has-mfa", &[]),
        Flag::False(_) => match last {
            Some(used) => Outcome::fail(format!(
                "the user signs in to the console with a password and no MFA device (password last used {used})"
            ))
            .l10n("iam-console-no-mfa-last-used", &[("used", used)]),
            None => Outcome::fail(
                "the user signs in to the console with a password and no MFA device",
            )
            .l10n("iam-console-no-mfa", &[]),
        },
        Flag::Absent => Outcome::unknown("CredentialReport.MfaActive was not collected")
            .l10n("iam-console-mfa-not-collected", &[]),
        Flag::Unknown(why, _) => match u.get("CredentialReport.MfaActive") {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown("CredentialReport.MfaActive", n),
            Lookup::Absent => Outcome::unknown(format!("CredentialReport.MfaActive {why}")),
        },
    }
    .at("CredentialReport.MfaActive", None)
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    if !live::is_live(g) {
        return Vec::new();
    }
    let mut out: Vec<ScanOutcome> = g
        .of_kind("AWS::IAM::User")
        .filter(|u| live::place(u).is_some())
        .map(|u| (Some(u.id), judge(u)))
        .collect();
    // Users that could not be listed may lack MFA: say so once per gap.
    for gap in g.gaps_for("AWS::IAM::User") {
        out.push((
            live::account_resource(g, &gap.account).map(|a| a.id),
            Outcome::unknown(format!(
                "the IAM users of account {} could not be listed: {} failed ({}), so users without MFA may be missing from this report",
                gap.account, gap.action, gap.reason
            ))
            .l10n(
                "iam-mfa-users-unlisted",
                &[
                    ("account", &gap.account),
                    ("action", &gap.action),
                    ("reason", &gap.reason),
                ],
            ),
        ));
    }
    out
}
