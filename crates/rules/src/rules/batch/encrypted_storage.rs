//! Batch compute environments run on encrypted EBS volumes.
use crate::judge::reference::{Pointee, resolve};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "batch-encrypted-storage",
    title: "Batch EC2 compute environments launch instances with encrypted EBS volumes",
    severity: Severity::Medium,
    service: "AWS Batch",
    section: "AWS Batch",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["BATCH-ENCRYPTED-STORAGE"],
    kinds: &["AWS::Batch::ComputeEnvironment"],
    phi_only: false,
    rationale: "Batch jobs that process PHI write it to the instances' EBS volumes (container \
layers, scratch space, swap). Like ECS, those volumes must be encrypted. A managed EC2 compute \
environment without a launch template boots the ECS-optimized AMI with unencrypted volumes unless \
the account turns on EBS encryption by default, which a template cannot show. Fargate compute \
environments are encrypted by AWS and unmanaged ones are judged on their own instances.",
    remediation: "Give the compute environment a launch template (`ComputeResources.LaunchTemplate`) \
whose `BlockDeviceMappings` set `Ebs.Encrypted: true` for the root and data volumes (Terraform: \
`launch_template` in `compute_resources`, and `block_device_mappings { ebs { encrypted = true } }` \
in `aws_launch_template`), or enable EBS encryption by default for the account \
(`aws_ebs_encryption_by_default`).",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, "Type") {
        Ok(Some((t, _))) if t.eq_ignore_ascii_case("UNMANAGED") => {
            return Outcome::not_applicable(
                "unmanaged compute environment: its instances are judged by the EC2 rules",
            )
            .l10n("batch-unmanaged", &[]);
        }
        Err(unknown) => return unknown,
        _ => {}
    }
    match string_attr(r, "ComputeResources.Type") {
        Ok(Some((t, _))) if t.to_ascii_uppercase().starts_with("FARGATE") => {
            return Outcome::not_applicable(
                "Fargate compute environment: AWS encrypts its storage",
            )
            .l10n("batch-fargate", &[]);
        }
        Ok(None) if r.get("ComputeResources").is_absent() => {
            return Outcome::unknown("the compute environment declares no compute resources")
                .l10n("batch-no-compute-resources", &[]);
        }
        Err(unknown) => return unknown,
        _ => {}
    }
    if let Some(d) = ctx
        .graph
        .of_kind("AWS::EC2::EBSEncryptionByDefault")
        .find(|d| matches!(flag(d, "Enabled"), Flag::True(_)))
    {
        return Outcome::pass(format!(
            "the account encrypts new EBS volumes by default ('{}')",
            d.name
        ))
        .l10n("batch-ebs-default", &[("setting", &d.name)]);
    }
    const LT: &str = "ComputeResources.LaunchTemplate";
    let lt = match r.get(LT) {
        Lookup::Absent => return Outcome::fail("no launch template: instances boot with the AMI's unencrypted EBS volumes unless the account encrypts EBS by default").l10n("batch-no-launch-template", &[]).at(LT, None),
        Lookup::Unknown(n) => return crate::outcome::path_unknown(LT, n),
        Lookup::Set(n) => n,
    };
    let loc = lt.location.as_ref();
    let pointer = match (lt.get("LaunchTemplateId"), lt.get("LaunchTemplateName")) {
        (Lookup::Set(n), _) => (n, "LaunchTemplateId"),
        (_, Lookup::Set(n)) => (n, "LaunchTemplateName"),
        (Lookup::Unknown(n), _) | (_, Lookup::Unknown(n)) => {
            return crate::judge::bucket::with_node_reason(
                Outcome::unknown(format!("the launch template {}", crate::unknown_reason(n)))
                    .l10n("batch-lt-unknown", &[]),
                n,
            )
            .at(LT, loc);
        }
        _ => {
            return Outcome::unknown("the launch template is not named")
                .l10n("batch-lt-not-named", &[])
                .at(LT, loc);
        }
    };
    let template = match resolve(
        ctx,
        r,
        pointer.0,
        &["AWS::EC2::LaunchTemplate"],
        if pointer.1 == "LaunchTemplateName" {
            "LaunchTemplateName"
        } else {
            "-"
        },
    ) {
        Pointee::Found(t) => t,
        Pointee::Outside(name) => {
            return Outcome::unknown(format!("launch template '{name}' is not in this scan"))
                .l10n("batch-lt-outside", &[("template", &name)])
                .at(LT, loc);
        }
        Pointee::Other(o) => {
            return Outcome::unknown(format!(
                "the launch template points at '{}', a {}",
                o.name, o.kind
            ))
            .l10n("batch-lt-other", &[("name", &o.name), ("kind", &o.kind)])
            .at(LT, loc);
        }
        Pointee::Unresolved(why) => {
            return crate::judge::bucket::with_reason(
                Outcome::unknown(format!("the launch template cannot be resolved: {why}"))
                    .l10n("batch-lt-unresolved", &[]),
                &why,
            )
            .at(LT, loc);
        }
    };
    let mappings = match template.get("LaunchTemplateData.BlockDeviceMappings") {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => {
            return crate::judge::bucket::with_node_reason(
                Outcome::unknown(format!(
                    "the block device mappings of '{}' {}",
                    template.name,
                    crate::unknown_reason(n)
                ))
                .l10n("batch-lt-mappings-unknown", &[("template", &template.name)]),
                n,
            )
            .at(LT, loc);
        }
        Lookup::Absent => {
            return Outcome::fail(format!("launch template '{}' declares no encrypted volumes, so the root volume follows the AMI (unencrypted)", template.name))
                .l10n("batch-lt-no-mappings", &[("template", &template.name)])
                .at(LT, loc);
        }
    };
    let mut ebs_count = 0;
    for m in mappings.items() {
        let named = m.get("DeviceName").node().and_then(Node::as_str);
        let device = named.unwrap_or("a device").to_string();
        let said = |o: Outcome, id: &'static str, unnamed: &'static str| match named {
            Some(d) => o.l10n(id, &[("template", &template.name), ("device", d)]),
            None => o.l10n(unnamed, &[("template", &template.name)]),
        };
        let unread = |e: &Node| {
            let o = Outcome::unknown(format!(
                "Encrypted of {device} {}",
                crate::unknown_reason(e)
            ));
            let o = match named {
                Some(d) => o.l10n("batch-lt-device-encrypted-unknown", &[("device", d)]),
                None => o.l10n("batch-lt-some-device-encrypted-unknown", &[]),
            };
            crate::judge::bucket::with_node_reason(o, e).at(LT, e.location.as_ref())
        };
        if m.get("Ebs").is_absent() {
            continue;
        }
        ebs_count += 1;
        match m.get("Ebs.Encrypted") {
            Lookup::Set(e) => match e.as_bool() {
                Some(true) => {}
                Some(false) => {
                    return said(
                        Outcome::fail(format!(
                            "launch template '{}' leaves {device} unencrypted",
                            template.name
                        )),
                        "batch-lt-device-unencrypted",
                        "batch-lt-some-device-unencrypted",
                    )
                    .at(LT, e.location.as_ref());
                }
                None => return unread(e),
            },
            Lookup::Unknown(e) => return unread(e),
            Lookup::Absent => {
                if m.get("Ebs.SnapshotId").is_absent() {
                    return said(
                        Outcome::fail(format!(
                            "launch template '{}' does not encrypt {device}",
                            template.name
                        )),
                        "batch-lt-device-not-encrypted",
                        "batch-lt-some-device-not-encrypted",
                    )
                    .at(LT, m.location.as_ref());
                }
                return said(
                    Outcome::unknown(format!(
                        "{device} is created from a snapshot whose encryption is not visible here"
                    )),
                    "batch-lt-device-snapshot",
                    "batch-lt-some-device-snapshot",
                )
                .at(LT, m.location.as_ref());
            }
        }
    }
    if ebs_count == 0 {
        return Outcome::fail(format!(
            "launch template '{}' declares no encrypted EBS volumes",
            template.name
        ))
        .l10n("batch-lt-no-ebs", &[("template", &template.name)])
        .at(LT, loc);
    }
    Outcome::pass(format!(
        "launch template '{}' encrypts every EBS volume it declares",
        template.name
    ))
    .l10n("batch-lt-encrypted", &[("template", &template.name)])
    .at(LT, loc)
}
