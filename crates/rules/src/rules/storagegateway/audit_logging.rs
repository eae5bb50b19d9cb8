//! Storage Gateway gateways and file shares log activity.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "storagegateway-audit-logging",
    title: "Storage Gateway file shares send audit logs, and gateways send health logs, to CloudWatch",
    severity: Severity::Medium,
    service: "AWS Storage Gateway",
    section: "Tape Gateway",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["SGW-FULL-LOGGING"],
    kinds: &[
        "AWS::StorageGateway::NFSFileShare",
        "AWS::StorageGateway::SMBFileShare",
        "AWS::StorageGateway::Gateway",
    ],
    phi_only: false,
    rationale: "The whitepaper asks for full logging of any Storage Gateway configuration used \
with PHI. File share audit logs record who opened, changed or deleted each file; a gateway's \
CloudWatch log group records its health and errors. Both are off unless a destination is named. \
Gateways have no CloudFormation type; the gateway part is read from Terraform's \
`aws_storagegateway_gateway`.",
    remediation: "Set `AuditDestinationARN` to a CloudWatch Logs group ARN on each file share \
(Terraform: `audit_destination_arn`), and `cloudwatch_log_group_arn` on \
`aws_storagegateway_gateway`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    let (path, what, id) = if r.kind == "AWS::StorageGateway::Gateway" {
        (
            "CloudWatchLogGroupARN",
            "the gateway sends no logs to CloudWatch Logs",
            "storagegateway-gateway-no-logs",
        )
    } else {
        (
            "AuditDestinationARN",
            "the file share records no audit log of file access",
            "storagegateway-share-no-audit",
        )
    };
    match is_set(r, path) {
        Ok(true) => Outcome::pass("logs are delivered to the named destination")
            .l10n("storagegateway-logs-delivered", &[])
            .at_lookup(path, r.get(path)),
        Ok(false) => Outcome::fail(format!("no {path}: {what}"))
            .l10n(id, &[])
            .at(path, None),
        Err(unknown) => unknown,
    }
}
