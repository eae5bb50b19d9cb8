//! S3 buckets named by other resources (`s3://bucket/prefix`, bucket ARNs, `!Ref Bucket`).
//! Their encryption is judged by `pointed::judge_bucket_encryption`.

use crate::target::{self, Target};
use phiguard_model::{Graph, Node, Resource};

/// Where an S3 location leads.
#[derive(Clone, Debug)]
pub enum BucketRef<'g> {
    /// A bucket defined in the scan.
    Bucket(&'g Resource),
    /// A bucket (named here) not defined in the scan.
    Outside(String),
    /// Not resolvable before deployment; the reason.
    Unresolved(String),
}

/// The bucket an S3 URI, bucket ARN, bucket name or reference points at.
pub fn bucket_of<'g>(graph: &'g Graph, from: &Resource, node: &Node) -> BucketRef<'g> {
    match target::resolve(graph, from, node) {
        Target::Resource(r) if r.kind == "AWS::S3::Bucket" => BucketRef::Bucket(r),
        Target::Resource(r) => BucketRef::Outside(r.name.clone()),
        Target::Unresolved(why) => BucketRef::Unresolved(why),
        Target::Outside(s) => {
            let name = bucket_name(&s);
            match graph.of_kind("AWS::S3::Bucket").find(|b| {
                b.unit == from.unit
                    && b.get("BucketName").node().and_then(Node::as_str) == Some(name)
            }) {
                Some(b) => BucketRef::Bucket(b),
                None => BucketRef::Outside(name.to_string()),
            }
        }
    }
}

/// The bucket name in `s3://name/prefix`, `arn:aws:s3:::name/key` or `name`.
fn bucket_name(s: &str) -> &str {
    let rest = s
        .strip_prefix("s3://")
        .or_else(|| s.split_once(":s3:::").map(|(_, r)| r))
        .unwrap_or(s);
    rest.split('/').next().unwrap_or(rest)
}
