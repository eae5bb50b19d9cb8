//! The long tail through the AWS Cloud Control API: every resource type the rules read that
//! no service collector produces, listed with `ListResources` and read with `GetResource`,
//! which return properties in the resource-schema shape the rules read.
//!
//! Cloud Control calls each type's read and list handlers with the caller's credentials,
//! so besides `cloudformation:ListResources`/`GetResource` the scan needs the types' own
//! read permissions (`ReadOnlyAccess` covers them). A type Cloud Control cannot list, or a
//! list the handler refuses, is a gap for that type; a read that fails makes the resource's
//! properties unknown. A test keeps [`KINDS`] equal to what the rules read and the other
//! collectors do not.

use super::Service;
use crate::cx::{Cx, Fault};
use futures_util::StreamExt;
use serde_json::{Map, Value};

/// Types read through Cloud Control: read by the rules, collected by no service collector
/// and not in [`ELSEWHERE`].
pub const KINDS: &[&str] = &[
    "AWS::AmazonMQ::Broker",
    "AWS::ApiGateway::Deployment",
    "AWS::AppFlow::Flow",
    "AWS::AppMesh::GatewayRoute",
    "AWS::AppMesh::Mesh",
    "AWS::AppMesh::Route",
    "AWS::AppMesh::VirtualGateway",
    "AWS::AppMesh::VirtualNode",
    "AWS::AppMesh::VirtualRouter",
    "AWS::AppMesh::VirtualService",
    "AWS::ApplicationAutoScaling::ScalableTarget",
    "AWS::ApplicationAutoScaling::ScalingPolicy",
    "AWS::Athena::WorkGroup",
    "AWS::AutoScaling::AutoScalingGroup",
    "AWS::AutoScaling::LaunchConfiguration",
    "AWS::Batch::ComputeEnvironment",
    "AWS::Batch::JobDefinition",
    "AWS::Batch::JobQueue",
    "AWS::CertificateManager::Certificate",
    "AWS::CloudWatch::Alarm",
    "AWS::CloudWatch::AnomalyDetector",
    "AWS::CloudWatch::CompositeAlarm",
    "AWS::CloudWatch::Dashboard",
    "AWS::CodeBuild::Project",
    "AWS::CodeCommit::Repository",
    "AWS::CodeDeploy::DeploymentGroup",
    "AWS::CodePipeline::Pipeline",
    "AWS::Comprehend::DocumentClassifier",
    "AWS::Comprehend::Flywheel",
    "AWS::Config::ConfigRule",
    "AWS::Config::ConfigurationAggregator",
    "AWS::Config::ConformancePack",
    "AWS::Config::OrganizationConfigRule",
    "AWS::Config::OrganizationConformancePack",
    "AWS::Connect::ContactFlow",
    "AWS::Connect::ContactFlowModule",
    "AWS::Connect::Queue",
    "AWS::Connect::SecurityProfile",
    "AWS::Connect::User",
    "AWS::CustomerProfiles::Domain",
    "AWS::CustomerProfiles::ObjectType",
    "AWS::DMS::Endpoint",
    "AWS::DMS::ReplicationConfig",
    "AWS::DMS::ReplicationInstance",
    "AWS::DataBrew::Dataset",
    "AWS::DataBrew::Job",
    "AWS::DataExchange::EventAction",
    "AWS::DataSync::LocationEFS",
    "AWS::DataSync::LocationS3",
    "AWS::DataSync::Task",
    "AWS::DirectoryService::MicrosoftAD",
    "AWS::DirectoryService::SimpleAD",
    "AWS::DocDB::DBCluster",
    "AWS::DynamoDB::GlobalTable",
    "AWS::EC2::LaunchTemplate",
    "AWS::ECR::Repository",
    "AWS::EMR::Cluster",
    "AWS::ElastiCache::ServerlessCache",
    "AWS::ElastiCache::User",
    "AWS::ElasticBeanstalk::Application",
    "AWS::ElasticBeanstalk::ApplicationVersion",
    "AWS::ElasticBeanstalk::ConfigurationTemplate",
    "AWS::ElasticBeanstalk::Environment",
    "AWS::Events::ApiDestination",
    "AWS::Events::Archive",
    "AWS::Events::Connection",
    "AWS::Events::EventBus",
    "AWS::Events::Rule",
    "AWS::FMS::Policy",
    "AWS::FSx::FileSystem",
    "AWS::Forecast::Dataset",
    "AWS::Glacier::Vault",
    "AWS::GlobalAccelerator::Listener",
    "AWS::Glue::Connection",
    "AWS::Glue::DataCatalogEncryptionSettings",
    "AWS::Glue::Database",
    "AWS::Glue::Job",
    "AWS::Glue::Table",
    "AWS::HealthLake::FHIRDatastore",
    "AWS::IoT::DomainConfiguration",
    "AWS::IoT::Policy",
    "AWS::IoT::Thing",
    "AWS::IoT::ThingGroup",
    "AWS::IoT::ThingType",
    "AWS::IoT::TopicRule",
    "AWS::KMS::ReplicaKey",
    "AWS::KinesisAnalytics::Application",
    "AWS::KinesisAnalyticsV2::Application",
    "AWS::KinesisVideo::Stream",
    "AWS::MSK::Cluster",
    "AWS::Macie::AllowList",
    "AWS::Macie::ClassificationJob",
    "AWS::Macie::CustomDataIdentifier",
    "AWS::Macie::FindingsFilter",
    "AWS::MemoryDB::User",
    "AWS::Neptune::DBCluster",
    "AWS::OpsWorks::App",
    "AWS::OpsWorks::Stack",
    "AWS::OpsWorksCM::Server",
    "AWS::Organizations::Account",
    "AWS::Organizations::OrganizationalUnit",
    "AWS::Organizations::Policy",
    "AWS::Pinpoint::SMSChannel",
    "AWS::Pipes::Pipe",
    "AWS::QLDB::Ledger",
    "AWS::RedshiftServerless::Namespace",
    "AWS::Rekognition::Collection",
    "AWS::Rekognition::Project",
    "AWS::Rekognition::StreamProcessor",
    "AWS::Route53::HealthCheck",
    "AWS::Route53::HostedZone",
    "AWS::Route53::RecordSet",
    "AWS::S3::AccessPoint",
    "AWS::S3Express::DirectoryBucket",
    "AWS::SES::ConfigurationSet",
    "AWS::SES::ReceiptRule",
    "AWS::SSM::Association",
    "AWS::SSM::Document",
    "AWS::SSM::MaintenanceWindow",
    "AWS::SSM::MaintenanceWindowTask",
    "AWS::SSM::Parameter",
    "AWS::SSM::PatchBaseline",
    "AWS::SageMaker::DataQualityJobDefinition",
    "AWS::SageMaker::Domain",
    "AWS::SageMaker::EndpointConfig",
    "AWS::SageMaker::ModelBiasJobDefinition",
    "AWS::SageMaker::ModelExplainabilityJobDefinition",
    "AWS::SageMaker::ModelQualityJobDefinition",
    "AWS::SageMaker::MonitoringSchedule",
    "AWS::SageMaker::NotebookInstance",
    "AWS::SageMaker::Pipeline",
    "AWS::Scheduler::Schedule",
    "AWS::ServerlessRepo::Application",
    "AWS::ServiceCatalog::CloudFormationProduct",
    "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
    "AWS::ServiceCatalog::Portfolio",
    "AWS::ServiceDiscovery::HttpNamespace",
    "AWS::ServiceDiscovery::Instance",
    "AWS::ServiceDiscovery::PrivateDnsNamespace",
    "AWS::ServiceDiscovery::PublicDnsNamespace",
    "AWS::ServiceDiscovery::Service",
    "AWS::Shield::Protection",
    "AWS::Shield::ProtectionGroup",
    "AWS::StepFunctions::Activity",
    "AWS::StepFunctions::StateMachine",
    "AWS::StorageGateway::Gateway",
    "AWS::StorageGateway::NFSFileShare",
    "AWS::StorageGateway::SMBFileShare",
    "AWS::Transfer::Server",
    "AWS::Transfer::User",
    "AWS::WAFv2::WebACLAssociation",
    "AWS::WorkSpaces::Workspace",
    "AWS::XRay::Group",
    "AWS::XRay::SamplingRule",
];

