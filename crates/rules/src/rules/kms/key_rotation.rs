//! Symmetric KMS keys rotate their key material.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "kms-key-rotation",
    title: "Symmetric KMS keys have automatic key rotation enabled",
    severity: Severity::Medium,
    service: "AWS Key Management Service",
    section: "Using AWS KMS for Encryption of PHI",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["KMS-ENVELOPE-ENCRYPTION"],
    kinds: &["AWS::KMS::Key"],
    phi_only: false,
    rationale: "The whitepaper protects the data keys of PHI with KMS keys (envelope encryption). \
Automatic rotation replaces a key's cryptographic material on a schedule (yearly by default) while \
keeping old material for decryption, which limits how much PHI any one key version protects. It \
is off unless EnableKeyRotation is true. Asymmetric and HMAC keys, keys with imported material \
(Origin EXTERNAL) and keys in a CloudHSM custom key store cannot rotate automatically and are not \
applicable. Keys are judged whether or not they are marked: a key protects whatever PHI is \
encrypted with it. In a live scan, AWS managed keys (`KeyManager` AWS, the `aws/<service>` keys) \
are not applicable: AWS rotates them yearly and nobody can change that; the rule judges customer \
keys, with the rotation status GetKeyRotationStatus reports.",
    remediation: "Set `EnableKeyRotation: true` on the AWS::KMS::Key (optionally \
`RotationPeriodInDays`); in Terraform, `enable_key_rotation = true` on `aws_kms_key`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, "KeyManager") {
        Err(unknown) => return unknown,
        Ok(Some(("AWS", loc))) => {
            return Outcome::not_applicable(
                "an AWS managed key: AWS rotates it every year and its rotation cannot be changed",
            )
            .l10n("kms-aws-managed", &[])
            .at("KeyManager", loc);
        }
        Ok(_) => {}
    }
    // `CustomerMasterKeySpec` is the older name some inputs still use.
    let spec_path = if r.get("KeySpec").is_absent() && !r.get("CustomerMasterKeySpec").is_absent() {
        "CustomerMasterKeySpec"
    } else {
        "KeySpec"
    };
    match string_attr(r, spec_path) {
        Err(unknown) => return unknown,
        Ok(Some((spec, loc))) if !spec.eq_ignore_ascii_case("SYMMETRIC_DEFAULT") => {
            return Outcome::not_applicable(format!(
                "automatic rotation applies only to symmetric encryption keys; this key is {spec}"
            ))
            .l10n("kms-asymmetric", &[("spec", spec)])
            .at(spec_path, loc);
        }
        Ok(_) => {}
    }
    match string_attr(r, "Origin") {
        Err(unknown) => return unknown,
        Ok(Some((origin @ ("EXTERNAL" | "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE"), loc))) => {
            return Outcome::not_applicable(format!(
                "keys with Origin {origin} cannot rotate automatically; rotate them manually"
            ))
            .l10n("kms-origin-manual", &[("origin", origin)])
            .at("Origin", loc);
        }
        Ok(_) => {}
    }
    require_true_said(
        r,
        "EnableKeyRotation",
        "automatic key rotation",
        "what-automatic-key-rotation",
        Outcome::fail("EnableKeyRotation is not set; KMS keys do not rotate unless it is true")
            .l10n("kms-rotation-absent", &[]),
    )
}
