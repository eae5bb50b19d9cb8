//! SES receipt rules that store mail in S3 encrypt it with KMS.
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ses-receipt-s3-kms",
    title: "SES receipt rules that store received mail in S3 encrypt it with a KMS key",
    severity: Severity::High,
    service: "Amazon SES",
    section: "Amazon Simple Email Service (Amazon SES)",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["SES-RECEIVE-ENCRYPT-S3"],
    kinds: &["AWS::SES::ReceiptRule"],
    phi_only: false,
    rationale: "Inbound mail to a healthcare domain (referrals, patient replies) routinely carries \
PHI. The whitepaper asks SES to encrypt received messages with KMS before it stores them in S3, \
which the S3 action does when it names a KMS key; the bucket's own encryption is judged by the S3 \
rules.",
    remediation: "Set `KmsKeyArn` in every `S3Action` of the receipt rule (`Rule.Actions[].S3Action`); \
in Terraform, `kms_key_arn` in the `s3_action` blocks of `aws_ses_receipt_rule`. The key policy \
must let ses.amazonaws.com use it.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    if let Flag::False(n) = flag(r, "Rule.Enabled") {
        return Outcome::not_applicable("the receipt rule is disabled")
            .l10n("ses-receipt-disabled", &[])
            .at("Rule.Enabled", n.location.as_ref());
    }
    let actions = match written(r, "Rule.Actions", || {
        Outcome::not_applicable("the receipt rule has no actions")
            .l10n("ses-receipt-no-actions", &[])
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut stored = 0;
    for (i, a) in actions.items().iter().enumerate() {
        let s3 = match a.get("S3Action") {
            Lookup::Absent => continue,
            Lookup::Unknown(n) => {
                let o = Outcome::unknown(format!("an S3Action {}", crate::unknown_reason(n)));
                return with_reason(o, n, "ses-s3action-unreadable", &[])
                    .at("Rule.Actions", n.location.as_ref());
            }
            Lookup::Set(n) => n,
        };
        stored += 1;
        let path = format!("Rule.Actions.{i}.S3Action.KmsKeyArn");
        match s3.get("KmsKeyArn") {
            Lookup::Absent => {
                return Outcome::fail(
                    "an S3 action stores received mail without SES encryption (no KmsKeyArn)",
                )
                .l10n("ses-receipt-no-kms", &[])
                .at(&path, s3.location.as_ref());
            }
            Lookup::Unknown(n) => {
                return crate::outcome::path_unknown("KmsKeyArn", n).at(&path, n.location.as_ref());
            }
            Lookup::Set(_) => {}
        }
    }
    if stored == 0 {
        return Outcome::not_applicable("the receipt rule does not store mail in S3")
            .l10n("ses-receipt-no-s3", &[]);
    }
    Outcome::pass("received mail is encrypted with KMS before SES stores it in S3")
        .l10n("ses-receipt-kms", &[])
        .at("Rule.Actions", actions.location.as_ref())
}