/// Types the rules read that Cloud Control is not asked for, and why.
pub const ELSEWHERE: &[(&str, &str)] = &[
    (
        "AWS::EC2::SecurityGroupIngress",
        "a template's separate ingress rule: live security groups carry their rules (ec2 collector)",
    ),
    (
        "AWS::Route53::RecordSetGroup",
        "a template's grouping of record sets: live records are AWS::Route53::RecordSet",
    ),
    (
        "AWS::CloudFormation::Stack",
        "a template's nested stack: its resources are collected as themselves",
    ),
    (
        "AWS::Elasticsearch::Domain",
        "the same domains as AWS::OpenSearchService::Domain, which the opensearch collector reads (Elasticsearch engines included)",
    ),
    (
        "AWS::IAM::AccessKey",
        "access keys are judged from the credential report (iam collector), which never exposes a key",
    ),
];

pub static SERVICE: Service = Service {
    name: "cloudcontrol",
    global: false,
    actions: &["cloudformation:ListResources", "cloudformation:GetResource"],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

/// Types listed at once (each list is followed by one read per resource).
const PARALLEL: usize = 8;

async fn collect(cx: &Cx) {
    let client = aws_sdk_cloudcontrol::Client::new(&cx.sdk);
    futures_util::stream::iter(KINDS.iter().copied())
        .for_each_concurrent(PARALLEL, |kind| collect_type(cx, &client, kind))
        .await;
}

async fn collect_type(cx: &Cx, client: &aws_sdk_cloudcontrol::Client, kind: &'static str) {
    let action = "cloudformation:ListResources";
    let pages = client
        .list_resources()
        .type_name(kind)
        .into_paginator()
        .send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &[kind], &f),
    };
    for listed in pages.iter().flat_map(|p| p.resource_descriptions()) {
        let Some(id) = listed.identifier() else {
            continue;
        };
        let action = "cloudformation:GetResource";
        let read = cx
            .call(
                action,
                client.get_resource().type_name(kind).identifier(id).send(),
            )
            .await;
        match read {
            Ok(out) => {
                let properties = out
                    .resource_description()
                    .and_then(|d| d.properties())
                    .and_then(|p| serde_json::from_str::<Map<String, Value>>(p).ok())
                    .unwrap_or_default();
                add(cx, kind, id, properties);
            }
            // Deleted between the list and the read.
            Err(Fault::NotFound(_)) => {}
            // A resource that cannot be read is not judged from what the list said (absent
            // properties would read as defaults): its type is a gap here, said once.
            Err(f) => return cx.gap(action, &[kind], &f),
        }
    }
}

