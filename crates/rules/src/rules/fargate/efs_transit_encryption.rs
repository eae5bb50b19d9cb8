//! Fargate task definitions mount EFS volumes with TLS.
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "fargate-efs-transit-encryption",
    title: "Fargate task definitions mount EFS volumes with transit encryption",
    severity: Severity::Medium,
    service: "AWS Fargate",
    section: "AWS Fargate",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(e)(1)"],
    requirements: &["FARGATE-ENCRYPT-PHI"],
    kinds: &["AWS::ECS::TaskDefinition"],
    phi_only: false,
    rationale: "Fargate itself needs no extra configuration, but the whitepaper asks that PHI the \
containers reach through storage options stay encrypted in transit and at rest. EFS volumes in a \
task definition are mounted over plain NFS unless TransitEncryption is ENABLED; the file systems' \
own encryption at rest is judged by the EFS rules.",
    remediation: "Set `EFSVolumeConfiguration.TransitEncryption: ENABLED` (and preferably \
`AuthorizationConfig.IAM: ENABLED` with an access point) for every EFS volume; in Terraform, \
`transit_encryption = \"ENABLED\"` in `efs_volume_configuration` of `aws_ecs_task_definition`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    match r.get("RequiresCompatibilities") {
        Lookup::Set(n)
            if n.items().iter().any(|i| {
                i.as_str()
                    .is_some_and(|s| s.eq_ignore_ascii_case("FARGATE"))
            }) => {}
        Lookup::Unknown(n) => return crate::outcome::path_unknown("RequiresCompatibilities", n),
        _ => {
            return Outcome::not_applicable("not a Fargate task definition")
                .l10n("fargate-not-fargate", &[]);
        }
    }
    let volumes = match written(r, "Volumes", || {
        Outcome::not_applicable("the task mounts no EFS volumes").l10n("fargate-no-efs", &[])
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut efs = 0;
    for (i, v) in volumes.items().iter().enumerate() {
        if v.get("EFSVolumeConfiguration").is_absent() {
            continue;
        }
        efs += 1;
        let name = v.get("Name").node().and_then(Node::as_str).unwrap_or("?");
        let path = format!("Volumes.{i}.EFSVolumeConfiguration.TransitEncryption");
        match v.get("EFSVolumeConfiguration.TransitEncryption") {
            Lookup::Set(t) => match t.as_str() {
                Some(s) if s.eq_ignore_ascii_case("ENABLED") => {}
                Some(s) => return Outcome::fail(format!("EFS volume '{name}' is mounted without TLS (TransitEncryption {s})"))
                    .l10n("fargate-efs-no-tls", &[("volume", name), ("value", s)])
                    .at(&path, t.location.as_ref()),
                None => return transit_unreadable(name, t).at(&path, t.location.as_ref()),
            },
            Lookup::Unknown(t) => return transit_unreadable(name, t).at(&path, t.location.as_ref()),
            Lookup::Absent => return Outcome::fail(format!("EFS volume '{name}' is mounted without TLS (TransitEncryption defaults to DISABLED)"))
                .l10n("fargate-efs-no-tls-default", &[("volume", name)])
                .at(&path, v.location.as_ref()),
        }
    }
    if efs == 0 {
        return Outcome::not_applicable("the task mounts no EFS volumes")
            .l10n("fargate-no-efs", &[]);
    }
    Outcome::pass("every EFS volume is mounted with TLS")
        .l10n("fargate-efs-all-tls", &[])
        .at("Volumes", volumes.location.as_ref())
}

fn transit_unreadable(name: &str, t: &Node) -> Outcome {
    let o = Outcome::unknown(format!(
        "TransitEncryption of '{name}' {}",
        crate::unknown_reason(t)
    ));
    with_reason(o, t, "fargate-efs-transit-unreadable", &[("volume", name)])
}
