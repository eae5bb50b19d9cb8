//! What each rule's fix changes in a CloudFormation template (one function per rule), the
//! table of fixes, and the loop that applies them to a file.

use crate::cfn::{Doc, Op, path};
use crate::text::{Edit, apply};
use crate::tf_fixes as tf;
use crate::{Applied, Fix, Job, Safety, Why};
use phiguard_cloudformation::yaml::{Raw, RawKind};
use serde_json::{Value, json};
use std::collections::HashSet;

/// The resource a CloudFormation fix works on.
pub struct Target<'a> {
    /// The template.
    pub doc: &'a Doc<'a>,
    /// Logical id.
    pub id: &'a str,
    /// `Type`.
    pub ty: &'a str,
    /// The resource's node.
    pub node: &'a Raw,
}

impl Target<'_> {
    /// A property, if written.
    fn prop(&self, p: &str) -> Option<&Raw> {
        p.split('.')
            .try_fold(self.node.get("Properties")?, |n, k| n.get(k))
    }

    /// Merge `value` at `Properties.<p>`.
    fn set(&self, p: &str, value: Value) -> Op {
        Op::Set {
            id: self.id.to_string(),
            path: path(&format!("Properties.{p}")),
            value,
        }
    }

    /// A KMS key for the property: the first `AWS::KMS::Key` declared in the template, or
    /// a new parameter (never a made-up ARN).
    fn kms_key(&self, ops: &mut Vec<Op>, purpose: &str) -> Value {
        if let Some((id, _, _)) = self
            .doc
            .resources()
            .find(|(_, ty, _)| *ty == "AWS::KMS::Key")
        {
            return json!({"Fn::GetAtt": [id, "Arn"]});
        }
        param(
            ops,
            "KmsKeyArn",
            &format!(
                "ARN of the customer managed KMS key that encrypts {purpose} (added by phiguard fix)"
            ),
            false,
        )
    }
}

/// A new `String` parameter named `name`, and a `Ref` to it.
fn param(ops: &mut Vec<Op>, name: &str, description: &str, no_echo: bool) -> Value {
    let mut p = json!({"Type": "String", "Description": description});
    if no_echo {
        p["NoEcho"] = json!(true);
        p["MinLength"] = json!(16);
    }
    ops.push(Op::AddParam {
        name: name.to_string(),
        value: p,
    });
    json!({"Ref": name})
}

/// What one rule's fix changes on one resource, or why it cannot.
pub type CfnFix = fn(&Target) -> Result<Vec<Op>, Why>;

fn only(t: &Target, types: &[&str]) -> Result<(), Why> {
    if types.contains(&t.ty) {
        Ok(())
    } else {
        Err(Why::with("fix-skip-type", &[("type", &t.ty)]))
    }
}

fn is_ref_to(r: &Raw, id: &str) -> bool {
    r.get("Ref").and_then(Raw::as_str) == Some(id) && r.entries().len() == 1
}

fn deny_insecure(resource: Value, action: &str, principal: Value) -> Value {
    json!({
        "Sid": "DenyInsecureTransport",
        "Effect": "Deny",
        "Principal": principal,
        "Action": action,
        "Resource": resource,
        "Condition": {"Bool": {"aws:SecureTransport": "false"}}
    })
}

/// A resource id not used yet.
fn fresh_id(doc: &Doc, base: String) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while doc.resource(&id).is_some() {
        id = format!("{base}{n}");
        n += 1;
    }
    id
}

