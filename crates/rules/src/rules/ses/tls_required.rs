//! SES configuration sets require TLS for delivery to receiving mail servers.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ses-tls-required",
    title: "SES configuration sets require TLS for delivery (TlsPolicy REQUIRE)",
    severity: Severity::Critical,
    service: "Amazon SES",
    section: "Amazon Simple Email Service (Amazon SES)",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["SES-TLS-POLICY-REQUIRE"],
    kinds: &["AWS::SES::ConfigurationSet"],
    phi_only: false,
    rationale: "SES first tries TLS to the receiving mail server but falls back to unencrypted \
delivery when TLS cannot be negotiated. The whitepaper's fix is a configuration set whose \
TlsPolicy is Require: SES then bounces the message rather than send PHI in clear text. Messages \
must be sent with that configuration set, for example as the identity's default configuration set \
(EmailIdentity ConfigurationSetAttributes).",
    remediation: "Set `DeliveryOptions: {TlsPolicy: REQUIRE}` on the `AWS::SES::ConfigurationSet` \
and make it the default set of the sending identities; in Terraform, \
`delivery_options { tls_policy = \"REQUIRE\" }` on `aws_sesv2_configuration_set` (or \
`tls_policy = \"Require\"` on `aws_ses_configuration_set`).",
    check: Check::Resource(check),
};

const P: &str = "DeliveryOptions.TlsPolicy";

fn check(_: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, P) {
        Ok(Some((v, loc))) if v.eq_ignore_ascii_case("REQUIRE") => Outcome::pass("delivery requires TLS; SES will not fall back to plaintext").l10n("ses-tls-require", &[]).at(P, loc),
        Ok(Some((v, loc))) => Outcome::fail(format!("TlsPolicy is {v}: SES delivers in clear text when the receiving server does not offer TLS"))
            .l10n("ses-tls-optional", &[("policy", v)])
            .at(P, loc),
        Ok(None) => Outcome::fail("no TlsPolicy is set; the default (OPTIONAL) delivers in clear text when the receiving server does not offer TLS").l10n("ses-tls-absent", &[]).at(P, None),
        Err(unknown) => unknown,
    }
}
