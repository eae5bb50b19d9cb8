//! Lambda functions do not call endpoints over cleartext HTTP.
use crate::judge::endpoint_url::{EnvScan, Transport, classify};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "lambda-plaintext-endpoints",
    title: "Lambda functions do not point at http:// endpoints in environment variables or inline code",
    severity: Severity::High,
    service: "AWS Lambda",
    section: "AWS Lambda",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["LAMBDA-TLS-OUTBOUND", "DYNAMODB-HTTPS-ENDPOINTS"],
    kinds: &["AWS::Lambda::Function"],
    phi_only: false,
    rationale: "The whitepaper requires Lambda connections to external resources to use HTTPS/TLS, \
and connections to DynamoDB tables with PHI to use HTTPS endpoints. An environment variable that \
points the function at an http:// URL off the host, or inline code that calls an AWS endpoint over \
http://, sends requests in cleartext. Loopback URLs (the Lambda extensions and secrets cache) and \
identifier URLs such as FHIR code systems are ignored; calls made from packaged code need a code \
review.",
    remediation: "Use https:// URLs in `Environment.Variables` of `AWS::Lambda::Function` (and in \
`InlineCode`/`Code.ZipFile`); drop DynamoDB endpoint overrides, the SDK default is HTTPS. In \
Terraform, `environment { variables }` of `aws_lambda_function`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    for path in ["Code.ZipFile", "InlineCode"] {
        if let Some(code) = r.get(path).node().and_then(Node::as_str)
            && let Some(host) = aws_http_call(code)
        {
            return Outcome::fail(format!(
                "the inline code calls http://{host}, an AWS endpoint, in cleartext"
            ))
            .l10n("lambda-inline-http", &[("host", host)])
            .at_lookup(path, r.get(path));
        }
    }
    let path = "Environment.Variables";
    let vars = match r.get(path) {
        Lookup::Unknown(n) => return crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => n,
        Lookup::Absent => return EnvScan::default().outcome(path),
    };
    let mut scan = EnvScan::default();
    for (k, v) in vars.entries() {
        scan.add(k, v);
    }
    scan.outcome(path)
}

/// The host of the first `http://...amazonaws.com` URL in inline code.
fn aws_http_call(code: &str) -> Option<&str> {
    code.match_indices("http://").find_map(|(i, _)| {
        let url = code[i..]
            .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '`' | ')'))
            .next()?;
        match classify(url) {
            Some((Transport::Cleartext, host)) if host.ends_with(".amazonaws.com") => Some(host),
            _ => None,
        }
    })
}
