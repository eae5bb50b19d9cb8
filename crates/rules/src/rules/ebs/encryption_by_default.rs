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
    let region = r
        .get("Region")
        .node()
        .and_then(Node::as_str)
        .unwrap_or("this region")
        .to_string();
    match flag(r, "EbsEncryptionByDefault") {
        Flag::True(_) => {
            let key = r
                .get("EbsDefaultKmsKeyId")
                .node()
                .and_then(|n| crate::judge::live::text_or_target(&n.value).map(str::to_string))
                .map(|k| format!(" (key {k})"))
                .unwrap_or_default();
            Outcome::pass(format!("new EBS volumes in {region} are encrypted by default{key}"))
        }
        Flag::False(_) => Outcome::fail(format!(
            "EBS encryption by default is off in {region}: a volume created without Encrypted stores PHI in clear"
        )),
        Flag::Absent => Outcome::unknown(format!(
            "EbsEncryptionByDefault was not collected in {region} (ec2:GetEbsEncryptionByDefault)"
        )),
        Flag::Unknown(why, _) => Outcome::unknown(format!("EbsEncryptionByDefault {why}")),
    }
    .at("EbsEncryptionByDefault", None)
}
