//! Launch configurations for instances holding PHI encrypt the EBS volumes they declare.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ec2-launch-configuration-ebs-encrypted",
    title: "Auto Scaling launch configurations encrypt the EBS volumes in their block device mappings",
    severity: Severity::Critical,
    service: "Amazon EC2",
    section: "Amazon Elastic Compute Cloud",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["EC2-DATA-AT-REST-ENCRYPTION", "EBS-ENCRYPTION-AT-REST"],
    kinds: &["AWS::AutoScaling::LaunchConfiguration"],
    phi_only: true,
    rationale: "Instances an Auto Scaling group launches from a launch configuration get their \
volumes from its BlockDeviceMappings. The whitepaper requires PHI at rest on EC2 to be encrypted. \
Encrypted: false fails; a new blank volume without Encrypted fails (unencrypted unless the account \
turns on EBS encryption by default); a volume from a snapshot, or the root volume from the AMI, \
takes that snapshot's encryption and is unknown. Instance-store and NoDevice mappings are ignored.",
    remediation: "Set `Ebs.Encrypted: true` on every EBS entry of `BlockDeviceMappings`, including \
the root device; in Terraform, `encrypted = true` in `root_block_device` and each \
`ebs_block_device` of `aws_launch_configuration`. Launch configurations are deprecated: moving to a \
launch template is the lasting fix.",
    check: Check::Resource(check),
};

const PATH: &str = "BlockDeviceMappings";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    crate::judge::block_devices::judge(r.get(PATH), PATH, "launch configuration")
}
