//! Amazon S3: `aws_s3_bucket` with its v3 inline blocks, and the v4 resources that
//! configure a bucket (`aws_s3_bucket_versioning`...), merged into `AWS::S3::Bucket`;
//! S3 Glacier vaults.

use super::{Mapping, Output, attach, field, first_block, generic, set_path, sub_list, sub_map};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

/// The kinds a bucket configuration resource attaches to (S3 Express One Zone directory
/// buckets take the encryption and lifecycle configuration resources too).
const BUCKET: &[&str] = &["AWS::S3::Bucket", "AWS::S3Express::DirectoryBucket"];

/// Maps the S3 types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let ty = raw.ty.as_str();
    if ty == "aws_s3_bucket" {
        return Some(bucket(m));
    }
    if ty.starts_with("aws_glacier_") {
        return glacier(m);
    }
    if ty == "aws_s3_directory_bucket" {
        // Named as the CloudFormation type names it, so configurations attach by name too.
        m.rename("bucket", "BucketName");
        return Some(Output::Resource(
            "AWS::S3Express::DirectoryBucket".into(),
            m.finish(),
        ));
    }
    if ty == "aws_s3_bucket_policy" {
        m.rename("bucket", "Bucket");
        m.document("policy", "PolicyDocument");
        return Some(Output::Resource("AWS::S3::BucketPolicy".into(), m.finish()));
    }
    let mut a = attach(&mut m, "bucket", BUCKET, "BucketName");
    m.take("expected_bucket_owner");
    let mut set = |path: &str, n: Node| a.set.push((path.to_string(), n));
    match ty {
        "aws_s3_bucket_server_side_encryption_configuration" => {
            if let Some(r) = m.take("rule") {
                set(
                    "BucketEncryption.ServerSideEncryptionConfiguration",
                    sse_rules(&r),
                );
            }
        }
        "aws_s3_bucket_versioning" => {
            if let Some(v) = m.block("versioning_configuration") {
                versioning_v4(&v, &mut set);
            }
        }
        "aws_s3_bucket_logging" => {
            for (tf, cfn) in [
                ("target_bucket", "DestinationBucketName"),
                ("target_prefix", "LogFilePrefix"),
            ] {
                if let Some(n) = m.take(tf) {
                    set(&format!("LoggingConfiguration.{cfn}"), n);
                }
            }
        }
        "aws_s3_bucket_public_access_block" => {
            for (tf, cfn) in PUBLIC_ACCESS {
                if let Some(n) = m.take(tf) {
                    set(&format!("PublicAccessBlockConfiguration.{cfn}"), n);
                }
            }
        }
        "aws_s3_bucket_lifecycle_configuration" => {
            if let Some(r) = m.take("rule") {
                set("LifecycleConfiguration.Rules", lifecycle_rules(&r));
            }
        }
        "aws_s3_bucket_object_lock_configuration" => {
            let enabled = m.take("object_lock_enabled").unwrap_or_else(|| {
                Node::new(Value::Str("Enabled".into()), Some(raw.location.clone()))
            });
            set(
                "ObjectLockEnabled",
                Node::new(Value::Bool(true), enabled.location.clone()),
            );
            set("ObjectLockConfiguration.ObjectLockEnabled", enabled);
            if let Some(r) = m.block("rule") {
                set("ObjectLockConfiguration.Rule", object_lock_rule(&r));
            }
        }
        "aws_s3_bucket_replication_configuration" => {
            if let Some(n) = m.take("role") {
                set("ReplicationConfiguration.Role", n);
            }
            if let Some(n) = m.take("rule") {
                set("ReplicationConfiguration.Rules", generic(&n));
            }
        }
        "aws_s3_bucket_acl" => {
            if let Some(n) = m.take("acl") {
                set("AccessControl", canned_acl(&n));
            }
            if let Some(n) = m.take("access_control_policy") {
                set("AccessControlPolicy", generic(&n));
            }
        }
        "aws_s3_bucket_ownership_controls" => {
            if let Some(r) = m.take("rule") {
                set(
                    "OwnershipControls.Rules",
                    sub_list(&r, &[("object_ownership", "ObjectOwnership")]),
                );
            }
        }
        "aws_s3_bucket_accelerate_configuration" => {
            if let Some(n) = m.take("status") {
                set("AccelerateConfiguration.AccelerationStatus", n);
            }
        }
        "aws_s3_bucket_cors_configuration" => {
            if let Some(n) = m.take("cors_rule") {
                set("CorsConfiguration.CorsRules", generic(&n));
            }
        }
        "aws_s3_bucket_website_configuration" => {
            set(
                "WebsiteConfiguration",
                super::sub_map(
                    &m.raw.attrs,
                    &[("bucket", ""), ("expected_bucket_owner", "")],
                ),
            );
        }
        _ => return None,
    }
    Some(Output::Attach(a))
}

