//! Endpoint URLs written into configuration (environment variables, inline code, log
//! destinations), told apart from the `http://` strings that are identifiers, not
//! connections: FHIR code systems (`http://loinc.org`), XML namespaces, JSON schema ids.

use phiguard_model::{Location, Node, Value};

/// How a URL is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transport {
    /// `https://` (or `wss://`).
    Tls,
    /// `http://` (or `ws://`) to a host off the machine: cleartext on the network.
    Cleartext,
    /// `http://` to the loopback or link-local address (a sidecar, the metadata service).
    Local,
}

/// The transport and host of `s` when the whole value is an HTTP(S) URL that names an
/// endpoint; `None` for anything else, including identifier URLs.
pub fn classify(s: &str) -> Option<(Transport, &str)> {
    let s = s.trim();
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let (tls, rest) = if lower.starts_with("https://") {
        (true, &s[8..])
    } else if lower.starts_with("http://") {
        (false, &s[7..])
    } else if lower.starts_with("wss://") {
        (true, &s[6..])
    } else if lower.starts_with("ws://") {
        (false, &s[5..])
    } else {
        return None;
    };
    if s.contains(char::is_whitespace) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or(authority);
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    if host.is_empty() || is_identifier_host(host) {
        return None;
    }
    Some(if tls {
        (Transport::Tls, host)
    } else if is_local(host) {
        (Transport::Local, host)
    } else {
        (Transport::Cleartext, host)
    })
}

/// Loopback, link-local (instance and task metadata) and the unspecified address.
pub fn is_local(host: &str) -> bool {
    let h = host.to_ascii_lowercase();
    h == "localhost"
        || h.ends_with(".localhost")
        || h.starts_with("127.")
        || h.starts_with("169.254.")
        || h == "::1"
        || h == "0.0.0.0"
        || h.starts_with("fd00:ec2")
}

/// Hosts whose `http://` URLs are names, not endpoints (terminologies, schemas, namespaces).
fn is_identifier_host(host: &str) -> bool {
    const HOSTS: &[&str] = &[
        "hl7.org",
        "loinc.org",
        "snomed.info",
        "unitsofmeasure.org",
        "www.nlm.nih.gov",
        "www.ama-assn.org",
        "www.cms.gov",
        "www.w3.org",
        "w3.org",
        "json-schema.org",
        "schemas.xmlsoap.org",
        "schemas.microsoft.com",
        "purl.org",
        "xmlns.com",
        "ns.adobe.com",
        "example.com",
        "example.org",
        "www.example.com",
    ];
    let h = host.to_ascii_lowercase();
    HOSTS.contains(&h.as_str()) || h.ends_with(".hl7.org") || h.ends_with(".example.com")
}

/// Names of variables that hold identifiers rather than endpoints (`FHIR_CODE_SYSTEM`).
pub fn is_identifier_name(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    [
        "SYSTEM",
        "NAMESPACE",
        "XMLNS",
        "SCHEMA",
        "CANONICAL",
        "PROFILE",
    ]
    .iter()
    .any(|w| n.contains(w))
}

/// Names of variables that hold endpoints (`PAYER_API_URL`, `DYNAMODB_ENDPOINT`).
pub fn is_endpoint_name(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    ["URL", "URI", "ENDPOINT", "HOST", "WEBHOOK", "CALLBACK"]
        .iter()
        .any(|w| n.ends_with(w) || n.contains(&format!("{w}_")))
}

/// One environment variable that names a cleartext endpoint, or whose endpoint value is
/// not resolvable.
#[derive(Clone, Debug)]
pub struct Finding<'a> {
    /// Variable name.
    pub name: String,
    /// The URL's host, or the reason the value is unknown.
    pub detail: String,
    /// Where the value is written.
    pub location: Option<&'a Location>,
}

/// What a set of environment variables says about outbound endpoints.
#[derive(Debug, Default)]
pub struct EnvScan<'a> {
    /// Variables naming `http://` endpoints off the host.
    pub cleartext: Vec<Finding<'a>>,
    /// Endpoint-named variables whose value is known only at deploy time.
    pub unresolved: Vec<Finding<'a>>,
    /// How many variables name `https://` endpoints.
    pub tls: usize,
}