fn s3_encryption(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::S3::Bucket"])?;
    Ok(vec![t.set(
        "BucketEncryption",
        json!({"ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]}),
    )])
}

fn s3_versioning(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::S3::Bucket"])?;
    Ok(vec![t.set(
        "VersioningConfiguration",
        json!({"Status": "Enabled"}),
    )])
}

fn s3_public_access_block(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::S3::Bucket"])?;
    Ok(vec![t.set(
        "PublicAccessBlockConfiguration",
        json!({"BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true}),
    )])
}

fn s3_access_logging(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::S3::Bucket"])?;
    let mut ops = Vec::new();
    let declared = t.doc.resources().find(|(id, ty, _)| {
        *ty == "AWS::S3::Bucket" && *id != t.id && id.to_ascii_lowercase().contains("log")
    });
    let bucket = match declared {
        Some((id, _, _)) => json!({"Ref": id}),
        None => param(
            &mut ops,
            "AccessLogsBucketName",
            "Name of the S3 bucket that receives server access logs (added by phiguard fix)",
            false,
        ),
    };
    ops.push(t.set(
        "LoggingConfiguration",
        json!({"DestinationBucketName": bucket, "LogFilePrefix": format!("{}/", t.id)}),
    ));
    Ok(ops)
}

fn s3_tls_only(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::S3::Bucket"])?;
    let arn = json!({"Fn::GetAtt": [t.id, "Arn"]});
    let objects = json!({"Fn::Sub": format!("${{{}.Arn}}/*", t.id)});
    let stmt = deny_insecure(json!([arn, objects]), "s3:*", json!("*"));
    let existing = t.doc.resources().find(|(_, ty, r)| {
        *ty == "AWS::S3::BucketPolicy"
            && r.get("Properties")
                .and_then(|p| p.get("Bucket"))
                .is_some_and(|b| is_ref_to(b, t.id))
    });
    Ok(vec![match existing {
        Some((id, _, _)) => Op::Append {
            id: id.to_string(),
            path: path("Properties.PolicyDocument.Statement"),
            item: stmt,
        },
        None => Op::AddResource {
            id: fresh_id(t.doc, format!("{}Policy", t.id)),
            before: t.id.to_string(),
            value: json!({"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": {"Ref": t.id}, "PolicyDocument": {"Version": "2012-10-17", "Statement": [stmt]}}}),
        },
    }])
}

fn sqs_tls_only(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::SQS::Queue"])?;
    let stmt = deny_insecure(json!({"Fn::GetAtt": [t.id, "Arn"]}), "sqs:*", json!("*"));
    let existing = t.doc.resources().find(|(_, ty, r)| {
        *ty == "AWS::SQS::QueuePolicy"
            && r.get("Properties")
                .and_then(|p| p.get("Queues"))
                .is_some_and(|q| matches!(&q.kind, RawKind::Seq(items) if items.iter().any(|i| is_ref_to(i, t.id))))
    });
    Ok(vec![match existing {
        Some((id, _, _)) => Op::Append {
            id: id.to_string(),
            path: path("Properties.PolicyDocument.Statement"),
            item: stmt,
        },
        None => Op::AddResource {
            id: fresh_id(t.doc, format!("{}Policy", t.id)),
            before: t.id.to_string(),
            value: json!({"Type": "AWS::SQS::QueuePolicy", "Properties": {"Queues": [{"Ref": t.id}], "PolicyDocument": {"Version": "2012-10-17", "Statement": [stmt]}}}),
        },
    }])
}

fn efs_tls_required(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::EFS::FileSystem"])?;
    let deny = json!({"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}});
    if t.prop("FileSystemPolicy").is_some() {
        return Ok(vec![Op::Append {
            id: t.id.to_string(),
            path: path("Properties.FileSystemPolicy.Statement"),
            item: deny,
        }]);
    }
    Ok(vec![t.set(
        "FileSystemPolicy",
        json!({"Version": "2012-10-17", "Statement": [deny]}),
    )])
}

fn sqs_encryption(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::SQS::Queue"])?;
    Ok(vec![t.set("SqsManagedSseEnabled", json!(true))])
}

fn sns_encryption(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::SNS::Topic"])?;
    let mut ops = Vec::new();
    let key = match t.doc.resources().find(|(_, ty, _)| *ty == "AWS::KMS::Key") {
        Some(_) => t.kms_key(&mut ops, "the topic"),
        None => json!("alias/aws/sns"),
    };
    ops.push(t.set("KmsMasterKeyId", key));
    Ok(ops)
}

fn dynamodb_kms(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"])?;
    Ok(vec![t.set(
        "SSESpecification",
        json!({"SSEEnabled": true, "SSEType": "KMS"}),
    )])
}

fn dynamodb_pitr(t: &Target) -> Result<Vec<Op>, Why> {
    let p = json!({"PointInTimeRecoveryEnabled": true});
    match t.ty {
        "AWS::DynamoDB::Table" => Ok(vec![t.set("PointInTimeRecoverySpecification", p)]),
        "AWS::DynamoDB::GlobalTable" => Ok(vec![
            t.set("Replicas.*.PointInTimeRecoverySpecification", p),
        ]),
        _ => only(t, &[]).map(|_| Vec::new()),
    }
}

fn is_aurora_member(t: &Target) -> bool {
    t.prop("DBClusterIdentifier").is_some()
}

fn rds_multi_az(t: &Target) -> Result<Vec<Op>, Why> {
    if t.ty == "AWS::RDS::DBCluster" {
        return aurora_second_instance(t);
    }
    only(t, &["AWS::RDS::DBInstance"])?;
    if is_aurora_member(t) {
        return Err("fix-skip-aurora-multi-az".into());
    }
    Ok(vec![t.set("MultiAZ", json!(true))])
}

/// A second instance for an Aurora cluster, like its first one (engine and class).
fn aurora_second_instance(t: &Target) -> Result<Vec<Op>, Why> {
    let (first, _, member) = t
        .doc
        .resources()
        .find(|(_, ty, r)| {
            *ty == "AWS::RDS::DBInstance"
                && r.get("Properties")
                    .and_then(|p| p.get("DBClusterIdentifier"))
                    .is_some_and(|c| is_ref_to(c, t.id))
        })
        .ok_or("fix-skip-cluster-no-instance")?;
    let mut props = serde_json::Map::new();
    for k in ["Engine", "DBInstanceClass"] {
        if let Some(v) = member.get("Properties").and_then(|p| p.get(k)) {
            props.insert(
                k.to_string(),
                to_value(v).ok_or_else(|| {
                    Why::with(
                        "fix-skip-not-plain-value",
                        &[("resource", &first), ("property", &k)],
                    )
                })?,
            );
        }
    }
    props.insert("DBClusterIdentifier".into(), json!({"Ref": t.id}));
    Ok(vec![Op::AddResource {
        id: fresh_id(t.doc, format!("{first}Standby")),
        before: first.to_string(),
        value: json!({"Type": "AWS::RDS::DBInstance", "Properties": props}),
    }])
}

/// A scalar or `Ref` as JSON.
fn to_value(r: &Raw) -> Option<Value> {
    match &r.kind {
        RawKind::Str(s) => Some(json!(s)),
        RawKind::Int(i) => Some(json!(i)),
        RawKind::Bool(b) => Some(json!(b)),
        RawKind::Map(_) => r
            .get("Ref")
            .and_then(Raw::as_str)
            .filter(|_| r.entries().len() == 1)
            .map(|s| json!({"Ref": s})),
        _ => None,
    }
}

fn rds_storage_encrypted(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"])?;
    if is_aurora_member(t) {
        return Err("fix-skip-aurora-encryption".into());
    }
    if t.prop("SourceDBInstanceIdentifier").is_some() {
        return Err("fix-skip-read-replica".into());
    }
    Ok(vec![t.set("StorageEncrypted", json!(true))])
}

fn rds_backup_retention(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"])?;
    if is_aurora_member(t) {
        return Err("fix-skip-aurora-backups".into());
    }
    Ok(vec![t.set("BackupRetentionPeriod", json!(7))])
}

fn codebuild_encryption(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::CodeBuild::Project"])?;
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the build artifacts");
    ops.push(t.set("EncryptionKey", key));
    for p in ["Artifacts", "LogsConfig.S3Logs"] {
        if t.prop(&format!("{p}.EncryptionDisabled")).is_some() {
            ops.push(t.set(&format!("{p}.EncryptionDisabled"), json!(false)));
        }
    }
    if let Some(Raw {
        kind: RawKind::Seq(items),
        ..
    }) = t.prop("SecondaryArtifacts")
    {
        for (i, a) in items.iter().enumerate() {
            if a.get("EncryptionDisabled").is_some() {
                ops.push(t.set(
                    &format!("SecondaryArtifacts.{i}.EncryptionDisabled"),
                    json!(false),
                ));
            }
        }
    }
    Ok(ops)
}

fn elb_tls_policy(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::ElasticLoadBalancingV2::Listener"])?;
    Ok(vec![t.set(
        "SslPolicy",
        json!("ELBSecurityPolicy-TLS13-1-2-2021-06"),
    )])
}

fn elb_listener_tls(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::ElasticLoadBalancingV2::Listener"])?;
    if t.prop("Protocol").and_then(Raw::as_str) != Some("HTTP") {
        return Err("fix-skip-listener-not-http".into());
    }
    let mut ops = Vec::new();
    let cert = param(
        &mut ops,
        "ListenerCertificateArn",
        "ARN of the ACM certificate the HTTPS listener presents (added by phiguard fix)",
        false,
    );
    ops.push(t.set("Protocol", json!("HTTPS")));
    ops.push(t.set("Port", json!(443)));
    ops.push(t.set("Certificates", json!([{"CertificateArn": cert}])));
    ops.push(t.set("SslPolicy", json!("ELBSecurityPolicy-TLS13-1-2-2021-06")));
    Ok(ops)
}

fn elb_access_logs(t: &Target) -> Result<Vec<Op>, Why> {
    let mut ops = Vec::new();
    let bucket = |ops: &mut Vec<Op>| {
        param(
            ops,
            "LoadBalancerLogsBucketName",
            "Name of the S3 bucket that receives load balancer access logs; its policy must let Elastic Load Balancing write (added by phiguard fix)",
            false,
        )
    };
    match t.ty {
        "AWS::ElasticLoadBalancing::LoadBalancer"
            if t.prop("AccessLoggingPolicy.S3BucketName").is_some() =>
        {
            ops.push(t.set("AccessLoggingPolicy.Enabled", json!(true)));
        }
        "AWS::ElasticLoadBalancing::LoadBalancer" => {
            let b = bucket(&mut ops);
            ops.push(t.set(
                "AccessLoggingPolicy",
                json!({"Enabled": true, "S3BucketName": b, "EmitInterval": 60}),
            ));
        }
        "AWS::ElasticLoadBalancingV2::LoadBalancer" => match t.prop("LoadBalancerAttributes") {
            None => {
                let b = bucket(&mut ops);
                ops.push(t.set(
                    "LoadBalancerAttributes",
                    json!([{"Key": "access_logs.s3.enabled", "Value": "true"}, {"Key": "access_logs.s3.bucket", "Value": b}]),
                ));
            }
            Some(Raw {
                kind: RawKind::Seq(items),
                ..
            }) => {
                let at = |k: &str| {
                    items
                        .iter()
                        .position(|a| a.get("Key").and_then(Raw::as_str) == Some(k))
                };
                let append = |item: Value| Op::Append {
                    id: t.id.to_string(),
                    path: path("Properties.LoadBalancerAttributes"),
                    item,
                };
                match at("access_logs.s3.enabled") {
                    Some(i) => {
                        ops.push(t.set(&format!("LoadBalancerAttributes.{i}.Value"), json!("true")))
                    }
                    None => ops.push(append(
                        json!({"Key": "access_logs.s3.enabled", "Value": "true"}),
                    )),
                }
                if at("access_logs.s3.bucket").is_none() {
                    let b = bucket(&mut ops);
                    ops.push(append(json!({"Key": "access_logs.s3.bucket", "Value": b})));
                }
            }
            Some(_) => return Err("fix-skip-attributes-expression".into()),
        },
        _ => only(t, &[])?,
    }
    Ok(ops)
}

fn vpc_flow_logs(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::EC2::VPC"])?;
    flow_log_for(t.doc, t.id)
}

/// An `AWS::EC2::FlowLog` for the template's VPC `vpc`, to the bucket of a new parameter
/// (written before the VPC, so two fixes on one VPC never run in the same pass).
fn flow_log_for(doc: &Doc, vpc: &str) -> Result<Vec<Op>, Why> {
    if doc.resources().any(|(_, ty, n)| {
        ty == "AWS::EC2::FlowLog"
            && n.get("Properties").is_some_and(|p| {
                p.get("ResourceId").is_some_and(|r| is_ref_to(r, vpc))
                    && p.get("TrafficType").and_then(Raw::as_str) == Some("ALL")
            })
    }) {
        return Err(Why::with("fix-skip-has-flow-log", &[("vpc", &vpc)]));
    }
    let mut ops = Vec::new();
    let bucket = param(
        &mut ops,
        "FlowLogsBucketName",
        "Name of the S3 bucket that receives VPC flow logs (added by phiguard fix)",
        false,
    );
    let Value::Object(b) = bucket else {
        unreachable!()
    };
    let name = b["Ref"].as_str().unwrap_or_default().to_string();
    ops.push(Op::AddResource {
        id: fresh_id(doc, format!("{vpc}FlowLog")),
        before: vpc.to_string(),
        value: json!({"Type": "AWS::EC2::FlowLog", "Properties": {
            "ResourceId": {"Ref": vpc}, "ResourceType": "VPC", "TrafficType": "ALL",
            "LogDestinationType": "s3", "LogDestination": {"Fn::Sub": format!("arn:${{AWS::Partition}}:s3:::${{{name}}}")}
        }}),
    });
    Ok(ops)
}

/// The flow log of the VPC an instance's subnet belongs to, when the template declares both.
fn ec2_flow_logs(t: &Target) -> Result<Vec<Op>, Why> {
    let unknown = || Why::from("fix-skip-vpc-unknown");
    let refs: Vec<&Raw> = match t.ty {
        "AWS::EC2::Instance" => t
            .prop("SubnetId")
            .or_else(|| t.prop("NetworkInterfaces.0.SubnetId"))
            .into_iter()
            .collect(),
        "AWS::AutoScaling::AutoScalingGroup" => match t.prop("VPCZoneIdentifier") {
            Some(Raw {
                kind: RawKind::Seq(items),
                ..
            }) => items.iter().collect(),
            _ => Vec::new(),
        },
        _ => return only(t, &[]).map(|_| Vec::new()),
    };
    let vpc_of = |r: &Raw| -> Option<String> {
        let subnet = r.get("Ref")?.as_str()?;
        let (_, ty, node) = t.doc.resources().find(|(id, _, _)| *id == subnet)?;
        let vpc = node.get("Properties")?.get("VpcId")?.get("Ref")?.as_str()?;
        (ty == "AWS::EC2::Subnet"
            && t.doc
                .resources()
                .any(|(id, ty, _)| id == vpc && ty == "AWS::EC2::VPC"))
        .then(|| vpc.to_string())
    };
    let vpcs: Option<std::collections::BTreeSet<String>> = refs.into_iter().map(vpc_of).collect();
    match vpcs {
        Some(v) if v.len() == 1 => flow_log_for(t.doc, v.first().map_or("", |s| s.as_str())),
        _ => Err(unknown()),
    }
}

fn kms_rotation(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::KMS::Key"])?;
    if t.prop("KeySpec")
        .and_then(Raw::as_str)
        .is_some_and(|s| s != "SYMMETRIC_DEFAULT")
    {
        return Err("fix-skip-key-no-rotation".into());
    }
    Ok(vec![t.set("EnableKeyRotation", json!(true))])
}

fn cloudfront_viewer_https(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::CloudFront::Distribution"])?;
    let ok = |b: &Raw| {
        b.get("ViewerProtocolPolicy")
            .and_then(Raw::as_str)
            .is_some_and(|p| p != "allow-all")
    };
    let mut ops = Vec::new();
    if t.prop("DistributionConfig.DefaultCacheBehavior")
        .is_some_and(|b| !ok(b))
    {
        ops.push(t.set(
            "DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy",
            json!("redirect-to-https"),
        ));
    }
    if let Some(Raw {
        kind: RawKind::Seq(items),
        ..
    }) = t.prop("DistributionConfig.CacheBehaviors")
    {
        for (i, b) in items.iter().enumerate() {
            if !ok(b) {
                ops.push(t.set(
                    &format!("DistributionConfig.CacheBehaviors.{i}.ViewerProtocolPolicy"),
                    json!("redirect-to-https"),
                ));
            }
        }
    }
    Ok(ops)
}

fn set_true(t: &Target, types: &[&str], p: &str) -> Result<Vec<Op>, Why> {
    only(t, types)?;
    Ok(vec![t.set(p, json!(true))])
}

fn efs_encrypted(t: &Target) -> Result<Vec<Op>, Why> {
    set_true(t, &["AWS::EFS::FileSystem"], "Encrypted")
}

fn ebs_encrypted(t: &Target) -> Result<Vec<Op>, Why> {
    set_true(t, &["AWS::EC2::Volume"], "Encrypted")
}

fn instance_ebs_encrypted(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::EC2::Instance"])?;
    let Some(Raw {
        kind: RawKind::Seq(items),
        ..
    }) = t.prop("BlockDeviceMappings")
    else {
        return Err("fix-skip-root-volume-ami".into());
    };
    Ok(items
        .iter()
        .enumerate()
        .filter(|(_, m)| m.get("Ebs").is_some())
        .map(|(i, _)| {
            t.set(
                &format!("BlockDeviceMappings.{i}.Ebs.Encrypted"),
                json!(true),
            )
        })
        .collect())
}

fn cloudtrail_kms(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::CloudTrail::Trail"])?;
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the trail's log files");
    ops.push(t.set("KMSKeyId", key));
    Ok(ops)
}

fn cloudtrail_validation(t: &Target) -> Result<Vec<Op>, Why> {
    set_true(t, &["AWS::CloudTrail::Trail"], "EnableLogFileValidation")
}

fn cloudtrail_multi_region(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::CloudTrail::Trail"])?;
    Ok(vec![
        t.set("IsMultiRegionTrail", json!(true)),
        t.set("IncludeGlobalServiceEvents", json!(true)),
    ])
}

fn elasticache_at_rest(t: &Target) -> Result<Vec<Op>, Why> {
    set_true(
        t,
        &["AWS::ElastiCache::ReplicationGroup"],
        "AtRestEncryptionEnabled",
    )
}

fn elasticache_transit(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::ElastiCache::ReplicationGroup"])?;
    let mut ops = vec![t.set("TransitEncryptionEnabled", json!(true))];
    if t.prop("TransitEncryptionMode").is_some() {
        ops.push(t.set("TransitEncryptionMode", json!("required")));
    }
    Ok(ops)
}

fn elasticache_auth(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::ElastiCache::ReplicationGroup"])?;
    let mut ops = Vec::new();
    let token = param(
        &mut ops,
        format!("{}AuthToken", t.id).as_str(),
        "AUTH token of the Redis replication group, 16 to 128 characters; better read from Secrets Manager with a dynamic reference (added by phiguard fix)",
        true,
    );
    ops.push(t.set("AuthToken", token));
    ops.push(t.set("TransitEncryptionEnabled", json!(true)));
    Ok(ops)
}

fn key_on(t: &Target, types: &[&str], prop: &str, purpose: &str) -> Result<Vec<Op>, Why> {
    only(t, types)?;
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, purpose);
    ops.push(t.set(prop, key));
    Ok(ops)
}

fn secret_kms(t: &Target) -> Result<Vec<Op>, Why> {
    key_on(
        t,
        &["AWS::SecretsManager::Secret"],
        "KmsKeyId",
        "the secret",
    )
}

fn codecommit_kms(t: &Target) -> Result<Vec<Op>, Why> {
    key_on(
        t,
        &["AWS::CodeCommit::Repository"],
        "KmsKeyId",
        "the repository",
    )
}

fn lambda_env_kms(t: &Target) -> Result<Vec<Op>, Why> {
    key_on(
        t,
        &["AWS::Lambda::Function", "AWS::Serverless::Function"],
        "KmsKeyArn",
        "the function's environment variables",
    )
}

fn logs_kms(t: &Target) -> Result<Vec<Op>, Why> {
    key_on(t, &["AWS::Logs::LogGroup"], "KmsKeyId", "the log group")
}

fn logs_retention(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::Logs::LogGroup"])?;
    Ok(vec![t.set("RetentionInDays", json!(2192))])
}

fn ec2_imdsv2(t: &Target) -> Result<Vec<Op>, Why> {
    let p = match t.ty {
        "AWS::EC2::LaunchTemplate" => "LaunchTemplateData.MetadataOptions",
        "AWS::AutoScaling::LaunchConfiguration" | "AWS::EC2::Instance" => "MetadataOptions",
        _ => return only(t, &[]).map(|_| Vec::new()),
    };
    Ok(vec![t.set(p, json!({"HttpTokens": "required"}))])
}

/// `AssociatePublicIpAddress: false` on every network interface of `seq` that sets it.
fn no_public_ip_on_interfaces(t: &Target, at: &str) -> Result<Vec<Op>, Why> {
    let Some(Raw {
        kind: RawKind::Seq(items),
        ..
    }) = t.prop(at)
    else {
        return Err("fix-skip-public-address-elsewhere".into());
    };
    let ops: Vec<Op> = items
        .iter()
        .enumerate()
        .filter(|(_, n)| n.get("AssociatePublicIpAddress").is_some())
        .map(|(i, _)| t.set(&format!("{at}.{i}.AssociatePublicIpAddress"), json!(false)))
        .collect();
    if ops.is_empty() {
        return Err("fix-skip-public-address-elsewhere".into());
    }
    Ok(ops)
}

fn ec2_no_public_ip(t: &Target) -> Result<Vec<Op>, Why> {
    match t.ty {
        "AWS::ECS::Service" if t.prop("NetworkConfiguration.AwsvpcConfiguration").is_some() => {
            Ok(vec![t.set(
                "NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp",
                json!("DISABLED"),
            )])
        }
        "AWS::EC2::Instance" => no_public_ip_on_interfaces(t, "NetworkInterfaces"),
        "AWS::EC2::LaunchTemplate" => {
            no_public_ip_on_interfaces(t, "LaunchTemplateData.NetworkInterfaces")
        }
        _ => only(t, &[]).map(|_| Vec::new()),
    }
}

fn phi_store_not_public(t: &Target) -> Result<Vec<Op>, Why> {
    match t.ty {
        "AWS::RDS::DBInstance" => Ok(vec![t.set("PubliclyAccessible", json!(false))]),
        "AWS::EKS::Cluster" => Ok(vec![t.set(
            "ResourcesVpcConfig",
            json!({"EndpointPublicAccess": false, "EndpointPrivateAccess": true}),
        )]),
        _ => only(t, &[]).map(|_| Vec::new()),
    }
}

/// `awslogs` on every container that logs nowhere, to a log group declared in the template.
fn ecs_container_logging(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::ECS::TaskDefinition"])?;
    let Some(Raw {
        kind: RawKind::Seq(containers),
        ..
    }) = t.prop("ContainerDefinitions")
    else {
        return Err("fix-skip-containers-not-list".into());
    };
    let mut ops = Vec::new();
    // A new log group would need its own key, retention and a trail over it: the author's
    // design; a group the template declares is the one its containers are meant to use.
    let (group, _, _) = t
        .doc
        .resources()
        .find(|(_, ty, _)| *ty == "AWS::Logs::LogGroup")
        .ok_or("fix-skip-no-log-group")?;
    let group = json!({"Ref": group});
    for (i, c) in containers.iter().enumerate() {
        let driver = c
            .get("LogConfiguration")
            .map(|l| l.get("LogDriver").and_then(Raw::as_str));
        if !matches!(driver, None | Some(Some("none"))) {
            continue;
        }
        let prefix = c.get("Name").and_then(Raw::as_str).unwrap_or("app");
        ops.push(t.set(
            &format!("ContainerDefinitions.{i}.LogConfiguration"),
            json!({"LogDriver": "awslogs", "Options": {
                "awslogs-group": group, "awslogs-region": {"Ref": "AWS::Region"}, "awslogs-stream-prefix": prefix
            }}),
        ));
    }
    if ops
        .iter()
        .all(|o| matches!(o, Op::AddParam { .. } | Op::AddResource { .. }))
    {
        return Err("fix-skip-log-driver-expression".into());
    }
    Ok(ops)
}

/// The parameter group family of an engine and version (`postgres` `14.10` → `postgres14`).
pub(crate) fn family(engine: &str, version: &str) -> Option<String> {
    let mut parts = version.split('.');
    let (major, minor) = (parts.next()?, parts.next().unwrap_or(""));
    match engine {
        "postgres" | "aurora-postgresql" => Some(format!("{engine}{major}")),
        "mysql" | "mariadb" | "aurora-mysql" if !minor.is_empty() => {
            Some(format!("{engine}{major}.{minor}"))
        }
        _ => None,
    }
}

fn rds_tls_enforced(t: &Target) -> Result<Vec<Op>, Why> {
    let (prop, group_type) = match t.ty {
        "AWS::RDS::DBCluster" => (
            "DBClusterParameterGroupName",
            "AWS::RDS::DBClusterParameterGroup",
        ),
        "AWS::RDS::DBInstance" => ("DBParameterGroupName", "AWS::RDS::DBParameterGroup"),
        _ => return only(t, &[]).map(|_| Vec::new()),
    };
    let engine = t
        .prop("Engine")
        .and_then(Raw::as_str)
        .ok_or("fix-skip-engine-not-literal")?
        .to_ascii_lowercase();
    let (param, on) = match engine.as_str() {
        "postgres" | "aurora-postgresql" => ("rds.force_ssl", json!("1")),
        "mysql" | "mariadb" | "aurora-mysql" => ("require_secure_transport", json!("ON")),
        other => return Err(Why::with("fix-skip-engine", &[("engine", &other)])),
    };
    match t.prop(prop) {
        Some(group) => {
            let id = group
                .get("Ref")
                .and_then(Raw::as_str)
                .filter(|_| group.entries().len() == 1)
                .ok_or_else(|| Why::with("fix-skip-group-elsewhere", &[("property", &prop)]))?;
            match t
                .doc
                .resource(id)
                .and_then(|r| r.get("Type"))
                .and_then(Raw::as_str)
            {
                Some(ty) if ty == group_type => Ok(vec![Op::Set {
                    id: id.to_string(),
                    path: vec!["Properties".into(), "Parameters".into(), param.into()],
                    value: on,
                }]),
                _ => Err(Why::with(
                    "fix-skip-group-elsewhere",
                    &[("property", &prop)],
                )),
            }
        }
        None => {
            let version = t
                .prop("EngineVersion")
                .and_then(Raw::scalar_text)
                .ok_or("fix-skip-no-engine-version")?;
            let family = family(&engine, &version).ok_or_else(|| {
                Why::with(
                    "fix-skip-no-family",
                    &[("engine", &engine), ("version", &version)],
                )
            })?;
            let id = fresh_id(t.doc, format!("{}TlsParameters", t.id));
            Ok(vec![
                Op::AddResource {
                    id: id.clone(),
                    before: t.id.to_string(),
                    value: json!({"Type": group_type, "Properties": {"Family": family, "Description": "Requires TLS for every connection (added by phiguard fix)", "Parameters": {param: on}}}),
                },
                t.set(prop, json!({"Ref": id})),
            ])
        }
    }
}

/// One ingress rule of a security group: inline (`Properties.SecurityGroupIngress.<i>`) or
/// an `AWS::EC2::SecurityGroupIngress` of the template that names the group.
struct Ingress<'a> {
    /// The resource it is written in.
    id: String,
    /// Its path from that resource's root.
    base: String,
    node: &'a Raw,
}

/// A port number written as the old one was: a string stays a string.
fn port_like(old: Option<&Raw>, port: i64) -> Value {
    match old.map(|r| &r.kind) {
        Some(RawKind::Str(_)) => json!(port.to_string()),
        _ => json!(port),
    }
}

impl Ingress<'_> {
    fn set(&self, key: &str, value: Value) -> Op {
        Op::Set {
            id: self.id.clone(),
            path: path(&format!("{}.{key}", self.base)),
            value,
        }
    }

    /// Protocol (`all`, `tcp`, `udp`, ...) and port range, when written as literals.
    fn ports(&self) -> Option<(String, i64, i64)> {
        let proto = self
            .node
            .get("IpProtocol")?
            .scalar_text()?
            .to_ascii_lowercase();
        let proto = match proto.as_str() {
            "-1" | "all" => return Some(("all".into(), 0, 65535)),
            "6" => "tcp".to_string(),
            "17" => "udp".to_string(),
            _ => proto,
        };
        let port = |k: &str| self.node.get(k)?.scalar_text()?.trim().parse::<i64>().ok();
        match (port("FromPort")?, port("ToPort")?) {
            (-1, _) | (_, -1) => Some((proto, 0, 65535)),
            (f, t) => Some((proto, f, t)),
        }
    }

    /// The keys (`CidrIp`, `CidrIpv6`) open to the whole internet, written as the open
    /// range or as a `Ref` to a parameter whose default is.
    fn open_keys(&self, doc: &Doc) -> Vec<&'static str> {
        let open = |s: &str| matches!(s.trim(), "0.0.0.0/0" | "::/0");
        ["CidrIp", "CidrIpv6"]
            .into_iter()
            .filter(|k| match self.node.get(k) {
                Some(v) => match v.as_str() {
                    Some(s) => open(s),
                    None => v
                        .get("Ref")
                        .and_then(Raw::as_str)
                        .and_then(|p| doc.root.get("Parameters")?.get(p)?.get("Default"))
                        .and_then(Raw::as_str)
                        .is_some_and(open),
                },
                None => false,
            })
            .collect()
    }
}

/// Whether `r` names the security group `id` (`!Ref`, `!GetAtt id.GroupId`).
fn names_group(r: &Raw, id: &str) -> bool {
    let getatt = r.get("Fn::GetAtt").is_some_and(|a| match &a.kind {
        RawKind::Seq(p) => p.first().and_then(Raw::as_str) == Some(id),
        RawKind::Str(s) => s.split('.').next() == Some(id),
        _ => false,
    });
    is_ref_to(r, id) || getatt
}

/// The ingress rules of the security group (or the standalone ingress) `t`.
fn ingress_rules<'a>(t: &Target<'a>) -> Result<Vec<Ingress<'a>>, Why> {
    if t.ty == "AWS::EC2::SecurityGroupIngress" {
        let node = t.node.get("Properties").ok_or("fix-skip-no-properties")?;
        return Ok(vec![Ingress {
            id: t.id.to_string(),
            base: "Properties".into(),
            node,
        }]);
    }
    only(t, &["AWS::EC2::SecurityGroup"])?;
    let mut out = Vec::new();
    if let Some(Raw {
        kind: RawKind::Seq(items),
        ..
    }) = t
        .node
        .get("Properties")
        .and_then(|p| p.get("SecurityGroupIngress"))
    {
        for (i, node) in items.iter().enumerate() {
            out.push(Ingress {
                id: t.id.to_string(),
                base: format!("Properties.SecurityGroupIngress.{i}"),
                node,
            });
        }
    }
    for (id, ty, r) in t.doc.resources() {
        let Some(p) = r.get("Properties") else {
            continue;
        };
        if ty == "AWS::EC2::SecurityGroupIngress"
            && ["GroupId", "GroupName"]
                .iter()
                .any(|k| p.get(k).is_some_and(|g| names_group(g, t.id)))
        {
            out.push(Ingress {
                id: id.to_string(),
                base: "Properties".into(),
                node: p,
            });
        }
    }
    Ok(out)
}

