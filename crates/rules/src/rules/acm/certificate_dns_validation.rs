//! ACM certificates are DNS-validated so that ACM renews them automatically.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "acm-certificate-dns-validation",
    title: "Public ACM certificates use DNS validation so they renew automatically",
    severity: Severity::Low,
    service: "AWS Certificate Manager",
    section: "AWS Certificate Manager",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["ACM-CERTS-FOR-TLS"],
    kinds: &["AWS::CertificateManager::Certificate"],
    phi_only: false,
    rationale: "TLS on PHI-facing endpoints needs certificates that stay valid; an expired \
certificate makes clients fail or, worse, teaches users to click through warnings. ACM renews a \
DNS-validated certificate on its own as long as the CNAME stays in place; an e-mail-validated \
certificate (the CloudFormation default) waits for someone to approve a renewal e-mail. Private \
certificates issued by AWS Private CA are renewed without validation. A live check would add each \
certificate's expiry date and renewal status.",
    remediation: "Set `ValidationMethod: DNS` (with `DomainValidationOptions` naming the hosted \
zone so CloudFormation creates the records); in Terraform, `validation_method = \"DNS\"` with an \
`aws_acm_certificate_validation` and the Route 53 records.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    if !r.get("CertificateAuthorityArn").is_absent() {
        return Outcome::not_applicable(
            "private certificate issued by AWS Private CA; ACM renews it without validation",
        )
        .l10n("acm-private-ca", &[]);
    }
    if !r.get("PrivateKey").is_absent() || !r.get("CertificateBody").is_absent() {
        return Outcome::unknown(
            "imported certificate: ACM does not renew it, so its expiry must be watched",
        )
        .l10n("acm-imported", &[]);
    }
    const P: &str = "ValidationMethod";
    match string_attr(r, P) {
        Ok(Some((v, loc))) if v.eq_ignore_ascii_case("DNS") => {
            Outcome::pass("DNS validation: ACM renews the certificate automatically")
                .l10n("acm-dns", &[])
                .at(P, loc)
        }
        Ok(Some((v, loc))) => Outcome::fail(format!(
            "ValidationMethod is {v}: renewal waits for someone to approve an e-mail"
        ))
        .l10n("acm-validation-method", &[("method", v)])
        .at(P, loc),
        Ok(None) => Outcome::fail("no ValidationMethod: CloudFormation defaults to e-mail validation, so renewal waits for someone to approve an e-mail")
            .l10n("acm-no-validation-method", &[])
            .at(P, None),
        Err(unknown) => unknown,
    }
}