/// S3 Glacier vaults and their locks (no CloudFormation types: named like one would be).
fn glacier(mut m: Mapping<'_>) -> Option<Output> {
    let kind = match m.raw.ty.as_str() {
        "aws_glacier_vault" => {
            m.rename("name", "VaultName");
            m.document("access_policy", "AccessPolicy");
            if let Some(n) = m.block("notification") {
                m.set(
                    "Notifications",
                    sub_map(&n, &[("sns_topic", "SNSTopic"), ("events", "Events")]),
                );
            }
            "AWS::Glacier::Vault"
        }
        "aws_glacier_vault_lock" => {
            m.rename("vault_name", "VaultName");
            m.document("policy", "Policy");
            "AWS::Glacier::VaultLock"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

const PUBLIC_ACCESS: [(&str, &str); 4] = [
    ("block_public_acls", "BlockPublicAcls"),
    ("block_public_policy", "BlockPublicPolicy"),
    ("ignore_public_acls", "IgnorePublicAcls"),
    ("restrict_public_buckets", "RestrictPublicBuckets"),
];

fn bucket(mut m: Mapping<'_>) -> Output {
    m.rename("bucket", "BucketName");
    m.rename("object_lock_enabled", "ObjectLockEnabled");
    if let Some(n) = m.take("acl") {
        m.set("AccessControl", canned_acl(&n));
    }
    if let Some(v) = m.block("versioning") {
        match field(&v, "enabled") {
            Some(e) => match e.as_bool() {
                Some(b) => m.set(
                    "VersioningConfiguration.Status",
                    Node::new(
                        Value::Str(if b { "Enabled" } else { "Suspended" }.into()),
                        e.location.clone(),
                    ),
                ),
                None => m.set("VersioningConfiguration.Status", e.clone()),
            },
            None if v.is_unknown() => m.set("VersioningConfiguration", v),
            None => {}
        }
    }
    if let Some(l) = m.block("logging") {
        m.set(
            "LoggingConfiguration",
            sub_map(
                &l,
                &[
                    ("target_bucket", "DestinationBucketName"),
                    ("target_prefix", "LogFilePrefix"),
                ],
            ),
        );
    }
    if let Some(c) = m.block("server_side_encryption_configuration") {
        let rules = match field(&c, "rule") {
            Some(r) => sse_rules(r),
            None => c.clone(),
        };
        m.set("BucketEncryption.ServerSideEncryptionConfiguration", rules);
    }
    if let Some(r) = m.take("lifecycle_rule") {
        m.set("LifecycleConfiguration.Rules", lifecycle_rules(&r));
    }
    if let Some(c) = m.block("object_lock_configuration") {
        if let Some(e) = field(&c, "object_lock_enabled") {
            m.set("ObjectLockConfiguration.ObjectLockEnabled", e.clone());
        }
        if let Some(r) = field(&c, "rule").and_then(first_block) {
            m.set("ObjectLockConfiguration.Rule", object_lock_rule(&r));
        }
    }
    if let Some(c) = m.block("replication_configuration") {
        m.set(
            "ReplicationConfiguration",
            sub_map(&c, &[("role", "Role"), ("rules", "Rules")]),
        );
    }
    let mut extra = Vec::new();
    if let Some(p) = m.take("policy") {
        let bucket_ref = Node::new(
            Value::Ref {
                target: m.raw.address.clone(),
                attribute: None,
            },
            p.location.clone(),
        );
        let attrs = Node::new(
            Value::Map(vec![
                ("Bucket".into(), bucket_ref),
                ("PolicyDocument".into(), crate::policy::document(&p)),
            ]),
            p.location.clone(),
        );
        extra.push((
            format!("{}.policy", m.raw.address),
            "AWS::S3::BucketPolicy".to_string(),
            attrs,
        ));
    }
    let attrs = m.finish();
    if extra.is_empty() {
        Output::Resource("AWS::S3::Bucket".into(), attrs)
    } else {
        Output::WithExtra("AWS::S3::Bucket".into(), attrs, extra)
    }
}

/// `rule` blocks of an encryption configuration into
/// `[{ServerSideEncryptionByDefault: {SSEAlgorithm, KMSMasterKeyID}, BucketKeyEnabled}]`.
fn sse_rules(rules: &Node) -> Node {
    let Value::List(items) = &rules.value else {
        return rules.clone();
    };
    let out = items
        .iter()
        .map(|r| {
            if !matches!(r.value, Value::Map(_)) {
                return r.clone();
            }
            let mut e = Vec::new();
            if let Some(d) =
                field(r, "apply_server_side_encryption_by_default").and_then(first_block)
            {
                e.push((
                    "ServerSideEncryptionByDefault".to_string(),
                    sub_map(
                        &d,
                        &[
                            ("sse_algorithm", "SSEAlgorithm"),
                            ("kms_master_key_id", "KMSMasterKeyID"),
                        ],
                    ),
                ));
            }
            if let Some(b) = field(r, "bucket_key_enabled") {
                e.push(("BucketKeyEnabled".to_string(), b.clone()));
            }
            Node::new(Value::Map(e), r.location.clone())
        })
        .collect();
    Node::new(Value::List(out), rules.location.clone())
}

fn versioning_v4(v: &Node, set: &mut impl FnMut(&str, Node)) {
    if v.is_unknown() {
        set("VersioningConfiguration", v.clone());
        return;
    }
    if let Some(s) = field(v, "status") {
        set("VersioningConfiguration.Status", s.clone());
    }
}

fn object_lock_rule(r: &Node) -> Node {
    let mut e = Vec::new();
    if let Some(d) = field(r, "default_retention").and_then(first_block) {
        e.push((
            "DefaultRetention".to_string(),
            sub_map(
                &d,
                &[("mode", "Mode"), ("days", "Days"), ("years", "Years")],
            ),
        ));
    }
    Node::new(Value::Map(e), r.location.clone())
}

/// Lifecycle rules (v3 `lifecycle_rule` or v4 `rule`) into `LifecycleConfiguration.Rules`.
fn lifecycle_rules(rules: &Node) -> Node {
    let Value::List(items) = &rules.value else {
        return rules.clone();
    };
    let out = items
        .iter()
        .map(|r| {
            let mut e: Vec<(String, Node)> = Vec::new();
            for (k, v) in r.entries() {
                match k.as_str() {
                    "id" => e.push(("Id".into(), v.clone())),
                    "enabled" => e.push((
                        "Status".into(),
                        match v.as_bool() {
                            Some(b) => Node::new(
                                Value::Str(if b { "Enabled" } else { "Disabled" }.into()),
                                v.location.clone(),
                            ),
                            None => v.clone(),
                        },
                    )),
                    "status" => e.push(("Status".into(), v.clone())),
                    "prefix" => e.push(("Prefix".into(), v.clone())),
                    "expiration" => {
                        if let Some(x) = first_block(v) {
                            if let Some(d) = field(&x, "days") {
                                set_path(&mut e, "ExpirationInDays", d.clone());
                            }
                            if let Some(d) = field(&x, "date") {
                                set_path(&mut e, "ExpirationDate", d.clone());
                            }
                        }
                    }
                    "noncurrent_version_expiration" => {
                        if let Some(x) = first_block(v) {
                            for d in ["days", "noncurrent_days"] {
                                if let Some(d) = field(&x, d) {
                                    set_path(
                                        &mut e,
                                        "NoncurrentVersionExpiration.NoncurrentDays",
                                        d.clone(),
                                    );
                                }
                            }
                        }
                    }
                    "transition" => e.push((
                        "Transitions".into(),
                        sub_list(
                            v,
                            &[
                                ("days", "TransitionInDays"),
                                ("date", "TransitionDate"),
                                ("storage_class", "StorageClass"),
                            ],
                        ),
                    )),
                    "abort_incomplete_multipart_upload_days" => e.push((
                        "AbortIncompleteMultipartUpload".into(),
                        Node::new(
                            Value::Map(vec![("DaysAfterInitiation".into(), v.clone())]),
                            v.location.clone(),
                        ),
                    )),
                    _ => e.push((super::pascal(k), generic(v))),
                }
            }
            Node::new(Value::Map(e), r.location.clone())
        })
        .collect();
    Node::new(Value::List(out), rules.location.clone())
}

/// Terraform's canned ACL names into CloudFormation's `AccessControl` values.
fn canned_acl(n: &Node) -> Node {
    let Some(s) = n.as_str() else {
        return n.clone();
    };
    let cfn = match s {
        "private" => "Private",
        "public-read" => "PublicRead",
        "public-read-write" => "PublicReadWrite",
        "authenticated-read" => "AuthenticatedRead",
        "log-delivery-write" => "LogDeliveryWrite",
        "bucket-owner-read" => "BucketOwnerRead",
        "bucket-owner-full-control" => "BucketOwnerFullControl",
        "aws-exec-read" => "AwsExecRead",
        other => other,
    };
    Node::new(Value::Str(cfn.into()), n.location.clone())
}
