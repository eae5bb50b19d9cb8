//! AppFlow flows declare the KMS key that encrypts their data.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "appflow-flow-kms",
    title: "AppFlow flows declare the KMS key that encrypts flow data",
    severity: Severity::Medium,
    service: "Amazon AppFlow",
    section: "Amazon AppFlow",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["APPFLOW-KMS"],
    kinds: &["AWS::AppFlow::Flow"],
    phi_only: false,
    rationale: "AppFlow encrypts the data it moves and the S3 data it writes with a KMS key; the \
whitepaper asks the customer to specify that key. Without KMSArn the flow uses the \
AppFlow-managed key, which is encryption the configuration does not declare and whose key policy \
the customer does not control.",
    remediation: "Set `KMSArn` on `AWS::AppFlow::Flow` to a customer managed KMS key; in \
Terraform, `kms_arn` on `aws_appflow_flow`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    crate::judge::declared_key::check(
        ctx,
        r,
        "KMSArn",
        (
            "encrypts flow data with the AppFlow-managed key aws/appflow",
            "appflow-flow-kms-aws-does",
        ),
    )
}
