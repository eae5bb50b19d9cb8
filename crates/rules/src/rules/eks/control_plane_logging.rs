//! EKS clusters send control-plane audit logs to CloudWatch.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "eks-control-plane-logging",
    title: "EKS clusters log the api, audit and authenticator control-plane streams",
    severity: Severity::Medium,
    service: "Amazon EKS",
    section: "Amazon Elastic Kubernetes Service (Amazon EKS)",
    cfr: &[
        "45 CFR 164.312(b)",
        "45 CFR 164.312(a)(2)(iv)",
        "45 CFR 164.312(a)(1)",
    ],
    requirements: &["EKS-FOLLOW-EKS-WHITEPAPER"],
    kinds: &["AWS::EKS::Cluster"],
    phi_only: false,
    rationale: "The EKS HIPAA whitepaper asks for control-plane logging. The Kubernetes audit log \
records who read or changed which object (secrets, pods that mount PHI volumes), the authenticator \
log records which IAM identity became which Kubernetes user, and the api log records requests to \
the API server. EKS writes none of them unless the cluster enables the log types.",
    remediation: "Set `Logging.ClusterLogging.EnabledTypes` to include `api`, `audit` and \
`authenticator` on `AWS::EKS::Cluster`; in Terraform, `enabled_cluster_log_types = [\"api\", \
\"audit\", \"authenticator\"]` on `aws_eks_cluster`.",
    check: Check::Resource(check),
};

const NEEDED: [&str; 3] = ["api", "audit", "authenticator"];

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let path = "Logging.ClusterLogging.EnabledTypes";
    let types = match r.get(path) {
        Lookup::Absent => {
            return Outcome::fail("no control-plane log types are enabled")
                .l10n("eks-logging-none", &[])
                .at(path, None);
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => n,
    };
    let mut enabled = Vec::new();
    for t in types.items() {
        match t.get("Type") {
            Lookup::Set(v) => enabled.extend(v.as_str().map(str::to_ascii_lowercase)),
            Lookup::Unknown(v) => return crate::outcome::path_unknown(path, v),
            Lookup::Absent => {}
        }
    }
    let missing: Vec<&str> = NEEDED
        .into_iter()
        .filter(|n| !enabled.iter().any(|e| e == n))
        .collect();
    if missing.is_empty() {
        Outcome::pass("api, audit and authenticator logs are enabled").l10n("eks-logging-on", &[])
    } else {
        let types = missing.join(", ");
        Outcome::fail(format!("control-plane logging lacks {types}"))
            .l10n("eks-logging-lacks", &[("types", &types)])
    }
    .at(path, types.location.as_ref())
}
