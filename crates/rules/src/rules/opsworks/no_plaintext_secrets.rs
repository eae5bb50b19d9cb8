//! OpsWorks stacks and apps keep secrets out of plaintext custom JSON and environment variables.
use crate::judge::reference::{with_reason, with_why};
use crate::judge::secret_names::looks_secret;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "opsworks-no-plaintext-secrets",
    title: "OpsWorks apps mark secret environment variables Secure, and stack custom JSON holds no secrets",
    severity: Severity::Medium,
    service: "AWS OpsWorks Stacks",
    section: "AWS OpsWorks Stack",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["OPSWORKS-STACKS-NO-DATA-BAGS"],
    kinds: &["AWS::OpsWorks::App", "AWS::OpsWorks::Stack"],
    phi_only: false,
    rationale: "OpsWorks Stacks cannot use encrypted Chef data bags, so the whitepaper asks to keep \
PHI, secrets and certificates in an encrypted S3 bucket instead. Stack custom JSON is stored and \
returned in clear text, and an app environment variable is returned by DescribeApps unless it is \
marked Secure (the default is not secure). The rule flags values whose names say they are \
secrets (password, token, API key); PHI in these fields cannot be recognised from names. \
OpsWorks Stacks reached end of life in May 2024.",
    remediation: "Move secrets to Secrets Manager or an encrypted S3 bucket read at deploy time; \
for values that must stay in the app, set `Secure: true` on the `Environment` entry (Terraform: \
`secure = true` in the `environment` block of `aws_opsworks_application`), and remove them from \
the stack's `CustomJson`.",
    check: Check::Resource(check),
};

fn json_secret<'a>(n: &'a Node, path: String, out: &mut Option<(String, &'a Node)>) {
    for (k, v) in n.entries() {
        let p = format!("{path}.{k}");
        if looks_secret(k) && matches!(v.value, Value::Str(ref s) if !s.is_empty()) {
            out.get_or_insert((p.clone(), v));
        }
        json_secret(v, p, out);
    }
}

fn check(_: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::OpsWorks::Stack" {
        let custom = match r.get("CustomJson") {
            Lookup::Absent => {
                return Outcome::pass("the stack has no custom JSON")
                    .l10n("opsworks-no-custom-json", &[]);
            }
            Lookup::Unknown(n) => return crate::outcome::path_unknown("CustomJson", n),
            Lookup::Set(n) => n,
        };
        let doc = match crate::judge::policy::document(custom) {
            Ok(d) => d,
            Err(why) => {
                let o = Outcome::unknown(format!("CustomJson {why}"));
                return with_why(o, &why, "helper-path-unknown", &[("path", "CustomJson")])
                    .at("CustomJson", custom.location.as_ref());
            }
        };
        let mut found = None;
        json_secret(&doc, "CustomJson".into(), &mut found);
        return match found {
            Some((path, n)) => {
                Outcome::fail(format!("{path} stores a secret in clear-text custom JSON"))
                    .l10n("opsworks-custom-json-secret", &[("path", &path)])
                    .at(&path, n.location.as_ref())
            }
            None => Outcome::pass("the stack's custom JSON holds no secret-named values")
                .l10n("opsworks-custom-json-clean", &[])
                .at("CustomJson", custom.location.as_ref()),
        };
    }
    let env = match r.get("Environment") {
        Lookup::Absent => {
            return Outcome::pass("the app sets no environment variables")
                .l10n("opsworks-no-environment", &[]);
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown("Environment", n),
        Lookup::Set(n) => n,
    };
    for (i, e) in env.items().iter().enumerate() {
        let Some(key) = e.get("Key").node().and_then(Node::as_str) else {
            continue;
        };
        if !looks_secret(key) {
            continue;
        }
        let path = format!("Environment.{i}.Secure");
        match e.get("Secure") {
            Lookup::Set(s) if s.as_bool() == Some(true) => {}
            Lookup::Set(s) if s.as_bool() == Some(false) => return Outcome::fail(format!("environment variable {key} is not marked Secure, so DescribeApps returns it in clear text"))
                .l10n("opsworks-env-not-secure", &[("key", key)])
                .at(&path, s.location.as_ref()),
            Lookup::Absent => return Outcome::fail(format!("environment variable {key} is not marked Secure (the default), so DescribeApps returns it in clear text"))
                .l10n("opsworks-env-not-secure-default", &[("key", key)])
                .at(&path, e.location.as_ref()),
            Lookup::Set(s) | Lookup::Unknown(s) => {
                let o = Outcome::unknown(format!("Secure of {key} {}", crate::unknown_reason(s)));
                return with_reason(o, s, "opsworks-env-secure-unreadable", &[("key", key)])
                    .at(&path, s.location.as_ref());
            }
        }
    }
    Outcome::pass("every secret-named environment variable is marked Secure")
        .l10n("opsworks-env-all-secure", &[])
        .at("Environment", env.location.as_ref())
}
