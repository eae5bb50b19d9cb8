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
        Lookup::Absent => return Outcome::not_applicable("no volumes").l10n("ecs-no-volumes", &[]),
        Lookup::Unknown(n) => return crate::outcome::path_unknown(volumes_path, n),
        Lookup::Set(n) => n,
    };
    let mut passed = None;
    for (i, v) in volumes.items().iter().enumerate() {
        let efs = match v.get(efs_key) {
            Lookup::Absent => continue,
            Lookup::Unknown(n) => {
                let p = format!("{volumes_path}.{i}.{efs_key}");
                return crate::outcome::path_unknown(&p, n);
            }
            Lookup::Set(n) => n,
        };
        let named = v.get("Name").node().and_then(Node::as_str);
        let name = named.unwrap_or("(unnamed)");
        let said = |o: Outcome, id: &'static str, args: &[(&'static str, &str)]| {
            crate::judge::ecs_task::said_naming(o, id, args, "volume", named)
        };
        let p = format!("{volumes_path}.{i}.{efs_key}.TransitEncryption");
        match efs.get("TransitEncryption") {
            Lookup::Absent => {
                return said(Outcome::fail(format!("the EFS volume '{name}' does not set TransitEncryption, which defaults to DISABLED")), "ecs-efs-transit-absent", &[])
                    .at(&p, efs.location.as_ref());
            }
            Lookup::Unknown(n) => return crate::outcome::path_unknown(&p, n),
            Lookup::Set(n) => match n.as_str() {
                Some(s) if s.eq_ignore_ascii_case("ENABLED") => {
                    passed.get_or_insert(
                        Outcome::pass("every EFS volume is mounted with TLS")
                            .l10n("ecs-efs-tls", &[])
                            .at(&p, n.location.as_ref()),
                    );
                }
                Some(s) => {
                    return said(
                        Outcome::fail(format!(
                            "the EFS volume '{name}' sets TransitEncryption {s}"
                        )),
                        "ecs-efs-transit-value",
                        &[("value", s)],
                    )
                    .at(&p, n.location.as_ref());
                }
                None => return crate::outcome::path_unknown(&p, n),
            },
        }
    }
    passed.unwrap_or_else(|| {
        Outcome::not_applicable("no EFS volumes").l10n("ecs-no-efs-volumes", &[])
    })
}