/// One resource: its ARN from its properties (`Arn`, or `<Resource>Arn` such as an
/// `AWS::MSK::Cluster`'s `ClusterArn`), else one made from the type and identifier.
fn add(cx: &Cx, kind: &str, id: &str, properties: Map<String, Value>) {
    let arn = own_arn(kind, &properties).unwrap_or_else(|| {
        let service = kind.split("::").nth(1).unwrap_or("cloudcontrol");
        let resource = kind.rsplit("::").next().unwrap_or(kind);
        cx.arn(&service.to_lowercase(), &format!("{resource}/{id}"))
    });
    let tags = match properties.get("Tags") {
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(|t| Some((t["Key"].as_str()?.into(), t["Value"].as_str()?.into())))
            .collect(),
        Some(Value::Object(map)) => map
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.into())))
            .collect(),
        _ => Vec::new(),
    };
    cx.add(kind, arn.clone(), ids(id, &arn), properties, tags);
}

fn ids(id: &str, arn: &str) -> Vec<String> {
    let mut out = vec![id.to_string()];
    if id != arn {
        out.push(arn.to_string());
    }
    out
}

fn own_arn(kind: &str, properties: &Map<String, Value>) -> Option<String> {
    let arn = |v: &Value| {
        v.as_str()
            .filter(|s| s.starts_with("arn:"))
            .map(str::to_string)
    };
    if let Some(a) = properties.get("Arn").and_then(arn) {
        return Some(a);
    }
    let resource = kind.rsplit("::").next()?;
    properties.get(&format!("{resource}Arn")).and_then(arn)
}
