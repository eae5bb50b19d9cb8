//! `--format asff`: a JSON array of AWS Security Finding Format findings, ready for
//! Security Hub's `BatchImportFindings` (send it in batches of 100).
//!
//! Every finding of every verdict is one ASFF finding: fail → `Compliance.Status`
//! `FAILED` (suppressed ones also get `Workflow.Status` `SUPPRESSED` and a note with the
//! reason), pass → `PASSED`, unknown → `WARNING`, not applicable → `NOT_AVAILABLE`.
//! Only failures carry the rule's severity; the others are `INFORMATIONAL`. The manual
//! attestations are not findings about a resource and are left out.

use crate::{Render, ScanResult, fingerprint};
use phiguard_rules::{Finding, Severity, Verdict};
use serde_json::{Map, Value, json};
use std::io::{self, Write};

/// The ASFF report.
pub struct Asff {
    /// AWS account id the findings belong to.
    pub account: String,
    /// AWS region they are imported into.
    pub region: String,
    /// The language of titles, descriptions and remediation text.
    pub tr: phiguard_i18n::Tr,
}

impl Asff {
    /// Placeholder account when none is given.
    pub const DEFAULT_ACCOUNT: &str = "000000000000";
    /// Region when none is given.
    pub const DEFAULT_REGION: &str = "us-east-1";
}

/// Security Hub's finding type for HIPAA checks.
const TYPE: &str =
    "Software and Configuration Checks/Industry and Regulatory Standards/HIPAA Controls";

