//! EC2 instances holding PHI encrypt the EBS volumes they declare.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ec2-instance-ebs-encrypted",
    title: "EC2 instances encrypt the EBS volumes in their block device mappings",
    severity: Severity::Critical,
    service: "Amazon EC2",
    section: "Amazon Elastic Compute Cloud",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["EC2-DATA-AT-REST-ENCRYPTION", "EBS-ENCRYPTION-AT-REST"],
    kinds: &["AWS::EC2::Instance"],
    phi_only: true,
    rationale: "The whitepaper requires PHI at rest on EC2 to be encrypted; EBS encryption is the \
way a template can show it. Encrypted: false fails; a new blank volume without Encrypted fails \
(unencrypted unless the account turns on EBS encryption by default); a volume from a snapshot, or \
the root volume from the AMI, takes that snapshot's encryption and is unknown. Volumes attached \
through the Volumes property are AWS::EC2::Volume resources and carry their own verdict \
(ebs-volume-encrypted); an instance that takes its block devices from a launch template is judged \
there. Instance-store and NoDevice mappings are ignored.",
    remediation: "Set `Ebs.Encrypted: true` (and `Ebs.KmsKeyId`) on every EBS entry of \
`BlockDeviceMappings`, including the root device; in Terraform, `encrypted = true` in \
`root_block_device` and each `ebs_block_device` of `aws_instance`.",
    check: Check::Resource(check),
};

const PATH: &str = "BlockDeviceMappings";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if r.get(PATH).is_absent() && !r.get("LaunchTemplate").is_absent() {
        return Outcome::not_applicable(
            "the instance takes its block devices from its launch template, which carries the verdict",
        )
        .l10n("ec2-instance-ebs-from-template", &[])
        .at_lookup("LaunchTemplate", r.get("LaunchTemplate"));
    }
    let out = crate::judge::block_devices::judge(r.get(PATH), PATH, "instance");
    let attached = r.get("Volumes").node().map_or(0, |v| v.items().len());
    if attached > 0 && out.verdict != crate::Verdict::Fail {
        let mut out = out;
        // A parenthesis added to the sentence: the block-device message's twin that says
        // it, where there is one; otherwise the sentence nested in one that adds it.
        out.l10n = out.l10n.take().and_then(|mut parts| {
            let [part] = &mut parts[..] else {
                return None;
            };
            let twin = match part.id {
                "block-devices-encrypted" => "ec2-instance-ebs-encrypted-attached",
                "block-devices-encrypted-root" => "ec2-instance-ebs-encrypted-root-attached",
                "block-devices-snapshot" => "ec2-instance-ebs-snapshot-attached",
                "block-devices-root-unset" => "ec2-instance-ebs-root-unset-attached",
                "block-devices-no-mapping" => "ec2-instance-ebs-no-mapping-attached",
                _ => {
                    let sentence = parts.pop()?;
                    let n = attached.to_string();
                    let wrap = crate::MessagePart::new(
                        "ec2-instance-ebs-attached-note",
                        &[("attached", &n)],
                    );
                    return Some(vec![wrap.with("sentence", sentence)]);
                }
            };
            part.id = twin;
            part.args.push(("attached", attached.to_string()));
            Some(parts)
        });
        out.message.push_str(&format!(
            " ({attached} volume(s) attached through Volumes are judged by ebs-volume-encrypted)"
        ));
        return out;
    }
    out
}
