//! New EBS volumes are encrypted by default in each scanned region.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ebs-encryption-by-default",
    title: "EBS encryption by default is on in each scanned region (live)",
    severity: Severity::High,
    service: "Amazon Elastic Block Store",
    section: "Amazon Elastic Block Store",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["EBS-ENCRYPTION-AT-REST", "GEN-ENCRYPT-PHI-AT-REST"],
    kinds: &["phiguard::Region"],
    phi_only: false,
    rationale: "The whitepaper requires EBS encryption for volumes holding PHI. Encryption by \
default is an account setting per region (ec2:GetEbsEncryptionByDefault): with it on, every new \
volume and snapshot copy is encrypted, including the ones created by hand, by Auto Scaling, or by \
tools whose templates forget `Encrypted`. It is the account-level safeguard the per-volume rules \
cannot give; only a live account can answer it, so template scans give no finding.",
    remediation: "`aws ec2 enable-ebs-encryption-by-default --region <region>` (and optionally \
`aws ec2 modify-ebs-default-kms-key-id --kms-key-id <customer key>`) in every region you use.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let named = r.get("Region").node().and_then(Node::as_str);
    let region = named.unwrap_or("this region").to_string();
    // The region's name, or the phrase "this region" as a message reference.
    let said = |o: Outcome, id: &'static str, args: &[(&'static str, &str)]| match named {
        Some(name) => {
            let mut all = vec![("region", name)];
            all.extend_from_slice(args);
            o.l10n(id, &all)
        }
        None => o.l10n_refs(id, args, &[("region", "ebs-this-region")]),
    };
    match flag(r, "EbsEncryptionByDefault") {
        Flag::True(_) => {
            let key = r
                .get("EbsDefaultKmsKeyId")
                .node()
                .and_then(|n| crate::judge::live::text_or_target(&n.value).map(str::to_string));
            match key {
                Some(k) => said(
                    Outcome::pass(format!(
                        "new EBS volumes in {region} are encrypted by default (key {k})"
                    )),
                    "ebs-default-on-key",
                    &[("key", &k)],
                ),
                None => said(
                    Outcome::pass(format!("new EBS volumes in {region} are encrypted by default")),
                    "ebs-default-on",
                    &[],
                ),
            }
        }
        Flag::False(_) => said(
            Outcome::fail(format!(
                "EBS encryption by default is off in {region}: a volume created without Encrypted stores PHI in clear"
            )),
            "ebs-default-off",
            &[],
        ),
        Flag::Absent => said(
            Outcome::unknown(format!(
                "EbsEncryptionByDefault was not collected in {region} (ec2:GetEbsEncryptionByDefault)"
            )),
            "ebs-default-not-collected",
            &[],
        ),
        Flag::Unknown(why, _) => match r.get("EbsEncryptionByDefault") {
            Lookup::Unknown(n) | Lookup::Set(n) => {
                crate::outcome::path_unknown("EbsEncryptionByDefault", n)
            }
            Lookup::Absent => Outcome::unknown(format!("EbsEncryptionByDefault {why}")),
        },
    }
    .at("EbsEncryptionByDefault", None)
}
