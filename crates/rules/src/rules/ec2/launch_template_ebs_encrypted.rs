//! Launch templates for instances holding PHI encrypt the EBS volumes they declare.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ec2-launch-template-ebs-encrypted",
    title: "EC2 launch templates encrypt the EBS volumes in their block device mappings",
    severity: Severity::Critical,
    service: "Amazon EC2",
    section: "Amazon Elastic Compute Cloud",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["EC2-DATA-AT-REST-ENCRYPTION", "EBS-ENCRYPTION-AT-REST"],
    kinds: &["AWS::EC2::LaunchTemplate"],
    phi_only: true,
    rationale: "Every instance an Auto Scaling group or fleet launches from the template gets its \
volumes from LaunchTemplateData.BlockDeviceMappings. The whitepaper requires PHI at rest on EC2 to \
be encrypted, and EBS encryption is the way a template can show it. Encrypted: false fails; a new \
blank volume without Encrypted fails (unencrypted unless the account turns on EBS encryption by \
default); a volume from a snapshot, or the root volume from the AMI, takes that snapshot's \
encryption and is unknown. Instance-store and NoDevice mappings are ignored (instance-store \
volumes need OS-level encryption, a manual control).",
    remediation: "In `LaunchTemplateData.BlockDeviceMappings`, set `Ebs.Encrypted: true` (and \
`Ebs.KmsKeyId`) for every EBS volume, including the root device; in Terraform, \
`block_device_mappings { ebs { encrypted = true } }` on `aws_launch_template`. Turning on EBS \
encryption by default in the account is a good backstop but is not visible in the template.",
    check: Check::Resource(check),
};

const PATH: &str = "LaunchTemplateData.BlockDeviceMappings";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    crate::judge::block_devices::judge(r.get(PATH), PATH, "launch template")
}