impl<'a> EnvScan<'a> {
    /// Adds one variable.
    pub fn add(&mut self, name: &str, value: &'a Node) {
        match &value.value {
            Value::Str(s) => match classify(s) {
                Some((Transport::Cleartext, host)) if !is_identifier_name(name) => {
                    self.cleartext.push(Finding {
                        name: name.to_string(),
                        detail: host.to_string(),
                        location: value.location.as_ref(),
                    })
                }
                Some((Transport::Tls, _)) => self.tls += 1,
                _ => {}
            },
            Value::Unknown(why) if is_endpoint_name(name) => self.unresolved.push(Finding {
                name: name.to_string(),
                detail: why.clone(),
                location: value.location.as_ref(),
            }),
            _ => {}
        }
    }
}

impl EnvScan<'_> {
    /// The verdict: fail on a cleartext endpoint, unknown on an unresolvable endpoint
    /// variable, pass when endpoints are all HTTPS, not applicable when none is named.
    /// `path` is the attribute the variables live under.
    pub fn outcome(&self, path: &str) -> crate::Outcome {
        use crate::Outcome;
        if let Some(f) = self.cleartext.first() {
            let dynamodb = f.detail.starts_with("dynamodb.");
            let dynamo = if dynamodb {
                " (a DynamoDB endpoint)"
            } else {
                ""
            };
            let others = (self.cleartext.len() - 1).to_string();
            let (more, id) = match (self.cleartext.len(), dynamodb) {
                (1, false) => (String::new(), "endpoint-url-http"),
                (1, true) => (String::new(), "endpoint-url-http-dynamodb"),
                (_, false) => (format!(" and {others} more"), "endpoint-url-http-more"),
                (_, true) => (
                    format!(" and {others} more"),
                    "endpoint-url-http-dynamodb-more",
                ),
            };
            return Outcome::fail(format!(
                "{} points at http://{}{dynamo}{more}: requests to it travel in cleartext",
                f.name, f.detail
            ))
            .l10n(
                id,
                &[("name", &f.name), ("host", &f.detail), ("more", &others)],
            )
            .at(path, f.location);
        }
        if let Some(f) = self.unresolved.first() {
            let o = Outcome::unknown(format!("the endpoint in {} {}", f.name, f.detail));
            return match phiguard_model::reason_l10n(&f.detail) {
                Some(why) => o
                    .l10n("endpoint-url-unresolved", &[("name", &f.name)])
                    .with("reason", why),
                None => o,
            }
            .at(path, f.location);
        }
        if self.tls > 0 {
            let count = self.tls.to_string();
            return Outcome::pass(format!(
                "{count} endpoint URL(s) in the configuration use https://"
            ))
            .l10n("endpoint-url-https", &[("count", &count)]);
        }
        Outcome::not_applicable(
            "no endpoint URL is written in the configuration (calls made from code need a code review)",
        )
        .l10n("endpoint-url-none", &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_and_identifiers() {
        assert_eq!(
            classify("http://claims.internal.example.net:8080/v1"),
            Some((Transport::Cleartext, "claims.internal.example.net"))
        );
        assert_eq!(
            classify("HTTPS://dynamodb.us-east-1.amazonaws.com"),
            Some((Transport::Tls, "dynamodb.us-east-1.amazonaws.com"))
        );
        assert_eq!(
            classify("http://localhost:2773/secretsmanager"),
            Some((Transport::Local, "localhost"))
        );
        assert_eq!(classify("http://loinc.org"), None);
        assert_eq!(
            classify("http://terminology.hl7.org/CodeSystem/v2-0203"),
            None
        );
        assert_eq!(classify("see http://x.y for details"), None);
        assert_eq!(classify("PatientRecords"), None);
        assert_eq!(
            classify("http://[::1]:9000/"),
            Some((Transport::Local, "::1"))
        );
    }

    #[test]
    fn variable_names() {
        assert!(is_identifier_name("FHIR_CODE_SYSTEM"));
        assert!(is_endpoint_name("PAYER_API_URL"));
        assert!(is_endpoint_name("DYNAMODB_ENDPOINT"));
        assert!(!is_endpoint_name("TABLE_NAME"));
    }
}
