//! S3 buckets named by other resources (`s3://bucket/prefix`, bucket ARNs, `!Ref Bucket`)
//! and what their configuration declares about default encryption.

use crate::target::{self, Target};
use phiguard_model::{Graph, Lookup, Node, Resource};

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

/// What a bucket's configuration declares about default encryption.
#[derive(Clone, Debug, PartialEq)]
pub enum Declared {
    /// An algorithm (`AES256`, `aws:kms`, `aws:kms:dsse`).
    Algorithm(String),
    /// Nothing declared (AWS applies SSE-S3).
    Nothing,
    /// Written but not resolvable; the reason.
    Unresolved(String),
}

/// The default encryption a bucket declares.
pub fn declared_encryption(bucket: &Resource) -> Declared {
    let path = "BucketEncryption.ServerSideEncryptionConfiguration";
    let rules = match bucket.get(path) {
        Lookup::Absent => return Declared::Nothing,
        Lookup::Unknown(n) => return Declared::Unresolved(crate::unknown_reason(n)),
        Lookup::Set(n) => n,
    };
    for rule in rules.items() {
        match rule.get("ServerSideEncryptionByDefault.SSEAlgorithm") {
            Lookup::Set(alg) => {
                return match alg.as_str() {
                    Some(a) => Declared::Algorithm(a.to_string()),
                    None => Declared::Unresolved(crate::unknown_reason(alg)),
                };
            }
            Lookup::Unknown(n) => return Declared::Unresolved(crate::unknown_reason(n)),
            Lookup::Absent => {}
        }
    }
    Declared::Nothing
}

/// Judges the default encryption of the bucket that `node` (written at `path` of `from`)
/// names: pass when declared, the AWS-default outcome when not, unknown when the bucket is
/// outside the scan or not resolvable. `role` names the bucket's part ("input bucket").
pub fn judge(
    ctx: &crate::Ctx,
    from: &Resource,
    path: &str,
    node: &Node,
    role: &str,
) -> crate::Outcome {
    use crate::Outcome;
    let at = node.location.as_ref();
    match bucket_of(ctx.graph, from, node) {
        BucketRef::Bucket(b) => match declared_encryption(b) {
            Declared::Algorithm(a) if matches!(a.as_str(), "AES256" | "aws:kms" | "aws:kms:dsse") => {
                Outcome::pass(format!("the {role} '{}' declares default encryption {a}", b.name)).at(path, at)
            }
            Declared::Algorithm(a) => Outcome::fail(format!(
                "the {role} '{}' declares '{a}', which is not a server-side encryption algorithm",
                b.name
            ))
            .at(path, at),
            Declared::Nothing => ctx
                .aws_default(
                    path,
                    &format!("The {role} '{}' declares no default encryption", b.name),
                    "has encrypted new objects with SSE-S3 since January 2023",
                )
                .at(path, at),
            Declared::Unresolved(why) => Outcome::unknown(format!(
                "the default encryption of the {role} '{}' {why}",
                b.name
            ))
            .at(path, at),
        },
        BucketRef::Outside(name) => Outcome::unknown(format!(
            "the {role} '{name}' is not defined in the scanned files, so its encryption cannot be checked here"
        ))
        .at(path, at),
        BucketRef::Unresolved(why) => Outcome::unknown(format!("the {role} {why}")).at(path, at),
    }
}
