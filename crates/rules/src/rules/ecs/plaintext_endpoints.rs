//! ECS containers do not call endpoints over cleartext HTTP.
use crate::judge::ecs_task;
use crate::judge::endpoint_url::EnvScan;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ecs-plaintext-endpoints",
    title: "ECS container environments do not point at http:// endpoints",
    severity: Severity::High,
    service: "Amazon ECS",
    section: "Amazon Elastic Container Service",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &[
        "ECS-PHI-ENCRYPTED-BY-CONTAINERS",
        "DYNAMODB-HTTPS-ENDPOINTS",
    ],
    kinds: &["AWS::ECS::TaskDefinition"],
    phi_only: false,
    rationale: "PHI accessed by containers must be encrypted in transit, and connections to DynamoDB \
tables with PHI must use HTTPS endpoints. An environment variable that points a service at an \
http:// URL off the host (an API, a DynamoDB endpoint override) makes it send its requests in \
cleartext. Loopback and link-local URLs (sidecars, the task metadata endpoint) and identifier URLs \
such as FHIR code systems are not endpoints and are ignored.",
    remediation: "Use https:// URLs in `ContainerDefinitions[].Environment` of \
`AWS::ECS::TaskDefinition` (drop DynamoDB endpoint overrides, the SDK default is HTTPS); in \
Terraform, the `environment` entries of the `container_definitions` JSON of \
`aws_ecs_task_definition`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let containers = match ecs_task::containers(r) {
        Ok(c) => c,
        Err(unknown) => return unknown,
    };
    let mut scan = EnvScan::default();
    for c in &containers {
        for var in ecs_task::field(c, "Environment")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            let name = ecs_task::field(var, "Name")
                .node()
                .and_then(Node::as_str)
                .unwrap_or("");
            if let Lookup::Set(v) | Lookup::Unknown(v) = ecs_task::field(var, "Value") {
                scan.add(name, v);
            }
        }
    }
    scan.outcome("ContainerDefinitions")
}