const CIDR_PATTERN: &str = r"^(\d{1,3}\.){3}\d{1,3}/\d{1,2}$";
const CIDR6_PATTERN: &str = r"^[0-9a-fA-F:]+/\d{1,3}$";

/// Every ingress rule open to the internet on a port other than 80 and 443 takes its source
/// from a new parameter (no default: the author names the range).
fn sg_open_ingress(t: &Target) -> Result<Vec<Op>, Why> {
    let mut ops = Vec::new();
    for rule in ingress_rules(t)? {
        let keys = rule.open_keys(t.doc);
        if keys.is_empty() {
            continue;
        }
        let Some((proto, from, to)) = rule.ports() else {
            continue;
        };
        let web = (from..=to).all(|p| p == 80 || p == 443) && proto != "all";
        if web || matches!(proto.as_str(), "icmp" | "icmpv6" | "1" | "58") {
            continue;
        }
        for key in keys {
            let (name, pattern, what) = if key == "CidrIpv6" {
                ("AllowedIngressCidrIpv6", CIDR6_PATTERN, "IPv6")
            } else {
                ("AllowedIngressCidr", CIDR_PATTERN, "IPv4")
            };
            ops.push(Op::AddParam {
                name: name.into(),
                value: json!({
                    "Type": "String",
                    "Description": format!("The {what} range (CIDR) allowed to reach the ports that were open to the whole internet; never 0.0.0.0/0 or ::/0 (added by phiguard fix)"),
                    "AllowedPattern": pattern,
                    "ConstraintDescription": format!("an {what} CIDR range")
                }),
            });
            ops.push(rule.set(key, json!({"Ref": name})));
        }
    }
    if ops.is_empty() {
        return Err("fix-skip-no-open-literal-or-default".into());
    }
    Ok(ops)
}

