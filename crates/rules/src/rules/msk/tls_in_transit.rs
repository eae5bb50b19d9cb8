//! MSK clusters keep TLS between clients and brokers and between brokers.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "msk-tls-in-transit",
    title: "MSK clusters holding PHI use TLS for client-broker and inter-broker traffic",
    severity: Severity::Critical,
    service: "Amazon MSK",
    section: "Amazon Managed Streaming for Apache Kafka (Amazon MSK)",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["MSK-TLS-CLIENT-AND-BROKER"],
    kinds: &["AWS::MSK::Cluster"],
    phi_only: true,
    rationale: "PHI produced to or consumed from Kafka travels between clients and brokers and is \
replicated between brokers. The whitepaper asks to keep TLS on both paths: `TLS_PLAINTEXT` or \
`PLAINTEXT` lets clients send PHI unencrypted, and `InCluster: false` replicates it in clear text \
inside the VPC.",
    remediation: "Set `EncryptionInfo.EncryptionInTransit.ClientBroker: TLS` and `InCluster: true`; \
in Terraform, `encryption_info { encryption_in_transit { client_broker = \"TLS\" in_cluster = true } }`. \
Move clients to the TLS bootstrap brokers (port 9094, or 9096/9098 with SASL/IAM) first.",
    check: Check::Resource(check),
};

const BLOCK: &str = "EncryptionInfo.EncryptionInTransit";
const CLIENT: &str = "EncryptionInfo.EncryptionInTransit.ClientBroker";
const CLUSTER: &str = "EncryptionInfo.EncryptionInTransit.InCluster";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if r.get(BLOCK).is_absent() {
        return ctx.aws_default_said(
            BLOCK,
            (
                "Encryption in transit is not declared",
                "msk-tls-in-transit-default-missing",
            ),
            (
                "defaults new MSK clusters to ClientBroker TLS and InCluster true",
                "msk-tls-in-transit-default-does",
            ),
        );
    }
    let client = match string_attr(r, CLIENT) {
        Err(unknown) => return unknown,
        Ok(Some(("TLS", loc))) => Some(loc),
        Ok(Some((other, loc))) => {
            return Outcome::fail(format!(
                "ClientBroker is {other}: clients may send and receive PHI without TLS"
            ))
            .l10n("msk-tls-client-other", &[("value", other)])
            .at(CLIENT, loc);
        }
        Ok(None) => None,
    };
    match flag(r, CLUSTER) {
        Flag::False(n) => {
            return Outcome::fail(
                "InCluster is false: brokers replicate PHI to each other without TLS",
            )
            .l10n("msk-tls-in-cluster-false", &[])
            .at(CLUSTER, n.location.as_ref());
        }
        Flag::Unknown(why, loc) => {
            return match r.get(CLUSTER) {
                Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(CLUSTER, n),
                Lookup::Absent => Outcome::unknown(format!("{CLUSTER} {why}")).at(CLUSTER, loc),
            };
        }
        Flag::True(_) | Flag::Absent => {}
    }
    match client {
        Some(loc) => Outcome::pass("ClientBroker is TLS and inter-broker encryption is on")
            .l10n("msk-tls-on", &[])
            .at(CLIENT, loc),
        None => ctx.aws_default_said(
            CLIENT,
            (
                "ClientBroker is not declared",
                "msk-tls-in-transit-default-missing-2",
            ),
            (
                "defaults ClientBroker to TLS",
                "msk-tls-in-transit-default-does-2",
            ),
        ),
    }
}
