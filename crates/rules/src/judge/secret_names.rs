//! Does a name (a parameter name, an environment variable, a JSON key) say that its value
//! is a secret? Used where a template stores values in places that are not encrypted or
//! hidden (SSM String parameters, OpsWorks custom JSON), so a name is the only hint.
//!
//! Deliberately narrow: `DB_PASSWORD`, `/claims/api-key`, `clientSecret` are secrets;
//! `PASSWORD_SECRET_ARN`, `token_url`, `api_key_id` and `password_length` name something
//! about a secret, not the secret itself.

/// Splits `/app/DbPassword`, `api-key`, `CLIENT_SECRET` into lower-case words.
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Words that make the name describe a secret's metadata rather than the secret.
const ABOUT: &[&str] = &[
    "arn",
    "id",
    "name",
    "url",
    "uri",
    "endpoint",
    "length",
    "policy",
    "path",
    "ttl",
    "rotation",
    "expiry",
    "expiration",
    "version",
    "enabled",
    "required",
    "hint",
    "ref",
    "header",
    "type",
    "file",
    "location",
    "prefix",
    "region",
    "format",
];

/// Whether `name` (its last path segment) names a secret value.
pub fn looks_secret(name: &str) -> bool {
    let last = name.rsplit('/').next().unwrap_or(name);
    let w = words(last);
    if w.iter().any(|x| ABOUT.contains(&x.as_str())) {
        return false;
    }
    let has = |a: &str| w.iter().any(|x| x == a);
    let pair = |a: &str, b: &str| w.windows(2).any(|p| p[0] == a && p[1] == b);
    [
        "password",
        "passwd",
        "pwd",
        "passphrase",
        "secret",
        "token",
        "apikey",
        "credentials",
        "credential",
    ]
    .iter()
    .any(|s| has(s))
        || pair("api", "key")
        || pair("private", "key")
        || pair("secret", "key")
        || pair("access", "key")
        || pair("signing", "key")
        || pair("auth", "key")
}

#[cfg(test)]
mod tests {
    use super::looks_secret;

    #[test]
    fn secrets() {
        for n in [
            "/claims/db/password",
            "DB_PASSWORD",
            "clientSecret",
            "/portal/api-key",
            "StripeApiKey",
            "jwt_signing_key",
            "SMTP_PASSWD",
            "github-token",
            "DbUserPassword",
            "DbPasswordParameter",
        ] {
            assert!(looks_secret(n), "{n}");
        }
    }

    #[test]
    fn not_secrets() {
        for n in [
            "/claims/db/password-secret-arn",
            "PASSWORD_LENGTH",
            "token_url",
            "api_key_id",
            "/claims/db/host",
            "DbUsername",
            "TokenEndpoint",
            "/portal/feature-flags",
            "keyboard_layout",
        ] {
            assert!(!looks_secret(n), "{n}");
        }
    }
}