/// The TLS twin of a cleartext port.
fn tls_port(port: i64) -> Option<i64> {
    Some(match port {
        20 => 989,
        21 => 990,
        23 => 22,
        25 => 465,
        80 => 443,
        110 => 995,
        143 => 993,
        389 => 636,
        8080 => 8443,
        _ => return None,
    })
}

/// The cleartext ports the rule `ec2-cleartext-ingress` names.
pub(crate) const CLEARTEXT_TCP: &[i64] = &[20, 21, 23, 80, 110, 143, 389, 512, 513, 514, 8080];

/// The TLS port range for an open TCP range over cleartext ports, when every port of it has
/// a twin and the twins are as contiguous as the range.
pub(crate) fn tls_range(from: i64, to: i64) -> Result<(i64, i64), Why> {
    let (f, t) = (tls_port(from), tls_port(to));
    match (f, t) {
        (Some(f), Some(t)) if t - f == to - from && (from..=to).all(|p| tls_port(p).is_some()) => {
            Ok((f, t))
        }
        _ => Err(Why::with(
            "fix-skip-no-tls-port",
            &[("from", &from), ("to", &to)],
        )),
    }
}

/// Open ingress rules on a cleartext TCP port move to the protocol's TLS port.
fn cleartext_ingress(t: &Target) -> Result<Vec<Op>, Why> {
    let rules = ingress_rules(t)?;
    let open: Vec<(&Ingress, String, i64, i64)> = rules
        .iter()
        .filter(|r| !r.open_keys(t.doc).is_empty())
        .filter_map(|r| r.ports().map(|(p, f, to)| (r, p, f, to)))
        .collect();
    let https_too = open
        .iter()
        .any(|(_, p, f, to)| (p == "tcp" || p == "all") && *f <= 443 && 443 <= *to);
    let mut ops = Vec::new();
    for (rule, proto, from, to) in &open {
        let hits = |ports: &[i64]| ports.iter().any(|p| from <= p && p <= to);
        if proto == "all" || proto == "udp" && hits(&[69, 161]) {
            return Err("fix-skip-all-protocols-open".into());
        }
        if proto != "tcp" {
            continue;
        }
        let flagged: Vec<i64> = CLEARTEXT_TCP
            .iter()
            .copied()
            .filter(|p| from <= p && p <= to && !((*p == 80 || *p == 8080) && https_too))
            .collect();
        if flagged.is_empty() {
            continue;
        }
        let (f, to) = tls_range(*from, *to)?;
        ops.push(rule.set("FromPort", port_like(rule.node.get("FromPort"), f)));
        ops.push(rule.set("ToPort", port_like(rule.node.get("ToPort"), to)));
    }
    if ops.is_empty() {
        return Err("fix-skip-no-cleartext-literal-ports".into());
    }
    Ok(ops)
}

