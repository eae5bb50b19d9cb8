//! Batch job definitions, queues and compute environments hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "batch-no-phi-in-definitions",
    title: "Batch job definitions (commands, environment, parameters), queues and tags contain no PHI",
    severity: Severity::Medium,
    service: "AWS Batch",
    section: "AWS Batch",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["BATCH-NO-PHI-IN-DEFINITIONS"],
    kinds: &[
        "AWS::Batch::JobDefinition",
        "AWS::Batch::JobQueue",
        "AWS::Batch::ComputeEnvironment",
    ],
    phi_only: false,
    rationale: "The whitepaper: do not place PHI in Batch job definitions, job queues or tags, nor in what job stages return to Batch; jobs may operate on encrypted PHI they read at run time.",
    remediation: "Pass references (an S3 key without PHI, a record id from an encrypted store) instead of PHI. CloudFormation: `AWS::Batch::JobDefinition` `ContainerProperties.Command`/`Environment`/`Parameters`; Terraform: `aws_batch_job_definition` `container_properties`/`parameters`/`tags`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::Batch::JobDefinition",
        paths: &[
            "JobDefinitionName",
            "ContainerProperties.Command",
            "ContainerProperties.Environment",
            "Parameters",
            "Tags",
        ],
    },
    Fields {
        kind: "AWS::Batch::JobQueue",
        paths: &["JobQueueName", "Tags"],
    },
    Fields {
        kind: "AWS::Batch::ComputeEnvironment",
        paths: &["ComputeEnvironmentName", "Tags"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Batch job definitions, queues and tags are not encrypted and are shown to anyone who can describe jobs.",
            "batch-no-phi-in-definitions-why",
        ),
    )
}
