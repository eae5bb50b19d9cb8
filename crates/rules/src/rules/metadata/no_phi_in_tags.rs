//! Names, identifiers, tags and descriptions of every resource hold no PHI.
use crate::phi_scan::{Why, scan, verdicts};
use crate::prelude::*;
use std::collections::HashSet;

pub static RULE: Rule = Rule {
    id: "metadata-no-phi-in-tags",
    title: "Names, identifiers, tags and descriptions of every resource contain no PHI",
    severity: Severity::Medium,
    service: "General",
    section: "Encryption and protection of PHI in AWS",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["CLOUDHSM-NO-PHI-IN-TAGS", "GUARDDUTY-NO-PHI-IN-LOG-SOURCES"],
    kinds: &[],
    phi_only: false,
    rationale: "Across the whitepaper's service sections (KMS, CloudHSM, Route 53, Comprehend, \
Systems Manager...), tags and free-form descriptions are metadata that no service encrypts: \
they are listed by the Resource Groups Tagging API, copied into Cost Explorer, CloudTrail and \
Config, and readable by far more people than the data. Names of resources (a DynamoDB \
`TableName`, an SQS `QueueName`, a Lambda `FunctionName`, an IAM `RoleName`, a log group's \
name) also appear in ARNs, URLs, DNS, CloudWatch metrics and the CloudTrail logs that \
GuardDuty reads. This rule reads every user-chosen name, identifier, description and tag of \
every resource type whose service has no metadata rule of its own: properties called `Name`, \
`...Name`, `...Identifier`, `...Description`, `DisplayName`, `Alias...`, `...Prefix`, \
`Comment`, `Title` and `Tags` at any depth, the shapes the CloudFormation resource schemas \
give user-chosen names (service rules read the same fields of their own kinds).",
    remediation: "Name, tag and describe resources by function and classification \
(`intake-events`, `DataClassification: phi`, `Owner: team-records`), never with a patient's \
identifiers; keep the mapping from an opaque id to the patient inside an encrypted store. \
Terraform: `name`, `name_prefix`, `bucket`, `function_name`, `description`, `tags` and the \
other names of the resource.",
    check: Check::Scan(check),
};

/// Rules that read tags and descriptions of their own kinds; those kinds are left to them.
const SERVICE_RULES: &[&str] = &[
    "s3-no-phi-in-names",
    "kms-no-phi-in-metadata",
    "route53-no-phi-in-names",
    "cloudmap-no-phi-in-names",
    "appmesh-no-phi-in-names",
    "ssm-no-phi-in-identifiers",
    "batch-no-phi-in-definitions",
    "beanstalk-no-phi-in-names",
    "servicecatalog-no-phi",
    "rekognition-no-phi-in-ids",
    "iot-no-phi-in-topics",
    "comprehend-no-phi-in-names",
    "macie-no-phi-in-config",
    "autoscaling-no-phi-in-names",
    "cloudwatch-no-phi",
    "events-no-phi",
    "stepfunctions-no-phi",
    "connect-no-phi-in-admin-fields",
    "cloudformation-no-phi-in-template",
    "not-for-phi-service",
];

const PATHS: &[&str] = &[
    "Tags",
    "Description",
    "FileSystemTags",
    "AccessPointTags",
    "HostedZoneTags",
];

const WHY: Why = (
    "Names, tags and descriptions are not encrypted: they appear in ARNs, URLs, CloudWatch metrics, the tagging API, Cost Explorer, Config and CloudTrail.",
    "metadata-no-phi-in-tags-why",
);

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    let covered: HashSet<&str> = SERVICE_RULES
        .iter()
        .filter_map(|id| crate::find(id))
        .flat_map(|r| r.kinds.iter().copied())
        .collect();
    let mut out = Vec::new();
    for r in ctx.graph.resources() {
        if covered.contains(r.kind.as_str()) || !r.kind.starts_with("AWS::") {
            continue;
        }
        let s = scan(ctx, r, PATHS);
        if s.checked.is_empty() && s.hits.is_empty() && s.unresolved.is_empty() {
            continue; // nothing user-chosen to read (a route table association)
        }
        out.extend(verdicts(r, &s, WHY));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_service_rule_exists() {
        for id in super::SERVICE_RULES {
            assert!(crate::find(id).is_some(), "{id}");
        }
    }
}