/// An HTTP (TCP behind a TLS listener) target group becomes HTTPS (TLS) on 443.
fn elb_target_tls(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::ElasticLoadBalancingV2::TargetGroup"])?;
    let proto = t
        .prop("Protocol")
        .and_then(Raw::as_str)
        .map(str::to_ascii_uppercase);
    let new = match proto.as_deref() {
        Some("HTTP") => "HTTPS",
        Some("TCP") => "TLS",
        _ => return Err("fix-skip-target-group-not-http".into()),
    };
    // A port written as an expression (a parameter) stays the author's.
    let literal = |r: &Raw| matches!(r.kind, RawKind::Int(_) | RawKind::Str(_));
    let mut ops = vec![t.set("Protocol", json!(new))];
    if t.prop("Port").is_none_or(literal) {
        ops.push(t.set("Port", port_like(t.prop("Port"), 443)));
    }
    if t.prop("HealthCheckProtocol")
        .and_then(Raw::as_str)
        .is_some_and(|p| p.eq_ignore_ascii_case("HTTP"))
    {
        ops.push(t.set("HealthCheckProtocol", json!("HTTPS")));
    }
    if let Some(Raw {
        kind: RawKind::Seq(items),
        ..
    }) = t.prop("Targets")
    {
        for (i, target) in items.iter().enumerate() {
            if target.get("Port").is_some_and(literal) {
                ops.push(t.set(
                    &format!("Targets.{i}.Port"),
                    port_like(target.get("Port"), 443),
                ));
            }
        }
    }
    Ok(ops)
}

/// `http://` made `https://`, or `None` for another text.
fn https_url(u: &str) -> Option<String> {
    u.get(..7)
        .filter(|p| p.eq_ignore_ascii_case("http://"))
        .map(|_| format!("https://{}", &u[7..]))
}

/// An SNS subscription (at `base` in resource `id`) delivering over HTTP moves to HTTPS:
/// its protocol, and its endpoint when written as a URL or a parameter's default URL.
fn sns_https(doc: &Doc, id: &str, base: &str, sub: &Raw, ops: &mut Vec<Op>) {
    let at = |k: &str| path(&format!("{base}.{k}"));
    ops.push(Op::Set {
        id: id.to_string(),
        path: at("Protocol"),
        value: json!("https"),
    });
    let Some(endpoint) = sub.get("Endpoint") else {
        return;
    };
    if let Some(u) = endpoint.as_str().and_then(https_url) {
        ops.push(Op::Set {
            id: id.to_string(),
            path: at("Endpoint"),
            value: json!(u),
        });
    } else if let Some(p) = endpoint.get("Ref").and_then(Raw::as_str)
        && let Some(u) = doc
            .root
            .get("Parameters")
            .and_then(|ps| ps.get(p)?.get("Default")?.as_str())
            .and_then(https_url)
    {
        ops.push(Op::SetParam {
            name: p.to_string(),
            key: "Default".into(),
            value: json!(u),
        });
    }
}

fn is_http(r: Option<&Raw>) -> bool {
    r.and_then(Raw::as_str)
        .is_some_and(|p| p.eq_ignore_ascii_case("http"))
}

/// The hops the other fixes repair: SNS delivery over HTTP, a load balancer's HTTP listener,
/// a target group reached over HTTP.
fn flow_transmission(t: &Target) -> Result<Vec<Op>, Why> {
    match t.ty {
        "AWS::SNS::Subscription" if is_http(t.prop("Protocol")) => {
            let mut ops = Vec::new();
            let sub = t.node.get("Properties").ok_or("fix-skip-no-properties")?;
            sns_https(t.doc, t.id, "Properties", sub, &mut ops);
            Ok(ops)
        }
        "AWS::SNS::Topic" => {
            let mut ops = Vec::new();
            if let Some(Raw {
                kind: RawKind::Seq(subs),
                ..
            }) = t.prop("Subscription")
            {
                for (i, s) in subs.iter().enumerate() {
                    if is_http(s.get("Protocol")) {
                        let base = format!("Properties.Subscription.{i}");
                        sns_https(t.doc, t.id, &base, s, &mut ops);
                    }
                }
            }
            if ops.is_empty() {
                return Err("fix-skip-no-http-subscription".into());
            }
            Ok(ops)
        }
        "AWS::ElasticLoadBalancingV2::TargetGroup" | "AWS::ElasticLoadBalancingV2::Listener"
            if t.prop("Protocol")
                .and_then(Raw::as_str)
                .is_some_and(|p| ["HTTPS", "TLS"].contains(&p.to_ascii_uppercase().as_str())) =>
        {
            Err("fix-skip-already-tls".into())
        }
        "AWS::ElasticLoadBalancingV2::TargetGroup" => elb_target_tls(t),
        "AWS::ElasticLoadBalancingV2::Listener" => elb_listener_tls(t),
        _ => Err("fix-skip-flow-hop-left".into()),
    }
}

/// The ARN of a store AWS Backup protects, built from its `Ref` (its name or id).
fn store_arn(id: &str, ty: &str) -> Option<Value> {
    let (service, resource) = match ty {
        "AWS::RDS::DBInstance" => ("rds", "db:"),
        "AWS::RDS::DBCluster" | "AWS::DocDB::DBCluster" | "AWS::Neptune::DBCluster" => {
            ("rds", "cluster:")
        }
        "AWS::DynamoDB::Table" | "AWS::DynamoDB::GlobalTable" => ("dynamodb", "table/"),
        "AWS::EFS::FileSystem" => ("elasticfilesystem", "file-system/"),
        "AWS::FSx::FileSystem" => ("fsx", "file-system/"),
        "AWS::EC2::Volume" => ("ec2", "volume/"),
        "AWS::EC2::Instance" => ("ec2", "instance/"),
        "AWS::Redshift::Cluster" => ("redshift", "cluster:"),
        _ => return None,
    };
    Some(json!({"Fn::Sub": format!(
        "arn:${{AWS::Partition}}:{service}:${{AWS::Region}}:${{AWS::AccountId}}:{resource}${{{id}}}"
    )}))
}

/// The store joins the template's backup selection; a template without one gets a vault,
/// a daily plan (35 days, copied to a vault elsewhere) and a selection with its role.
fn backup_covers(t: &Target) -> Result<Vec<Op>, Why> {
    let arn =
        store_arn(t.id, t.ty).ok_or_else(|| Why::with("fix-skip-type", &[("type", &t.ty)]))?;
    let first = |kind: &str| t.doc.resources().find(|(_, ty, _)| *ty == kind);
    if let Some((sel, _, node)) = first("AWS::Backup::BackupSelection") {
        let resources = node
            .get("Properties")
            .and_then(|p| p.get("BackupSelection"))
            .and_then(|s| s.get("Resources"));
        return Ok(vec![match resources {
            Some(_) => Op::Append {
                id: sel.to_string(),
                path: path("Properties.BackupSelection.Resources"),
                item: arn,
            },
            None => Op::Set {
                id: sel.to_string(),
                path: path("Properties.BackupSelection.Resources"),
                value: json!([arn]),
            },
        }]);
    }
    // New resources go before the template's first one, so that two stores of one
    // template are fixed in turn (the second joins the selection the first added).
    let (top, _, _) = t.doc.resources().next().ok_or("fix-skip-no-resources")?;
    let mut ops = Vec::new();
    let add = |ops: &mut Vec<Op>, id: &str, value: Value| {
        ops.push(Op::AddResource {
            id: id.to_string(),
            before: top.to_string(),
            value,
        })
    };
    let plan = match first("AWS::Backup::BackupPlan") {
        Some((plan, _, _)) => plan.to_string(),
        None => {
            let key = t.kms_key(&mut ops, "the backup vault's recovery points");
            let copy = param(
                &mut ops,
                "BackupCopyVaultArn",
                "ARN of a backup vault in another Region or account that receives a copy of every recovery point (added by phiguard fix)",
                false,
            );
            let vault = fresh_id(t.doc, "BackupVault".into());
            let plan = fresh_id(t.doc, "BackupPlan".into());
            add(
                &mut ops,
                &vault,
                json!({"Type": "AWS::Backup::BackupVault", "Properties": {
                    "BackupVaultName": {"Fn::Sub": "${AWS::StackName}-backups"},
                    "EncryptionKeyArn": key
                }}),
            );
            add(
                &mut ops,
                &plan,
                json!({"Type": "AWS::Backup::BackupPlan", "Properties": {"BackupPlan": {
                    "BackupPlanName": {"Fn::Sub": "${AWS::StackName}-daily"},
                    "BackupPlanRule": [{
                        "RuleName": "daily-35-days",
                        "TargetBackupVault": {"Ref": vault},
                        "ScheduleExpression": "cron(0 5 * * ? *)",
                        "Lifecycle": {"DeleteAfterDays": 35},
                        "CopyActions": [{"DestinationBackupVaultArn": copy, "Lifecycle": {"DeleteAfterDays": 35}}]
                    }]
                }}}),
            );
            plan
        }
    };
    let role = fresh_id(t.doc, "BackupRole".into());
    add(
        &mut ops,
        &role,
        json!({"Type": "AWS::IAM::Role", "Properties": {
            "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow", "Principal": {"Service": "backup.amazonaws.com"}, "Action": "sts:AssumeRole"
            }]},
            "ManagedPolicyArns": [{"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"}]
        }}),
    );
    add(
        &mut ops,
        &fresh_id(t.doc, "BackupSelection".into()),
        json!({"Type": "AWS::Backup::BackupSelection", "Properties": {
            "BackupPlanId": {"Ref": plan},
            "BackupSelection": {
                "SelectionName": "phi-stores",
                "IamRoleArn": {"Fn::GetAtt": [role, "Arn"]},
                "Resources": [arn]
            }
        }}),
    );
    Ok(ops)
}

const REPLACES: &str = "changing it on an existing resource replaces the resource (a new, empty one for data stores): migrate the data first";
const EMR_REPLACED: &str = "the security configuration and every cluster that uses it are replaced: running clusters are terminated and created again (a named security configuration must be renamed)";
const KEY_POLICY: &str = "the KMS key's policy must allow the service (and every reader) to use it, and the key is a new parameter when the template declares none";

