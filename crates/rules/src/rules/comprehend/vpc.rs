//! Comprehend classifiers and flywheels run their jobs in a VPC.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "comprehend-vpc",
    title: "Comprehend classifiers and flywheels run their jobs inside a VPC",
    severity: Severity::Medium,
    service: "Amazon Comprehend",
    section: "Network segmentation and hardening",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(b)"],
    requirements: &["COMPREHEND-VPC-JOBS"],
    kinds: &[
        "AWS::Comprehend::DocumentClassifier",
        "AWS::Comprehend::Flywheel",
    ],
    phi_only: false,
    rationale: "The Comprehend guidance asks that jobs over PHI run in a VPC (subnets and security \
groups) that is not connected to the internet, monitored with VPC Flow Logs and reached through an \
interface endpoint. Without VpcConfig the job's containers read and write S3 over the service's own \
network, outside the customer's network controls and flow logs.",
    remediation: "Set `VpcConfig` (`SecurityGroupIds`, `Subnets` in private subnets) on \
`AWS::Comprehend::DocumentClassifier`, or `DataSecurityConfig.VpcConfig` on \
`AWS::Comprehend::Flywheel`, and add an S3 gateway endpoint and a Comprehend interface endpoint; \
in Terraform, `vpc_config { security_group_ids, subnets }` on \
`aws_comprehend_document_classifier`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let path = if r.kind == "AWS::Comprehend::Flywheel" {
        "DataSecurityConfig.VpcConfig"
    } else {
        "VpcConfig"
    };
    let subnets = format!("{path}.Subnets");
    match r.get(path) {
        Lookup::Absent => Outcome::fail("no VpcConfig: the jobs run outside the customer's VPC")
            .l10n("comprehend-vpc-absent", &[])
            .at(path, None),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => match r.get(&subnets) {
            Lookup::Set(s) if !s.items().is_empty() || !matches!(s.value, Value::List(_)) => {
                Outcome::pass("the jobs run in the customer's VPC")
                    .l10n("comprehend-vpc-set", &[])
                    .at(path, n.location.as_ref())
            }
            Lookup::Unknown(s) => crate::outcome::path_unknown(&subnets, s),
            _ => Outcome::fail("VpcConfig names no subnets")
                .l10n("comprehend-vpc-no-subnets", &[])
                .at(path, n.location.as_ref()),
        },
    }
}
