//! Which resources hold PHI: marked by tag, named on the command line or in the
//! config, or (when nothing is marked anywhere) every data store.

use phiguard_model::{Graph, Resource};
use serde::{Deserialize, Serialize};

/// How PHI is marked.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct PhiMarking {
    /// Tag keys whose value marks PHI.
    pub tag_keys: Vec<String>,
    /// Values (case-insensitive) that mark PHI under those keys.
    pub tag_values: Vec<String>,
    /// Resource names marked explicitly (`--phi NAME`).
    pub resources: Vec<String>,
}

impl Default for PhiMarking {
    fn default() -> Self {
        Self {
            tag_keys: [
                "phi",
                "PHI",
                "hipaa",
                "data-classification",
                "DataClassification",
            ]
            .map(String::from)
            .to_vec(),
            tag_values: ["phi", "true", "yes"].map(String::from).to_vec(),
            resources: Vec::new(),
        }
    }
}

impl PhiMarking {
    /// Whether the resource is marked as holding PHI.
    pub fn marks(&self, r: &Resource) -> bool {
        self.resources.contains(&r.name)
            || r.tags.iter().any(|t| {
                self.tag_keys.iter().any(|k| k.eq_ignore_ascii_case(&t.key))
                    && t.value.as_str().is_some_and(|v| {
                        self.tag_values
                            .iter()
                            .any(|x| x.eq_ignore_ascii_case(v.trim()))
                    })
            })
    }
}

/// Resource kinds that store PHI at rest (assumed to hold PHI when nothing is marked).
pub const DATA_STORES: &[&str] = &[
    "AWS::S3::Bucket",
    "AWS::RDS::DBInstance",
    "AWS::RDS::DBCluster",
    "AWS::DynamoDB::Table",
    "AWS::DynamoDB::GlobalTable",
    "AWS::EFS::FileSystem",
    "AWS::FSx::FileSystem",
    "AWS::EC2::Volume",
    "AWS::EC2::Instance",
    "AWS::EC2::LaunchTemplate",
    "AWS::AutoScaling::LaunchConfiguration",
    "AWS::ElastiCache::ReplicationGroup",
    "AWS::ElastiCache::CacheCluster",
    "AWS::ElastiCache::ServerlessCache",
    "AWS::OpenSearchService::Domain",
    "AWS::Elasticsearch::Domain",
    "AWS::Redshift::Cluster",
    "AWS::Kinesis::Stream",
    "AWS::KinesisFirehose::DeliveryStream",
    "AWS::SQS::Queue",
    "AWS::SNS::Topic",
    "AWS::Logs::LogGroup",
    "AWS::Backup::BackupVault",
    "AWS::DocDB::DBCluster",
    "AWS::Neptune::DBCluster",
    "AWS::MSK::Cluster",
    "AWS::AmazonMQ::Broker",
    "AWS::HealthLake::FHIRDatastore",
    "AWS::SecretsManager::Secret",
    "AWS::Glue::Database",
    "AWS::SageMaker::NotebookInstance",
    "AWS::Timestream::Database",
    "AWS::QLDB::Ledger",
    "AWS::KinesisVideo::Stream",
    "AWS::CodeCommit::Repository",
    "AWS::ECR::Repository",
    "AWS::WorkSpaces::Workspace",
    "AWS::Athena::WorkGroup",
];

/// PHI state of every resource in a graph.
#[derive(Clone, Debug)]
pub struct PhiMap {
    holds: Vec<bool>,
    /// Whether anything was marked; when not, every data store is assumed to hold PHI.
    pub any_marked: bool,
}

impl PhiMap {
    /// Marks the graph's resources.
    pub fn new(graph: &Graph, marking: &PhiMarking) -> Self {
        let marked: Vec<bool> = graph.resources().iter().map(|r| marking.marks(r)).collect();
        let any_marked = marked.iter().any(|&m| m);
        let holds = if any_marked {
            marked
        } else {
            graph
                .resources()
                .iter()
                .map(|r| DATA_STORES.contains(&r.kind.as_str()))
                .collect()
        };
        Self { holds, any_marked }
    }

    /// Whether the resource holds (or is assumed to hold) PHI.
    pub fn holds(&self, r: &Resource) -> bool {
        self.holds.get(r.id.0 as usize).copied().unwrap_or(false)
    }
}