/// Every fix, by rule.
pub static FIXES: &[Fix] = &[
    Fix {
        rule: "rds-tls-enforced",
        safety: Safety::Unsafe(
            "clients that connect without TLS are refused; a new parameter group takes effect after a reboot",
        ),
        summary: "Sets `rds.force_ssl: 1` (PostgreSQL) or `require_secure_transport: ON` (MySQL, MariaDB) in the template's parameter group, or adds one for the engine's family",
        cfn: Some(rds_tls_enforced),
        tf: Some(tf::rds_tls_enforced),
    },
    Fix {
        rule: "ec2-phi-no-public-ip",
        safety: Safety::Unsafe(
            "the instance or task is no longer reachable from the internet and, in a public subnet without a NAT gateway, can no longer reach it either",
        ),
        summary: "Sets `AssociatePublicIpAddress: false` on the network interfaces of an instance or launch template and `AssignPublicIp: DISABLED` on an ECS service (Terraform: `associate_public_ip_address = false`, `assign_public_ip = false`); an instance in a public subnet or with an Elastic IP must be moved by its author",
        cfn: Some(ec2_no_public_ip),
        tf: Some(tf::ec2_no_public_ip),
    },
    Fix {
        rule: "phi-store-not-public",
        safety: Safety::Unsafe(
            "clients outside the VPC can no longer connect (an RDS instance loses its public address; an EKS API endpoint becomes private, so kubectl must run from inside the VPC)",
        ),
        summary: "Sets `PubliclyAccessible: false` on an RDS instance, and a private-only API endpoint on an EKS cluster (`EndpointPublicAccess: false`, `EndpointPrivateAccess: true`; Terraform: `publicly_accessible = false`, `endpoint_public_access = false`)",
        cfn: Some(phi_store_not_public),
        tf: Some(tf::phi_store_not_public),
    },
    Fix {
        rule: "ecs-container-logging",
        safety: Safety::Unsafe(
            "the task's execution role must be allowed to write to the log group (logs:CreateLogStream, logs:PutLogEvents) or the task no longer starts",
        ),
        summary: "Sets an `awslogs` `LogConfiguration` on every container that logs nowhere, to the log group the template declares (a template without one is left to its author)",
        cfn: Some(ecs_container_logging),
        tf: Some(tf::ecs_container_logging),
    },
    Fix {
        rule: "ec2-imdsv2",
        safety: Safety::Unsafe(
            "software on the instance that still calls IMDSv1 loses instance metadata and its role credentials",
        ),
        summary: "Sets `MetadataOptions.HttpTokens: required` (Terraform: `metadata_options { http_tokens = \"required\" }`)",
        cfn: Some(ec2_imdsv2),
        tf: Some(tf::ec2_imdsv2),
    },
    Fix {
        rule: "s3-bucket-access-logging",
        safety: Safety::Unsafe(
            "adds a log-bucket parameter (unless the template declares a bucket named like a log bucket) whose policy must let S3 log delivery write",
        ),
        summary: "Sets `LoggingConfiguration` to a log bucket declared in the template or a new `AccessLogsBucketName` parameter (Terraform: an `aws_s3_bucket_logging`)",
        cfn: Some(s3_access_logging),
        tf: Some(tf::s3_access_logging),
    },
    Fix {
        rule: "s3-bucket-tls-only",
        safety: Safety::Safe,
        summary: "Adds a Deny-unless-`aws:SecureTransport` statement to the bucket's policy, or a new `AWS::S3::BucketPolicy` (Terraform: `aws_s3_bucket_policy`)",
        cfn: Some(s3_tls_only),
        tf: Some(tf::s3_tls_only),
    },
    Fix {
        rule: "s3-bucket-versioning",
        safety: Safety::Safe,
        summary: "Sets `VersioningConfiguration.Status: Enabled` (Terraform: an `aws_s3_bucket_versioning`)",
        cfn: Some(s3_versioning),
        tf: Some(tf::s3_versioning),
    },
    Fix {
        rule: "s3-bucket-encryption",
        safety: Safety::Safe,
        summary: "Declares default encryption `SSEAlgorithm: AES256` (Terraform: an `aws_s3_bucket_server_side_encryption_configuration`)",
        cfn: Some(s3_encryption),
        tf: Some(tf::s3_encryption),
    },
    Fix {
        rule: "s3-bucket-public-access-block",
        safety: Safety::Unsafe(
            "blocks public access a website or public data set bucket may rely on",
        ),
        summary: "Sets the four `PublicAccessBlockConfiguration` settings to true (Terraform: an `aws_s3_bucket_public_access_block`)",
        cfn: Some(s3_public_access_block),
        tf: Some(tf::s3_public_access_block),
    },
    Fix {
        rule: "logs-group-kms-encryption",
        safety: Safety::Unsafe(KEY_POLICY),
        summary: "Sets `KmsKeyId` to a key declared in the template or a new `KmsKeyArn` parameter",
        cfn: Some(logs_kms),
        tf: Some(tf::logs_kms),
    },
    Fix {
        rule: "logs-group-retention",
        safety: Safety::Unsafe(
            "log events older than the retention period (2192 days, six years) are deleted",
        ),
        summary: "Sets `RetentionInDays: 2192` (Terraform: `retention_in_days = 2192`)",
        cfn: Some(logs_retention),
        tf: Some(tf::logs_retention),
    },
    Fix {
        rule: "sqs-queue-tls-only",
        safety: Safety::Safe,
        summary: "Adds a Deny-unless-`aws:SecureTransport` statement to the queue's policy, or a new `AWS::SQS::QueuePolicy`",
        cfn: Some(sqs_tls_only),
        tf: Some(tf::sqs_tls_only),
    },
    Fix {
        rule: "sqs-queue-encryption",
        safety: Safety::Safe,
        summary: "Sets `SqsManagedSseEnabled: true` (Terraform: `sqs_managed_sse_enabled = true`)",
        cfn: Some(sqs_encryption),
        tf: Some(tf::sqs_encryption),
    },
    Fix {
        rule: "dynamodb-table-kms-encryption",
        safety: Safety::Safe,
        summary: "Sets `SSESpecification: {SSEEnabled: true, SSEType: KMS}` (Terraform: `server_side_encryption { enabled = true }`)",
        cfn: Some(dynamodb_kms),
        tf: Some(tf::dynamodb_kms),
    },
    Fix {
        rule: "dynamodb-point-in-time-recovery",
        safety: Safety::Safe,
        summary: "Sets `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true` (Terraform: `point_in_time_recovery { enabled = true }`)",
        cfn: Some(dynamodb_pitr),
        tf: Some(tf::dynamodb_pitr),
    },
    Fix {
        rule: "sns-topic-encryption",
        safety: Safety::Unsafe(
            "AWS services that publish to the topic (CloudWatch alarms, S3 and EventBridge events) cannot use the AWS managed key alias/aws/sns; they need a customer managed key whose policy allows them",
        ),
        summary: "Sets `KmsMasterKeyId` to a key declared in the template, else `alias/aws/sns`",
        cfn: Some(sns_encryption),
        tf: Some(tf::sns_encryption),
    },
    Fix {
        rule: "rds-multi-az",
        safety: Safety::Safe,
        summary: "Sets `MultiAZ: true` on a DB instance; for an Aurora cluster with one instance, adds a second instance like it (Terraform: `multi_az = true`)",
        cfn: Some(rds_multi_az),
        tf: Some(tf::rds_multi_az),
    },
    Fix {
        rule: "codebuild-artifact-encryption",
        safety: Safety::Unsafe(KEY_POLICY),
        summary: "Sets `EncryptionKey` and turns `EncryptionDisabled` off",
        cfn: Some(codebuild_encryption),
        tf: Some(tf::codebuild_encryption),
    },
    Fix {
        rule: "elb-tls-policy",
        safety: Safety::Unsafe("clients that only speak TLS 1.0 or 1.1 can no longer connect"),
        summary: "Sets `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` on the listener (Terraform: `ssl_policy`)",
        cfn: Some(elb_tls_policy),
        tf: Some(tf::elb_tls_policy),
    },
    Fix {
        rule: "elb-listener-tls",
        safety: Safety::Unsafe(
            "the listener moves from HTTP on its port to HTTPS on 443: clients and security groups must follow, and a new `ListenerCertificateArn` parameter must name an ACM certificate",
        ),
        summary: "Turns an HTTP listener into HTTPS on port 443 with the certificate of a new `ListenerCertificateArn` parameter and `ELBSecurityPolicy-TLS13-1-2-2021-06`",
        cfn: Some(elb_listener_tls),
        tf: Some(tf::elb_listener_tls),
    },
    Fix {
        rule: "elb-access-logs",
        safety: Safety::Unsafe(
            "adds a `LoadBalancerLogsBucketName` parameter; the bucket's policy must let Elastic Load Balancing write",
        ),
        summary: "Turns on access logs to the bucket of a new parameter",
        cfn: Some(elb_access_logs),
        tf: Some(tf::elb_access_logs),
    },
    Fix {
        rule: "vpc-flow-logs",
        safety: Safety::Unsafe(
            "adds a `FlowLogsBucketName` parameter; the bucket's policy must let log delivery write",
        ),
        summary: "Adds an `AWS::EC2::FlowLog` for the VPC to the bucket of a new parameter",
        cfn: Some(vpc_flow_logs),
        tf: Some(tf::vpc_flow_logs),
    },
    Fix {
        rule: "ec2-flow-logs",
        safety: Safety::Unsafe(
            "adds a `FlowLogsBucketName` parameter; the bucket's policy must let log delivery write",
        ),
        summary: "Adds an `AWS::EC2::FlowLog` for the VPC of the instance's or Auto Scaling group's subnets (when the template declares them and one VPC holds them all) to the bucket of a new parameter, as the `vpc-flow-logs` fix does",
        cfn: Some(ec2_flow_logs),
        tf: Some(tf::ec2_flow_logs),
    },
    Fix {
        rule: "rds-storage-encrypted",
        safety: Safety::Unsafe(REPLACES),
        summary: "Sets `StorageEncrypted: true` (Terraform: `storage_encrypted = true`)",
        cfn: Some(rds_storage_encrypted),
        tf: Some(tf::rds_storage_encrypted),
    },
    Fix {
        rule: "rds-backup-retention",
        safety: Safety::Safe,
        summary: "Sets `BackupRetentionPeriod: 7` (Terraform: `backup_retention_period = 7`)",
        cfn: Some(rds_backup_retention),
        tf: Some(tf::rds_backup_retention),
    },
    Fix {
        rule: "kms-key-rotation",
        safety: Safety::Safe,
        summary: "Sets `EnableKeyRotation: true` (Terraform: `enable_key_rotation = true`)",
        cfn: Some(kms_rotation),
        tf: Some(tf::kms_rotation),
    },
    Fix {
        rule: "cloudfront-viewer-https",
        safety: Safety::Safe,
        summary: "Sets `ViewerProtocolPolicy: redirect-to-https` on every cache behavior that allows HTTP",
        cfn: Some(cloudfront_viewer_https),
        tf: Some(tf::cloudfront_viewer_https),
    },
    Fix {
        rule: "efs-file-system-encrypted",
        safety: Safety::Unsafe(REPLACES),
        summary: "Sets `Encrypted: true` (Terraform: `encrypted = true`)",
        cfn: Some(efs_encrypted),
        tf: Some(tf::efs_encrypted),
    },
    Fix {
        rule: "efs-tls-required",
        safety: Safety::Unsafe(
            "clients that mount without `-o tls` lose access; where there was no policy, the new one replaces EFS's default allow, so clients then need IAM permission to mount",
        ),
        summary: "Adds a Deny-unless-`aws:SecureTransport` statement to `FileSystemPolicy`",
        cfn: Some(efs_tls_required),
        tf: Some(tf::efs_tls_required),
    },
    Fix {
        rule: "ebs-volume-encrypted",
        safety: Safety::Unsafe(REPLACES),
        summary: "Sets `Encrypted: true` (Terraform: `encrypted = true`)",
        cfn: Some(ebs_encrypted),
        tf: Some(tf::ebs_encrypted),
    },
    Fix {
        rule: "ec2-instance-ebs-encrypted",
        safety: Safety::Unsafe(REPLACES),
        summary: "Sets `Ebs.Encrypted: true` on every block device mapping",
        cfn: Some(instance_ebs_encrypted),
        tf: Some(tf::ec2_instance_ebs_encrypted),
    },
    Fix {
        rule: "cloudtrail-kms-encryption",
        safety: Safety::Unsafe(KEY_POLICY),
        summary: "Sets `KMSKeyId` to a key declared in the template or a new `KmsKeyArn` parameter",
        cfn: Some(cloudtrail_kms),
        tf: Some(tf::cloudtrail_kms),
    },
    Fix {
        rule: "cloudtrail-log-file-validation",
        safety: Safety::Safe,
        summary: "Sets `EnableLogFileValidation: true` (Terraform: `enable_log_file_validation = true`)",
        cfn: Some(cloudtrail_validation),
        tf: Some(tf::cloudtrail_validation),
    },
    Fix {
        rule: "cloudtrail-multi-region",
        safety: Safety::Safe,
        summary: "Sets `IsMultiRegionTrail: true` and `IncludeGlobalServiceEvents: true` (Terraform: `is_multi_region_trail = true`)",
        cfn: Some(cloudtrail_multi_region),
        tf: Some(tf::cloudtrail_multi_region),
    },
    Fix {
        rule: "elasticache-at-rest-encryption",
        safety: Safety::Unsafe(REPLACES),
        summary: "Sets `AtRestEncryptionEnabled: true` on the replication group (Terraform: `at_rest_encryption_enabled = true`)",
        cfn: Some(elasticache_at_rest),
        tf: Some(tf::elasticache_at_rest),
    },
    Fix {
        rule: "elasticache-transit-encryption",
        safety: Safety::Unsafe(
            "clients must then connect with TLS; older engine versions replace the group",
        ),
        summary: "Sets `TransitEncryptionEnabled: true` (and `TransitEncryptionMode: required` where written) (Terraform: `transit_encryption_enabled = true`)",
        cfn: Some(elasticache_transit),
        tf: Some(tf::elasticache_transit),
    },
    Fix {
        rule: "elasticache-redis-auth",
        safety: Safety::Unsafe(
            "adds a NoEcho AUTH token parameter that must be given at deploy; clients must then authenticate and use TLS",
        ),
        summary: "Sets `AuthToken` from a new NoEcho parameter and `TransitEncryptionEnabled: true`",
        cfn: Some(elasticache_auth),
        tf: Some(tf::elasticache_redis_auth),
    },
    Fix {
        rule: "secretsmanager-secret-kms",
        safety: Safety::Unsafe(KEY_POLICY),
        summary: "Sets `KmsKeyId` to a key declared in the template or a new `KmsKeyArn` parameter",
        cfn: Some(secret_kms),
        tf: Some(tf::secret_kms),
    },
    Fix {
        rule: "codecommit-repository-kms",
        safety: Safety::Unsafe(KEY_POLICY),
        summary: "Sets `KmsKeyId` to a key declared in the template or a new `KmsKeyArn` parameter",
        cfn: Some(codecommit_kms),
        tf: Some(tf::codecommit_kms),
    },
    Fix {
        rule: "lambda-environment-kms",
        safety: Safety::Unsafe(KEY_POLICY),
        summary: "Sets `KmsKeyArn` to a key declared in the template or a new `KmsKeyArn` parameter",
        cfn: Some(lambda_env_kms),
        tf: Some(tf::lambda_env_kms),
    },
    Fix {
        rule: "eks-secrets-encryption",
        safety: Safety::Unsafe(
            "envelope encryption cannot be turned off again, and the KMS key's policy must let the cluster role use it (the key is a new parameter when the template declares none)",
        ),
        summary: "Sets `EncryptionConfig` to encrypt `secrets` with a key declared in the template or a new `KmsKeyArn` parameter (Terraform: `encryption_config`)",
        cfn: Some(eks_secrets_encryption),
        tf: Some(tf::eks_secrets_encryption),
    },
    Fix {
        rule: "dms-kms-key",
        safety: Safety::Unsafe(
            "the replication instance is replaced (its tasks must be started again), and the KMS key's policy must let AWS DMS use it",
        ),
        summary: "Sets `KmsKeyId` (serverless: `ComputeConfig.KmsKeyId`) to a key declared in the template or a new `KmsKeyArn` parameter (Terraform: `kms_key_arn`)",
        cfn: Some(dms_kms_key),
        tf: Some(tf::dms_kms_key),
    },
    Fix {
        rule: "backup-vault-kms-key",
        safety: Safety::Unsafe(
            "the vault is replaced by a new, empty one (recovery points stay in the old vault, and a named vault must be renamed), and the KMS key's policy must let AWS Backup use it",
        ),
        summary: "Sets `EncryptionKeyArn` to a key declared in the template or a new `KmsKeyArn` parameter (Terraform: `kms_key_arn`)",
        cfn: Some(backup_vault_kms_key),
        tf: Some(tf::backup_vault_kms_key),
    },
    Fix {
        rule: "backup-plan-offsite-copy",
        safety: Safety::Unsafe(
            "adds an `OffsiteBackupVaultArn` parameter: the vault must exist in another Region or account and allow the copy, and the copies are billed for storage and transfer",
        ),
        summary: "Adds to every backup rule a copy action to the vault of a new `OffsiteBackupVaultArn` parameter (Terraform: `copy_action`)",
        cfn: Some(backup_plan_offsite_copy),
        tf: Some(tf::backup_plan_offsite_copy),
    },
    Fix {
        rule: "emr-at-rest-encryption",
        safety: Safety::Unsafe(EMR_REPLACED),
        summary: "Sets `EnableAtRestEncryption: true` in the security configuration the cluster names, when its at-rest settings (keys) are written",
        cfn: Some(emr_at_rest_encryption),
        tf: Some(tf::emr_at_rest_encryption),
    },
    Fix {
        rule: "emr-in-transit-encryption",
        safety: Safety::Unsafe(EMR_REPLACED),
        summary: "Sets `EnableInTransitEncryption: true` in the security configuration the cluster names, when its in-transit settings (certificates) are written",
        cfn: Some(emr_in_transit_encryption),
        tf: Some(tf::emr_in_transit_encryption),
    },
    Fix {
        rule: "codepipeline-artifact-store-kms",
        safety: Safety::Unsafe(KEY_POLICY),
        summary: "Sets the artifact store's `EncryptionKey` to a key declared in the template or a new `KmsKeyArn` parameter (Terraform: `encryption_key`)",
        cfn: Some(codepipeline_artifact_store_kms),
        tf: Some(tf::codepipeline_artifact_store_kms),
    },
    Fix {
        rule: "vpc-security-group-open-ingress",
        safety: Safety::Unsafe(
            "it changes who can reach the port: only the range given in the new `AllowedIngressCidr` parameter (`AllowedIngressCidrIpv6` for IPv6) can connect, which cuts off every other source",
        ),
        summary: "Replaces an open source (0.0.0.0/0, ::/0) on an ingress rule of a port other than 80 and 443 with a new `AllowedIngressCidr` parameter (`AllowedIngressCidrIpv6` for IPv6) that has no default (Terraform: a variable)",
        cfn: Some(sg_open_ingress),
        tf: Some(tf::sg_open_ingress),
    },
    Fix {
        rule: "ec2-cleartext-ingress",
        safety: Safety::Unsafe(
            "the service must listen on the TLS port and clients must connect there",
        ),
        summary: "Moves an ingress rule open to the internet on a cleartext port to the protocol's TLS port (HTTP 80 to 443, FTP 20-21 to 989-990, Telnet 23 to SSH 22, POP3 110 to 995, IMAP 143 to 993, LDAP 389 to 636, 8080 to 8443); r-services, TFTP and SNMP are left to their author",
        cfn: Some(cleartext_ingress),
        tf: Some(tf::cleartext_ingress),
    },
    Fix {
        rule: "elb-target-tls",
        safety: Safety::Unsafe(
            "the targets must serve TLS on port 443, and changing the protocol or port replaces the target group",
        ),
        summary: "Turns an HTTP target group into HTTPS (TCP into TLS) on port 443 (a port set by a parameter stays), with an HTTP health check made HTTPS; Classic Load Balancers are left to their author",
        cfn: Some(elb_target_tls),
        tf: Some(tf::elb_target_tls),
    },
    Fix {
        rule: "backup-plan-covers-phi-stores",
        safety: Safety::Unsafe(
            "backups cost storage, and a new plan adds a vault, a role and a `BackupCopyVaultArn` parameter (and a `KmsKeyArn` one when the template declares no key)",
        ),
        summary: "Adds the store's ARN to the template's backup selection; a template without one gets a backup vault, a daily plan keeping recovery points 35 days and copying them to the vault of a new `BackupCopyVaultArn` parameter, and a selection whose role has the AWS managed policy AWSBackupServiceRolePolicyForBackup (Terraform: the same resources)",
        cfn: Some(backup_covers),
        tf: Some(tf::backup_covers),
    },
    Fix {
        rule: "flow-transmission-encrypted",
        safety: Safety::Unsafe(
            "the receiving end must then speak TLS: the SNS endpoint must accept HTTPS, the load balancer's targets must serve TLS, and an HTTP listener needs a certificate",
        ),
        summary: "Repairs the hops other fixes repair: an SNS subscription's HTTP endpoint becomes HTTPS, an HTTP listener HTTPS (as `elb-listener-tls` does) and an HTTP target group HTTPS (as `elb-target-tls` does); API Gateway integrations, Firehose HTTP endpoints and CloudFront origins are left to their author",
        cfn: Some(flow_transmission),
        tf: Some(tf::flow_transmission),
    },
];