/// ASFF resource type names for AWS types (Security Hub's `Resources[].Type`);
/// any other type is `Other`.
const RESOURCE_TYPES: &[(&str, &str)] = &[
    ("AWS::AmazonMQ::Broker", "AwsAmazonMqBroker"),
    ("AWS::ApiGateway::RestApi", "AwsApiGatewayRestApi"),
    ("AWS::ApiGateway::Stage", "AwsApiGatewayStage"),
    ("AWS::ApiGatewayV2::Api", "AwsApiGatewayV2Api"),
    ("AWS::ApiGatewayV2::Stage", "AwsApiGatewayV2Stage"),
    ("AWS::AppSync::GraphQLApi", "AwsAppSyncGraphQlApi"),
    ("AWS::Athena::WorkGroup", "AwsAthenaWorkGroup"),
    (
        "AWS::AutoScaling::AutoScalingGroup",
        "AwsAutoScalingAutoScalingGroup",
    ),
    (
        "AWS::AutoScaling::LaunchConfiguration",
        "AwsAutoScalingLaunchConfiguration",
    ),
    ("AWS::Backup::BackupPlan", "AwsBackupBackupPlan"),
    ("AWS::Backup::BackupVault", "AwsBackupBackupVault"),
    (
        "AWS::CertificateManager::Certificate",
        "AwsCertificateManagerCertificate",
    ),
    ("AWS::CloudFormation::Stack", "AwsCloudFormationStack"),
    ("AWS::CloudFront::Distribution", "AwsCloudFrontDistribution"),
    ("AWS::CloudTrail::Trail", "AwsCloudTrailTrail"),
    ("AWS::CloudWatch::Alarm", "AwsCloudWatchAlarm"),
    ("AWS::CodeBuild::Project", "AwsCodeBuildProject"),
    ("AWS::DMS::Endpoint", "AwsDmsEndpoint"),
    ("AWS::DMS::ReplicationInstance", "AwsDmsReplicationInstance"),
    ("AWS::DMS::ReplicationTask", "AwsDmsReplicationTask"),
    ("AWS::DynamoDB::Table", "AwsDynamoDbTable"),
    ("AWS::EC2::EIP", "AwsEc2Eip"),
    ("AWS::EC2::Instance", "AwsEc2Instance"),
    ("AWS::EC2::LaunchTemplate", "AwsEc2LaunchTemplate"),
    ("AWS::EC2::NetworkAcl", "AwsEc2NetworkAcl"),
    ("AWS::EC2::NetworkInterface", "AwsEc2NetworkInterface"),
    ("AWS::EC2::RouteTable", "AwsEc2RouteTable"),
    ("AWS::EC2::SecurityGroup", "AwsEc2SecurityGroup"),
    ("AWS::EC2::Subnet", "AwsEc2Subnet"),
    ("AWS::EC2::TransitGateway", "AwsEc2TransitGateway"),
    ("AWS::EC2::Volume", "AwsEc2Volume"),
    ("AWS::EC2::VPC", "AwsEc2Vpc"),
    (
        "AWS::EC2::VPCPeeringConnection",
        "AwsEc2VpcPeeringConnection",
    ),
    ("AWS::EC2::VPNConnection", "AwsEc2VpnConnection"),
    ("AWS::ECR::Repository", "AwsEcrRepository"),
    ("AWS::ECS::Cluster", "AwsEcsCluster"),
    ("AWS::ECS::Service", "AwsEcsService"),
    ("AWS::ECS::TaskDefinition", "AwsEcsTaskDefinition"),
    ("AWS::EFS::AccessPoint", "AwsEfsAccessPoint"),
    ("AWS::EKS::Cluster", "AwsEksCluster"),
    (
        "AWS::ElasticBeanstalk::Environment",
        "AwsElasticBeanstalkEnvironment",
    ),
    (
        "AWS::ElasticLoadBalancing::LoadBalancer",
        "AwsElbLoadBalancer",
    ),
    (
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "AwsElbv2LoadBalancer",
    ),
    ("AWS::Elasticsearch::Domain", "AwsElasticsearchDomain"),
    ("AWS::Events::EventBus", "AwsEventsEventbus"),
    ("AWS::GuardDuty::Detector", "AwsGuardDutyDetector"),
    ("AWS::IAM::AccessKey", "AwsIamAccessKey"),
    ("AWS::IAM::Group", "AwsIamGroup"),
    ("AWS::IAM::ManagedPolicy", "AwsIamPolicy"),
    ("AWS::IAM::Role", "AwsIamRole"),
    ("AWS::IAM::User", "AwsIamUser"),
    ("AWS::Kinesis::Stream", "AwsKinesisStream"),
    ("AWS::KMS::Key", "AwsKmsKey"),
    ("AWS::Lambda::Function", "AwsLambdaFunction"),
    ("AWS::Lambda::LayerVersion", "AwsLambdaLayerVersion"),
    ("AWS::MSK::Cluster", "AwsMskCluster"),
    (
        "AWS::NetworkFirewall::Firewall",
        "AwsNetworkFirewallFirewall",
    ),
    (
        "AWS::NetworkFirewall::FirewallPolicy",
        "AwsNetworkFirewallFirewallPolicy",
    ),
    (
        "AWS::NetworkFirewall::RuleGroup",
        "AwsNetworkFirewallRuleGroup",
    ),
    (
        "AWS::OpenSearchService::Domain",
        "AwsOpenSearchServiceDomain",
    ),
    ("AWS::RDS::DBCluster", "AwsRdsDbCluster"),
    ("AWS::RDS::DBInstance", "AwsRdsDbInstance"),
    ("AWS::RDS::EventSubscription", "AwsRdsEventSubscription"),
    ("AWS::Redshift::Cluster", "AwsRedshiftCluster"),
    ("AWS::Route53::HostedZone", "AwsRoute53HostedZone"),
    ("AWS::S3::AccessPoint", "AwsS3AccessPoint"),
    ("AWS::S3::Bucket", "AwsS3Bucket"),
    (
        "AWS::SageMaker::NotebookInstance",
        "AwsSageMakerNotebookInstance",
    ),
    ("AWS::SecretsManager::Secret", "AwsSecretsManagerSecret"),
    ("AWS::SNS::Topic", "AwsSnsTopic"),
    ("AWS::SQS::Queue", "AwsSqsQueue"),
    (
        "AWS::StepFunctions::StateMachine",
        "AwsStepFunctionStateMachine",
    ),
    ("AWS::WAFv2::WebACL", "AwsWafv2WebAcl"),
];

/// The ASFF resource type for an AWS type.
pub fn resource_type(kind: &str) -> &'static str {
    RESOURCE_TYPES
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("Other", |(_, t)| t)
}

/// The ARN partition of a region.
fn partition(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "aws-cn"
    } else if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else {
        "aws"
    }
}

/// Cuts a string to at most `max` characters (ASFF limits field lengths).
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

fn label(f: &Finding) -> &'static str {
    match f.verdict {
        Verdict::Fail => match f.rule.severity {
            Severity::Critical => "CRITICAL",
            Severity::High => "HIGH",
            Severity::Medium => "MEDIUM",
            Severity::Low => "LOW",
        },
        _ => "INFORMATIONAL",
    }
}

fn status(v: Verdict) -> &'static str {
    match v {
        Verdict::Fail => "FAILED",
        Verdict::Pass => "PASSED",
        Verdict::Unknown => "WARNING",
        Verdict::NotApplicable => "NOT_AVAILABLE",
    }
}

