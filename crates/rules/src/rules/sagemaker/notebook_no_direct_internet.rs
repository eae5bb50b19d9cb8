//! SageMaker notebook instances have no direct internet access.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "sagemaker-notebook-no-direct-internet",
    title: "SageMaker notebook instances working with PHI disable direct internet access",
    severity: Severity::High,
    service: "Amazon SageMaker",
    section: "Amazon SageMaker",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(a)(1)"],
    requirements: &["SAGEMAKER-NOTEBOOK-KMS"],
    kinds: &["AWS::SageMaker::NotebookInstance"],
    phi_only: true,
    rationale: "By default a notebook instance gets a SageMaker-managed network interface with \
direct internet access, outside the team's VPC controls, from which PHI can be copied anywhere. \
With direct access disabled the notebook reaches the internet only through the VPC (NAT, \
endpoints, firewalls, flow logs), as the whitepaper's derived notebook guidance asks.",
    remediation: "Set `DirectInternetAccess: Disabled` with a `SubnetId` and `SecurityGroupIds` \
in a private subnet, and add VPC endpoints for S3 and SageMaker; in Terraform, \
`direct_internet_access = \"Disabled\"` on `aws_sagemaker_notebook_instance`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "DirectInternetAccess";
    match string_attr(r, P) {
        Ok(Some((v, loc))) if v.eq_ignore_ascii_case("Disabled") => Outcome::pass("direct internet access is disabled; traffic goes through the VPC").l10n("sagemaker-notebook-internet-disabled", &[]).at(P, loc),
        Ok(Some((v, loc))) => Outcome::fail(format!("DirectInternetAccess is {v}: the notebook reaches the internet outside the VPC's controls"))
            .l10n("sagemaker-notebook-internet-other", &[("value", v)])
            .at(P, loc),
        Ok(None) => Outcome::fail("DirectInternetAccess is not set; notebooks get direct internet access by default").l10n("sagemaker-notebook-internet-absent", &[]).at(P, None),
        Err(unknown) => unknown,
    }
}