/// Resource ids an op writes into (for one-fix-per-resource-per-round).
fn touched(op: &Op) -> Option<&str> {
    match op {
        Op::Set { id, .. } | Op::Append { id, .. } => Some(id),
        Op::AddResource { before, .. } => Some(before),
        Op::AddParam { .. } | Op::SetParam { .. } => None,
    }
}

/// Applies `jobs` to one template: returns the new text, the fixes applied and the jobs
/// skipped with the reason. Fixes are applied in rounds, at most one per resource per
/// round, re-reading the text between rounds, so that two fixes never add the same key.
pub(crate) fn fix_file(text: &str, jobs: Vec<Job>) -> (String, Vec<Applied>, Vec<(Job, Why)>) {
    let mut current = text.to_string();
    let mut pending = jobs;
    let mut applied = Vec::new();
    let mut skipped = Vec::new();
    let mut done = Vec::new();
    while !pending.is_empty() {
        let doc = match Doc::parse(&current) {
            Ok(d) => d,
            Err(e) => {
                skipped.extend(
                    pending
                        .into_iter()
                        .map(|j| (j, Why::with("fix-skip-template-parse", &[("error", &e)]))),
                );
                break;
            }
        };
        let mut edits: Vec<Edit> = Vec::new();
        let mut busy: HashSet<String> = HashSet::new();
        let mut params: HashSet<String> = HashSet::new();
        let mut new_params_section = false;
        let mut deferred = Vec::new();
        for job in pending {
            let Some((_, ty, node)) = doc.resources().find(|(id, _, _)| *id == job.resource) else {
                skipped.push((job, "fix-skip-not-written".into()));
                continue;
            };
            if ty != job.source_type {
                skipped.push((job, Why::with("fix-skip-written-as", &[("type", &ty)])));
                continue;
            }
            let target = Target {
                doc: &doc,
                id: &job.resource,
                ty,
                node,
            };
            let Some(fix) = job.fix.cfn else {
                skipped.push((job, "fix-skip-no-cfn-fix".into()));
                continue;
            };
            let ops = match fix(&target) {
                Ok(ops) => ops,
                Err(e) => {
                    skipped.push((job, e));
                    continue;
                }
            };
            let has_params = doc.root.get("Parameters").is_some();
            let conflict = ops.iter().filter_map(touched).any(|id| busy.contains(id))
                || ops.iter().any(|o| matches!(o, Op::AddParam { name, .. } if !has_params && new_params_section && !params.contains(name)));
            if conflict {
                deferred.push(job);
                continue;
            }
            let mut mine = Vec::new();
            let mut result = Ok(());
            let mut new_params = Vec::new();
            for op in &ops {
                match op {
                    Op::AddParam { name, .. } if params.contains(name) => {}
                    Op::AddParam { name, value } => {
                        if !new_params.iter().any(|(n, _)| n == name) {
                            new_params.push((name.as_str(), value));
                        }
                    }
                    _ => result = result.and_then(|_| doc.edits(op, &mut mine)),
                }
            }
            result = result.and_then(|_| doc.add_params(&new_params, &mut mine));
            if let Err(e) = result {
                skipped.push((job, e));
                continue;
            }
            if mine.is_empty() {
                skipped.push((job, "fix-skip-already-fixed".into()));
                continue;
            }
            for op in &ops {
                if let Some(id) = touched(op) {
                    busy.insert(id.to_string());
                }
                if let Op::AddParam { name, .. } = op {
                    new_params_section |= !has_params;
                    params.insert(name.clone());
                }
            }
            edits.extend(mine);
            applied.push(Applied {
                rule: job.fix.rule,
                resource: job.resource.clone(),
                safety: job.fix.safety,
            });
            done.push(job);
        }
        current = apply(&current, &edits);
        pending = deferred;
    }
    if let Err(e) = Doc::parse(&current) {
        // Never hand back a template that does not parse.
        let why = Why::with("fix-skip-template-broken", &[("error", &e)]);
        skipped.extend(done.into_iter().map(|j| (j, why.clone())));
        return (text.to_string(), Vec::new(), skipped);
    }
    (current, applied, skipped)
}

