//! People who sign in to the console do not also hold long-term access keys.
use crate::ScanOutcome;
use crate::judge::live;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "iam-console-user-no-access-keys",
    title: "IAM users with a console password have no active long-term access keys (live)",
    severity: Severity::Medium,
    service: "AWS Identity and Access Management",
    section: "AWS Certificate Manager",
    cfr: &["45 CFR 164.312(d)", "45 CFR 164.308(a)(5)(ii)(D)"],
    requirements: &["ACM-TEMPORARY-CREDENTIALS"],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper asks people to use temporary credentials (IAM Identity Center, \
roles) for programmatic access rather than long-term IAM access keys, which never expire and \
leak through laptops, scripts and repositories. A user with a console password is a person; an \
active access key beside it (credential report `AccessKey1Active`/`AccessKey2Active`) is the \
long-term credential the whitepaper advises against. Users without a password (workloads) are not \
applicable here. Only a live account can answer this: template scans give no finding (the static \
iam-no-long-term-access-keys rule judges keys that templates create).",
    remediation: "Deactivate and delete the user's access keys (`aws iam update-access-key \
--status Inactive`, then `aws iam delete-access-key`) and have the person use `aws sso login` \
(IAM Identity Center) or assume a role with MFA for the CLI.",
    check: Check::Scan(check),
};

fn judge(u: &Resource) -> Outcome {
    let path = "CredentialReport.PasswordEnabled";
    match flag(u, path) {
        Flag::False(_) => {
            return Outcome::not_applicable(
                "the user has no console password (a workload identity, not a person)",
            )
            .l10n("iam-console-no-password-workload", &[])
            .at(path, None);
        }
        Flag::Unknown(why, _) => {
            return match u.get(path) {
                Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
                Lookup::Absent => Outcome::unknown(format!("{path} {why}")),
            }
            .at(path, None);
        }
        Flag::Absent => {
            return Outcome::unknown(
                "the user's credential report row was not collected (iam:GetCredentialReport)",
            )
            .l10n("iam-credential-row-not-collected", &[])
            .at("CredentialReport", None);
        }
        Flag::True(_) => {}
    }
    let mut active = Vec::new();
    for key in ["AccessKey1Active", "AccessKey2Active"] {
        let p = format!("CredentialReport.{key}");
        match flag(u, &p) {
            Flag::True(_) => active.push(key),
            Flag::False(_) | Flag::Absent => {}
            Flag::Unknown(why, _) => {
                return match u.get(&p) {
                    Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(&p, n),
                    Lookup::Absent => Outcome::unknown(format!("{p} {why}")),
                }
                .at(&p, None);
            }
        }
    }
    if active.is_empty() {
        Outcome::pass("the console user has no active access key")
            .l10n("iam-console-no-active-key", &[])
    } else {
        let (count, keys) = (active.len().to_string(), active.join(", "));
        Outcome::fail(format!(
            "the console user also holds {count} active long-term access key(s) ({keys})"
        ))
        .l10n(
            "iam-console-active-keys",
            &[("count", &count), ("keys", &keys)],
        )
    }
    .at("CredentialReport", None)
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    if !live::is_live(g) {
        return Vec::new();
    }
    g.of_kind("AWS::IAM::User")
        .filter(|u| live::place(u).is_some())
        .map(|u| (Some(u.id), judge(u)))
        .collect()
}