impl Asff {
    fn finding(&self, scan: &ScanResult, f: &Finding) -> Value {
        let part = partition(&self.region);
        let (account, region) = (&self.account, &self.region);
        let resource = match &f.subject {
            Some(s) => {
                let id = match &s.origin {
                    phiguard_model::Origin::Arn(live) => live.arn.clone(),
                    phiguard_model::Origin::File(_) => s.name.clone(),
                };
                let mut other = Map::new();
                if let phiguard_model::Origin::File(l) = &s.origin {
                    other.insert("LogicalId".into(), json!(clip(&s.name, 1024)));
                    other.insert("File".into(), json!(clip(&l.file, 1024)));
                }
                other.insert("SourceType".into(), json!(s.source_type));
                other.insert("AwsType".into(), json!(s.kind));
                json!({
                    "Type": resource_type(&s.kind),
                    "Id": id,
                    "Partition": part,
                    "Region": region,
                    "Details": { "Other": other },
                })
            }
            None => json!({
                "Type": "AwsAccount",
                "Id": format!("AWS::::Account:{account}"),
                "Partition": part,
                "Region": region,
            }),
        };
        let tr = self.tr;
        let mut message = crate::l10n::message(tr, f).trim_end().to_string();
        if !message.ends_with(['.', '。']) {
            message.push('.');
        }
        let mut sentences = vec![message];
        if let Some(s) = &f.subject {
            let resource = format!("{} ({})", s.name, s.source_type);
            sentences.push(match &f.location {
                Some(l) => tr.args(
                    "asff-resource-at",
                    &[
                        ("resource", resource.into()),
                        ("location", l.to_string().into()),
                    ],
                ),
                None => tr.args("asff-resource", &[("resource", resource.into())]),
            });
        }
        let section = crate::l10n::section(tr, f.rule.section);
        sentences.push(tr.args("asff-section", &[("section", section.as_ref().into())]));
        let description = phiguard_i18n::join_sentences(tr.lang, &sentences);
        let mut product_fields = Map::new();
        product_fields.insert("phiguard/RuleId".into(), json!(f.rule.id));
        product_fields.insert("phiguard/Verdict".into(), json!(f.verdict));
        product_fields.insert(
            "phiguard/Requirements".into(),
            json!(f.rule.requirements.join(",")),
        );
        if let Some(p) = &f.path {
            product_fields.insert("phiguard/Attribute".into(), json!(p));
        }
        if let Some(l) = &f.location {
            product_fields.insert(
                "phiguard/Location".into(),
                json!(clip(&l.to_string(), 2048)),
            );
        }
        let mut v = json!({
            "SchemaVersion": "2018-10-08",
            "Id": format!("phiguard/{}/{}", f.rule.id, fingerprint(f)),
            "ProductArn": format!("arn:{part}:securityhub:{region}:{account}:product/{account}/default"),
            "GeneratorId": f.rule.id,
            "AwsAccountId": account,
            "Types": [TYPE],
            "CreatedAt": scan.scanned_at,
            "UpdatedAt": scan.scanned_at,
            "Severity": { "Label": label(f), "Original": f.rule.severity.as_str() },
            "Title": clip(&crate::l10n::title(tr, f.rule), 256),
            "Description": clip(&description, 1024),
            "Remediation": { "Recommendation": { "Text": clip(&crate::l10n::remediation(tr, f.rule), 512) } },
            "ProductFields": product_fields,
            "Resources": [resource],
            "Compliance": {
                "Status": status(f.verdict),
                "RelatedRequirements": f.rule.cfr.iter().take(32).map(|c| format!("HIPAA {c}")).collect::<Vec<_>>(),
            },
            "RecordState": "ACTIVE",
        });
        if let Some(sup) = &f.suppressed {
            v["Workflow"] = json!({ "Status": "SUPPRESSED" });
            v["Note"] = json!({
                "Text": clip(&tr.args("asff-suppressed", &[("reason", sup.describe().into())]), 512),
                "UpdatedBy": "phiguard",
                "UpdatedAt": scan.scanned_at,
            });
        } else if let Some(note) = f
            .expired_suppression
            .as_ref()
            .and(crate::suppression_note(tr, f))
        {
            v["Note"] = json!({
                "Text": clip(&note, 512),
                "UpdatedBy": "phiguard",
                "UpdatedAt": scan.scanned_at,
            });
        }
        v
    }
}

impl Render for Asff {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let all: Vec<Value> = scan
            .findings
            .iter()
            .map(|f| self.finding(scan, f))
            .collect();
        serde_json::to_writer_pretty(&mut *out, &all)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_and_partitions() {
        assert_eq!(resource_type("AWS::S3::Bucket"), "AwsS3Bucket");
        assert_eq!(resource_type("AWS::HealthLake::FHIRDatastore"), "Other");
        assert_eq!(partition("cn-north-1"), "aws-cn");
        assert_eq!(partition("eu-west-1"), "aws");
        assert_eq!(clip("abcdef", 4), "abc…");
    }
}