fn eks_secrets_encryption(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::EKS::Cluster"])?;
    if t.prop("EncryptionConfig").is_some() {
        return Err(Why::with(
            "fix-skip-encryption-config-written",
            &[("property", &"EncryptionConfig")],
        ));
    }
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the cluster's Kubernetes secrets");
    ops.push(t.set(
        "EncryptionConfig",
        json!([{"Provider": {"KeyArn": key}, "Resources": ["secrets"]}]),
    ));
    Ok(ops)
}

fn dms_kms_key(t: &Target) -> Result<Vec<Op>, Why> {
    let prop = match t.ty {
        "AWS::DMS::ReplicationInstance" => "KmsKeyId",
        "AWS::DMS::ReplicationConfig" => "ComputeConfig.KmsKeyId",
        _ => return only(t, &[]).map(|_| Vec::new()),
    };
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the replication storage");
    ops.push(t.set(prop, key));
    Ok(ops)
}

fn backup_vault_kms_key(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::Backup::BackupVault"])?;
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the vault's recovery points");
    ops.push(t.set("EncryptionKeyArn", key));
    Ok(ops)
}

fn codepipeline_artifact_store_kms(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::CodePipeline::Pipeline"])?;
    if t.prop("ArtifactStore").is_none() {
        return Err("fix-skip-artifact-stores-regions".into());
    }
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the pipeline's artifacts");
    ops.push(t.set(
        "ArtifactStore.EncryptionKey",
        json!({"Id": key, "Type": "KMS"}),
    ));
    Ok(ops)
}

fn backup_plan_offsite_copy(t: &Target) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::Backup::BackupPlan"])?;
    let Some(Raw {
        kind: RawKind::Seq(rules),
        ..
    }) = t.prop("BackupPlan.BackupPlanRule")
    else {
        return Err("fix-skip-backup-rules-not-list".into());
    };
    let mut ops = Vec::new();
    let vault = param(
        &mut ops,
        "OffsiteBackupVaultArn",
        "ARN of a backup vault in another Region or account that receives copies of the recovery points (added by phiguard fix)",
        false,
    );
    // A rule that copies already names its destination: changing it is the author's call.
    for (i, rule) in rules.iter().enumerate() {
        if rule.get("CopyActions").is_none() {
            ops.push(t.set(
                &format!("BackupPlan.BackupPlanRule.{i}.CopyActions"),
                json!([{"DestinationBackupVaultArn": vault}]),
            ));
        }
    }
    if ops.len() == 1 {
        return Err("fix-skip-copy-destinations-named".into());
    }
    Ok(ops)
}

/// Turns `EnableAtRestEncryption` or `EnableInTransitEncryption` on in the template's
/// security configuration the cluster names, when its settings (keys, certificates) are
/// written.
fn emr_encryption(t: &Target, flag: &str, settings: &str) -> Result<Vec<Op>, Why> {
    only(t, &["AWS::EMR::Cluster"])?;
    let unknown = || Why::from("fix-skip-no-security-configuration");
    let id = t
        .prop("SecurityConfiguration")
        .and_then(|r| r.get("Ref"))
        .and_then(Raw::as_str)
        .ok_or_else(unknown)?;
    let conf = t
        .doc
        .resource(id)
        .filter(|r| r.get("Type").and_then(Raw::as_str) == Some("AWS::EMR::SecurityConfiguration"))
        .ok_or_else(unknown)?;
    let enc = conf
        .get("Properties")
        .and_then(|p| p.get("SecurityConfiguration"))
        .and_then(|s| s.get("EncryptionConfiguration"))
        .ok_or("fix-skip-no-encryption-configuration")?;
    if enc.get(settings).is_none() {
        return Err(Why::with(
            "fix-skip-security-configuration-lacks",
            &[("settings", &settings)],
        ));
    }
    Ok(vec![Op::Set {
        id: id.to_string(),
        path: path(&format!(
            "Properties.SecurityConfiguration.EncryptionConfiguration.{flag}"
        )),
        value: json!(true),
    }])
}

fn emr_at_rest_encryption(t: &Target) -> Result<Vec<Op>, Why> {
    emr_encryption(t, "EnableAtRestEncryption", "AtRestEncryptionConfiguration")
}

fn emr_in_transit_encryption(t: &Target) -> Result<Vec<Op>, Why> {
    emr_encryption(
        t,
        "EnableInTransitEncryption",
        "InTransitEncryptionConfiguration",
    )
}
