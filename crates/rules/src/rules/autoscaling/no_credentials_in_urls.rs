//! No URL in any resource embeds a username and password.
use crate::ScanOutcome;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "autoscaling-no-credentials-in-urls",
    title: "No URL in any resource embeds credentials (scheme://user:password@host)",
    severity: Severity::High,
    service: "AWS Auto Scaling",
    section: "AWS Auto Scaling",
    cfr: &["45 CFR 164.312(d)", "45 CFR 164.308(a)(5)(ii)(D)"],
    requirements: &["AUTOSCALING-NO-CREDS-IN-URLS"],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper warns against embedding credentials in URLs given to external \
servers (health checks, webhooks, user data, environment variables). A password in \
`https://user:password@host` is stored in the template, the stack's resource properties, logs and \
the receiving server's access logs, where anyone who reads them can reuse it to reach systems \
holding PHI. Values that resolve only at deploy time (a NoEcho parameter, a Secrets Manager \
dynamic reference) are not visible here.",
    remediation: "Remove the credentials from the URL: have the receiving side authenticate with \
a header or IAM (SigV4), keep the secret in Secrets Manager and read it at runtime, and rotate \
any password that was committed. The same applies to Terraform string attributes.",
    check: Check::Scan(check),
};

/// What a string holds.
#[derive(Debug, PartialEq)]
enum Found {
    /// A literal password: the URL with the password masked.
    Literal(String),
    /// A password built from a deploy-time value.
    Deferred(String),
}

fn is_scheme_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-')
}

/// The first URL with a `user:password@` part in `s`.
fn credential_url(s: &str) -> Option<Found> {
    let mut search = 0;
    while let Some(rel) = s[search..].find("://") {
        let at = search + rel;
        search = at + 3;
        let scheme_start = s[..at]
            .rfind(|c: char| !is_scheme_char(c))
            .map_or(0, |i| i + 1);
        let scheme = &s[scheme_start..at];
        if scheme.is_empty() || !scheme.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let rest = &s[at + 3..];
        let end = rest
            .find(|c: char| c.is_whitespace() || "/?#\"'<>`,;()".contains(c))
            .unwrap_or(rest.len());
        let authority = &rest[..end];
        let Some(amp) = authority.rfind('@') else {
            continue;
        };
        let (userinfo, host) = (&authority[..amp], &authority[amp + 1..]);
        let Some((user, password)) = userinfo.split_once(':') else {
            continue;
        };
        if host.is_empty() || password.is_empty() {
            continue;
        }
        let masked = format!("{scheme}://{user}:****@{host}");
        let placeholder = password.chars().all(|c| c == '*' || c == 'x' || c == 'X')
            || password.starts_with('<') && password.ends_with('>');
        if placeholder {
            continue;
        }
        if password.contains("${") {
            return Some(Found::Deferred(masked));
        }
        return Some(Found::Literal(masked));
    }
    None
}

fn walk<'a>(n: &'a Node, path: String, out: &mut Vec<(String, &'a Node, Found)>) {
    match &n.value {
        Value::Str(s) => {
            if let Some(f) = credential_url(s) {
                out.push((path, n, f));
            }
        }
        Value::List(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, join(&path, &i.to_string()), out);
            }
        }
        Value::Map(entries) => {
            for (k, v) in entries {
                walk(v, join(&path, k), out);
            }
        }
        _ => {}
    }
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}.{b}")
    }
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let mut outs = Vec::new();
    for r in ctx.graph.resources() {
        let mut found = Vec::new();
        walk(&r.attributes, String::new(), &mut found);
        let literal = found
            .iter()
            .find(|(_, _, f)| matches!(f, Found::Literal(_)));
        if let Some((path, n, Found::Literal(url))) = literal {
            outs.push((
                Some(r.id),
                Outcome::fail(format!("{url} embeds a password in the URL"))
                    .l10n("autoscaling-url-password", &[("url", url)])
                    .at(path, n.location.as_ref()),
            ));
        } else if let Some((path, n, Found::Deferred(url))) = found.first() {
            outs.push((
                Some(r.id),
                Outcome::unknown(format!(
                    "{url} puts a deploy-time value in the password position of a URL"
                ))
                .l10n("autoscaling-url-deferred", &[("url", url)])
                .at(path, n.location.as_ref()),
            ));
        }
    }
    if outs.is_empty() {
        outs.push((
            None,
            Outcome::pass("no URL in the scanned resources embeds credentials")
                .l10n("autoscaling-url-none", &[]),
        ));
    }
    outs
}

#[cfg(test)]
mod tests {
    use super::{Found, credential_url};

    #[test]
    fn finds_passwords_in_urls() {
        assert_eq!(
            credential_url("curl -fsS https://monitor:S3cr3t!@status.example.org/ping"),
            Some(Found::Literal(
                "https://monitor:****@status.example.org".into()
            ))
        );
        assert_eq!(
            credential_url("postgres://claims:hunter2@db.internal:5432/claims"),
            Some(Found::Literal(
                "postgres://claims:****@db.internal:5432".into()
            ))
        );
        assert!(matches!(
            credential_url("amqps://app:${BrokerToken}@mq.example.org"),
            Some(Found::Deferred(_))
        ));
    }

    #[test]
    fn ignores_urls_without_passwords() {
        assert_eq!(credential_url("https://example.org/a?b=c@d"), None);
        assert_eq!(
            credential_url("git+ssh://git@github.com/org/repo.git"),
            None
        );
        assert_eq!(credential_url("s3://bucket/key"), None);
        assert_eq!(credential_url("mailto:user@example.org"), None);
        assert_eq!(credential_url("https://user:****@example.org"), None);
        assert_eq!(credential_url("https://user:<password>@example.org"), None);
        assert_eq!(credential_url("http://[::1]:8080/health"), None);
    }
}
