//! Pinpoint SMS channels send through a dedicated short code.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "pinpoint-sms-short-code",
    title: "Pinpoint SMS channels send through a dedicated short code",
    severity: Severity::High,
    service: "Amazon Pinpoint",
    section: "Amazon Pinpoint",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(a)(1)"],
    requirements: &["PINPOINT-SMS-DEDICATED-SHORT-CODE"],
    kinds: &["AWS::Pinpoint::SMSChannel"],
    phi_only: false,
    rationale: "The whitepaper allows PHI in SMS only from a dedicated short code reserved for \
PHI messages. Without a short code, Pinpoint sends from shared or long-code origination numbers or \
an alphanumeric sender ID, which the BAA guidance does not cover for PHI. The template shows \
whether the channel names a short code; a live check would confirm in pinpoint-sms-voice-v2 that \
the number is a SHORT_CODE reserved for this use.",
    remediation: "Request a dedicated short code, then set `ShortCode` on the \
`AWS::Pinpoint::SMSChannel` (Terraform: `short_code` on `aws_pinpoint_sms_channel`). Send PHI \
only from that short code, and do not use `SenderId` for PHI messages.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    if let Flag::False(n) = flag(r, "Enabled") {
        return Outcome::not_applicable("the SMS channel is disabled")
            .l10n("pinpoint-sms-disabled", &[])
            .at("Enabled", n.location.as_ref());
    }
    match is_set(r, "ShortCode") {
        Ok(true) => Outcome::pass("the SMS channel sends through a dedicated short code")
            .l10n("pinpoint-short-code", &[])
            .at_lookup("ShortCode", r.get("ShortCode")),
        Ok(false) => Outcome::fail("the SMS channel names no short code, so messages go out from shared or long-code numbers or a sender ID")
            .l10n("pinpoint-no-short-code", &[])
            .at("ShortCode", None),
        Err(unknown) => unknown,
    }
}
