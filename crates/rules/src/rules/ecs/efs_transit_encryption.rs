//! EFS volumes mounted into ECS tasks and Batch jobs use TLS.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ecs-efs-transit-encryption",
    title: "EFS volumes in ECS task definitions and Batch job definitions enable transit encryption",
    severity: Severity::High,
    service: "Amazon ECS",
    section: "Amazon Elastic Container Service",
    cfr: &[
        "45 CFR 164.312(e)(1)",
        "45 CFR 164.312(e)(2)(ii)",
        "45 CFR 164.312(a)(2)(iv)",
    ],
    requirements: &["ECS-PHI-ENCRYPTED-BY-CONTAINERS", "EFS-TLS-MOUNT"],
    kinds: &["AWS::ECS::TaskDefinition", "AWS::Batch::JobDefinition"],
    phi_only: false,
    rationale: "PHI that containers read from shared storage must be encrypted in transit. EFS mounts \
are not encrypted unless the mount uses TLS; for ECS and Batch that is the volume's \
TransitEncryption setting, which defaults to DISABLED, so NFS traffic crosses the VPC in cleartext.",
    remediation: "Set `EFSVolumeConfiguration.TransitEncryption: ENABLED` on every EFS volume of \
`AWS::ECS::TaskDefinition` (`EfsVolumeConfiguration.TransitEncryption` in \
`AWS::Batch::JobDefinition`); in Terraform, `efs_volume_configuration { transit_encryption = \
\"ENABLED\" }` in the `volume` blocks of `aws_ecs_task_definition`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let (volumes_path, efs_key) = if r.kind == "AWS::Batch::JobDefinition" {
        ("ContainerProperties.Volumes", "EfsVolumeConfiguration")
    } else {
        ("Volumes", "EFSVolumeConfiguration")
    };
    let volumes = match r.get(volumes_path) {
        Lookup::Absent => return Outcome::not_applicable("no volumes"),
        Lookup::Unknown(n) => {
            return Outcome::unknown(format!("{volumes_path} {}", crate::unknown_reason(n)))
                .at(volumes_path, n.location.as_ref());
        }
        Lookup::Set(n) => n,
    };
    let mut passed = None;
    for (i, v) in volumes.items().iter().enumerate() {
        let efs = match v.get(efs_key) {
            Lookup::Absent => continue,
            Lookup::Unknown(n) => {
                let p = format!("{volumes_path}.{i}.{efs_key}");
                return Outcome::unknown(format!("{p} {}", crate::unknown_reason(n)))
                    .at(&p, n.location.as_ref());
            }
            Lookup::Set(n) => n,
        };
        let name = v
            .get("Name")
            .node()
            .and_then(Node::as_str)
            .unwrap_or("(unnamed)");
        let p = format!("{volumes_path}.{i}.{efs_key}.TransitEncryption");
        match efs.get("TransitEncryption") {
            Lookup::Absent => {
                return Outcome::fail(format!("the EFS volume '{name}' does not set TransitEncryption, which defaults to DISABLED"))
                    .at(&p, efs.location.as_ref());
            }
            Lookup::Unknown(n) => {
                return Outcome::unknown(format!("{p} {}", crate::unknown_reason(n)))
                    .at(&p, n.location.as_ref());
            }
            Lookup::Set(n) => match n.as_str() {
                Some(s) if s.eq_ignore_ascii_case("ENABLED") => {
                    passed.get_or_insert(
                        Outcome::pass("every EFS volume is mounted with TLS")
                            .at(&p, n.location.as_ref()),
                    );
                }
                Some(s) => {
                    return Outcome::fail(format!(
                        "the EFS volume '{name}' sets TransitEncryption {s}"
                    ))
                    .at(&p, n.location.as_ref());
                }
                None => {
                    return Outcome::unknown(format!("{p} {}", crate::unknown_reason(n)))
                        .at(&p, n.location.as_ref());
                }
            },
        }
    }
    passed.unwrap_or_else(|| Outcome::not_applicable("no EFS volumes"))
}
