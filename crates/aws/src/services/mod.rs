//! One collector per AWS service. A collector lists its service's resources in one
//! account and region and adds them to the [`Cx`] in the model vocabulary
//! (`/docs/live-vocabulary.md`); a failed list call is a gap, a failed detail call makes
//! the affected properties unknown. A new service is one more file and one more line in
//! [`SERVICES`].

use crate::cx::Cx;
use std::future::Future;
use std::pin::Pin;

mod apigateway;
mod backup;
pub mod cloudcontrol;
mod cloudfront;
mod cloudtrail;
mod config;
mod dynamodb;
mod ec2;
mod ecs;
mod efs;
mod eks;
mod elasticache;
mod elb;
mod firehose;
mod guardduty;
mod iam;
mod kinesis;
mod kms;
mod lambda;
mod logs;
mod macie;
mod opensearch;
mod rds;
mod redshift;
mod s3;
mod secretsmanager;
mod securityhub;
mod sns;
mod sqs;

/// A collector's entry point.
pub type Collect = for<'a> fn(&'a Cx) -> Pin<Box<dyn Future<Output = ()> + Send + 'a>>;

/// A service's collector and what it needs.
pub struct Service {
    /// Short name, as `--services` takes it (`s3`, `rds`).
    pub name: &'static str,
    /// Global services (IAM, CloudFront...) are collected once per account, in the first
    /// region.
    pub global: bool,
    /// Every IAM action the collector calls (for `phiguard aws-policy`).
    pub actions: &'static [&'static str],
    /// The resource types it produces.
    pub kinds: &'static [&'static str],
    /// The collector.
    pub collect: Collect,
}

/// Every collector.
pub static SERVICES: &[&Service] = &[
    &iam::SERVICE,
    &s3::SERVICE,
    &kms::SERVICE,
    &cloudtrail::SERVICE,
    &config::SERVICE,
    &guardduty::SERVICE,
    &securityhub::SERVICE,
    &ec2::SERVICE,
    &rds::SERVICE,
    &dynamodb::SERVICE,
    &sqs::SERVICE,
    &sns::SERVICE,
    &logs::SERVICE,
    &backup::SERVICE,
    &lambda::SERVICE,
    &elasticache::SERVICE,
    &efs::SERVICE,
    &elb::SERVICE,
    &cloudfront::SERVICE,
    &apigateway::SERVICE,
    &kinesis::SERVICE,
    &firehose::SERVICE,
    &secretsmanager::SERVICE,
    &ecs::SERVICE,
    &eks::SERVICE,
    &opensearch::SERVICE,
    &redshift::SERVICE,
    &macie::SERVICE,
    &cloudcontrol::SERVICE,
];
