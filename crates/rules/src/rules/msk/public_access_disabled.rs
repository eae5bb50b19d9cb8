//! MSK brokers holding PHI are reached only over private VPC connectivity.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "msk-public-access-disabled",
    title: "MSK clusters holding PHI keep public access to brokers turned off",
    severity: Severity::Medium,
    service: "Amazon MSK",
    section: "Amazon Managed Streaming for Apache Kafka (Amazon MSK)",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(a)(1)"],
    requirements: &["MSK-ZOOKEEPER-PRIVATE", "PHI-STORE-NOT-PUBLIC"],
    kinds: &["AWS::MSK::Cluster"],
    phi_only: true,
    rationale: "The whitepaper notes that the cluster's bundled ZooKeeper traffic is not encrypted \
and asks that PHI be produced and consumed only over private VPC connectivity. Public access \
(`SERVICE_PROVIDED_EIPS`) gives every broker a public address, so clients outside the VPC can reach \
it over the internet. Public access is off unless it is turned on.",
    remediation: "Leave `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type` unset or `DISABLED`; \
in Terraform, `broker_node_group_info { connectivity_info { public_access { type = \"DISABLED\" } } }`. \
Reach the brokers through the VPC, peering, Transit Gateway or PrivateLink (multi-VPC connectivity).",
    check: Check::Resource(check),
};

const PATH: &str = "BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type";

fn check(_: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, PATH) {
        Err(unknown) => unknown,
        Ok(None) => Outcome::pass(
            "public access is not turned on (MSK creates brokers without public addresses)",
        )
        .l10n("msk-public-absent", &[]),
        Ok(Some((t, loc))) if t.eq_ignore_ascii_case("DISABLED") => {
            Outcome::pass("public access is DISABLED")
                .l10n("msk-public-disabled", &[])
                .at(PATH, loc)
        }
        Ok(Some((t, loc))) => Outcome::fail(format!(
            "public access is {t}: brokers get public addresses reachable from the internet"
        ))
        .l10n("msk-public-on", &[("type", t)])
        .at(PATH, loc),
    }
}
