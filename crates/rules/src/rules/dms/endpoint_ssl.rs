//! DMS database endpoints connect with SSL.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "dms-endpoint-ssl",
    title: "DMS endpoints to databases and Kafka connect with SSL/TLS",
    severity: Severity::High,
    service: "AWS Database Migration Service",
    section: "AWS Database Migration Service",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["DMS-ENDPOINT-SSL"],
    kinds: &["AWS::DMS::Endpoint"],
    phi_only: false,
    rationale: "DMS moves whole tables of PHI between the source, the replication instance and the \
target. For database engines the connection is in clear text unless the endpoint's SslMode is \
require, verify-ca or verify-full (the default is none); Kafka targets need an SSL security \
protocol. Endpoints for S3, DynamoDB, Kinesis, OpenSearch and Neptune use HTTPS APIs and are not \
judged here.",
    remediation: "Set `SslMode: verify-full` (or `require`/`verify-ca`, with `CertificateArn` for \
verification) on database endpoints, and `KafkaSettings.SecurityProtocol: ssl-encryption` (or \
`sasl-ssl`) on Kafka endpoints; in Terraform, `ssl_mode` and `kafka_settings { security_protocol }` \
on `aws_dms_endpoint`.",
    check: Check::Resource(check),
};

const SSL_ENGINES: &[&str] = &[
    "mysql",
    "mariadb",
    "aurora",
    "aurora-postgresql",
    "aurora-serverless",
    "postgres",
    "oracle",
    "sqlserver",
    "azuredb",
    "azure-sql-managed-instance",
    "sybase",
    "mongodb",
    "docdb",
    "db2",
    "db2-zos",
    "babelfish",
];
const HTTPS_ENGINES: &[&str] = &[
    "s3",
    "dynamodb",
    "kinesis",
    "opensearch",
    "elasticsearch",
    "neptune",
    "timestream",
];

fn check(_: &Ctx, r: &Resource) -> Outcome {
    let engine = match string_attr(r, "EngineName") {
        Ok(Some((e, _))) => e.to_ascii_lowercase(),
        Ok(None) => {
            return Outcome::unknown("the endpoint names no engine")
                .l10n("dms-endpoint-no-engine", &[])
                .at("EngineName", None);
        }
        Err(unknown) => return unknown,
    };
    if HTTPS_ENGINES.contains(&engine.as_str()) {
        return Outcome::not_applicable(format!("{engine} endpoints use the service's HTTPS API"))
            .l10n("dms-ssl-https", &[("engine", &engine)]);
    }
    if engine == "kafka" {
        const P: &str = "KafkaSettings.SecurityProtocol";
        return match string_attr(r, P) {
            Ok(Some((p, loc))) if p.eq_ignore_ascii_case("plaintext") => {
                Outcome::fail("the Kafka endpoint connects in plaintext")
                    .l10n("dms-ssl-kafka-plaintext", &[])
                    .at(P, loc)
            }
            Ok(Some((p, loc))) => Outcome::pass(format!("the Kafka endpoint connects with {p}"))
                .l10n("dms-ssl-kafka-protocol", &[("protocol", p)])
                .at(P, loc),
            Ok(None) => {
                Outcome::fail("no SecurityProtocol: DMS connects to the Kafka brokers in plaintext")
                    .l10n("dms-ssl-kafka-absent", &[])
                    .at(P, None)
            }
            Err(unknown) => unknown,
        };
    }
    if !SSL_ENGINES.contains(&engine.as_str()) {
        return Outcome::unknown(format!(
            "the SSL settings of {engine} endpoints are not judged"
        ))
        .l10n("dms-ssl-not-judged", &[("engine", &engine)]);
    }
    const P: &str = "SslMode";
    match string_attr(r, P) {
        Ok(Some((m, loc))) if m.eq_ignore_ascii_case("none") => Outcome::fail(format!(
            "SslMode is none: the {engine} connection carries PHI in clear text"
        ))
        .l10n("dms-ssl-none", &[("engine", &engine)])
        .at(P, loc),
        Ok(Some((m, loc))) => Outcome::pass(format!("the {engine} connection uses SSL ({m})"))
            .l10n("dms-ssl-on", &[("engine", &engine), ("mode", m)])
            .at(P, loc),
        Ok(None) => Outcome::fail(format!(
            "SslMode is not set; DMS connects to {engine} without SSL by default"
        ))
        .l10n("dms-ssl-absent", &[("engine", &engine)])
        .at(P, None),
        Err(unknown) => unknown,
    }
}
