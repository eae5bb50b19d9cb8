//! CloudFront distributions with their own certificate require TLS 1.2 from viewers.
use crate::judge::tls_policy::{Protocol, cloudfront_minimum};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudfront-tls-minimum",
    title: "CloudFront distributions with a custom certificate require TLS 1.2 or later from viewers",
    severity: Severity::High,
    service: "Amazon CloudFront",
    section: "AWS Auto Scaling",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["GEN-TLS12-MINIMUM"],
    kinds: &["AWS::CloudFront::Distribution"],
    phi_only: false,
    rationale: "The whitepaper recommends TLS 1.2 or later for connections to AWS resources. A \
distribution with its own certificate chooses the oldest protocol viewers may use with \
`ViewerCertificate.MinimumProtocolVersion`; TLSv1, TLSv1_2016 and TLSv1.1_2016 accept TLS \
1.0/1.1. With CloudFront's default *.cloudfront.net certificate the minimum cannot be set \
(it is TLSv1), so the rule does not apply; use a custom certificate to require TLS 1.2.",
    remediation: "Set `ViewerCertificate: {AcmCertificateArn: ..., SslSupportMethod: sni-only, \
MinimumProtocolVersion: TLSv1.2_2021}`; Terraform: `viewer_certificate { \
acm_certificate_arn = ... ssl_support_method = \"sni-only\" minimum_protocol_version = \
\"TLSv1.2_2021\" }`.",
    check: Check::Resource(check),
};

const CERT: &str = "DistributionConfig.ViewerCertificate";
const PATH: &str = "DistributionConfig.ViewerCertificate.MinimumProtocolVersion";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let cert = match r.get(CERT) {
        Lookup::Set(c) => c,
        Lookup::Unknown(c) => {
            return crate::outcome::path_unknown("ViewerCertificate", c)
                .at(CERT, c.location.as_ref());
        }
        Lookup::Absent => return default_certificate(),
    };
    let custom = ["AcmCertificateArn", "IamCertificateId"]
        .iter()
        .any(|k| !cert.get(k).is_absent());
    if !custom {
        return default_certificate();
    }
    let version = match cert.get("MinimumProtocolVersion") {
        Lookup::Set(v) => v,
        Lookup::Unknown(v) => {
            return crate::outcome::path_unknown("MinimumProtocolVersion", v)
                .at(PATH, v.location.as_ref());
        }
        Lookup::Absent => {
            return Outcome::fail(
                "MinimumProtocolVersion is not set, so viewers may connect with TLSv1",
            )
            .l10n("cloudfront-tls-minimum-absent", &[])
            .at(PATH, cert.location.as_ref());
        }
    };
    let Some(text) = version.as_str() else {
        return crate::outcome::path_unknown("MinimumProtocolVersion", version)
            .at(PATH, version.location.as_ref());
    };
    match cloudfront_minimum(text) {
        Some(p) if p >= Protocol::Tls12 => Outcome::pass(format!("{text} requires {p} or later"))
            .l10n(
                "cloudfront-tls-minimum-ok",
                &[("version", text), ("protocol", &p.to_string())],
            )
            .at(PATH, version.location.as_ref()),
        Some(p) => Outcome::fail(format!("{text} accepts {p}; use TLSv1.2_2021"))
            .l10n(
                "cloudfront-tls-minimum-old",
                &[("version", text), ("protocol", &p.to_string())],
            )
            .at(PATH, version.location.as_ref()),
        None => Outcome::unknown(format!(
            "'{text}' is not a protocol version this rule knows"
        ))
        .l10n("cloudfront-tls-minimum-unknown", &[("version", text)])
        .at(PATH, version.location.as_ref()),
    }
}

/// CloudFront's default certificate, whose minimum protocol is fixed.
fn default_certificate() -> Outcome {
    Outcome::not_applicable(
        "the distribution uses CloudFront's default certificate, whose minimum protocol (TLSv1) cannot be changed",
    )
    .l10n("cloudfront-tls-minimum-default-certificate", &[])
}
