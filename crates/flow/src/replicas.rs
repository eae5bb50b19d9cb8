//! Flows that copy data: Firehose sources and destinations, S3 replication, database
//! replicas and clones, AWS Backup.

use crate::{Flows, Index, Mechanism};
use phiguard_model::{Node, ResourceId};
use std::collections::HashMap;

pub(crate) fn derive(idx: &Index, flows: &mut Flows) {
    firehose(idx, flows);
    s3_replication(idx, flows);
    database_replicas(idx, flows);
    backup(idx, flows);
}

/// Properties of a destination configuration that name where Firehose writes.
const DESTINATION_KEYS: &[&str] = &[
    "BucketARN",
    "DomainARN",
    "ClusterJDBCURL",
    "ClusterEndpoint",
    "CollectionEndpoint",
];

fn firehose(idx: &Index, flows: &mut Flows) {
    for ds in idx.graph.of_kind("AWS::KinesisFirehose::DeliveryStream") {
        for path in [
            "KinesisStreamSourceConfiguration.KinesisStreamARN",
            "MSKSourceConfiguration.MSKClusterARN",
        ] {
            if let Some(src) = idx.attr(ds, path, &[]) {
                flows.add(src, ds.id, Mechanism::FirehoseSource, "");
            }
        }
        for (key, config) in ds.attributes.entries() {
            let Some(kind) = key.strip_suffix("DestinationConfiguration") else {
                continue;
            };
            let mut found = Vec::new();
            config.walk(&mut |n| {
                for (k, v) in n.entries() {
                    if DESTINATION_KEYS.contains(&k.as_str()) {
                        found.push(v);
                    }
                }
            });
            for v in found {
                for to in idx.refs(ds, v, &[]) {
                    flows.add(ds.id, to, Mechanism::FirehoseDestination, kind);
                }
            }
        }
    }
}

fn s3_replication(idx: &Index, flows: &mut Flows) {
    let buckets = &["AWS::S3::Bucket"][..];
    for b in idx.graph.of_kind("AWS::S3::Bucket") {
        for rule in b
            .get("ReplicationConfiguration.Rules")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            if let Some(dest) = rule
                .get("Destination.Bucket")
                .node()
                .and_then(|n| idx.one(b, n, buckets))
            {
                flows.add(b.id, dest, Mechanism::S3Replication, "");
            }
        }
    }
}

fn database_replicas(idx: &Index, flows: &mut Flows) {
    let rds = &["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"][..];
    for (kind, paths) in [
        (
            "AWS::RDS::DBInstance",
            &["SourceDBInstanceIdentifier", "SourceDBClusterIdentifier"][..],
        ),
        (
            "AWS::RDS::DBCluster",
            &["ReplicationSourceIdentifier", "SourceDBClusterIdentifier"][..],
        ),
    ] {
        for db in idx.graph.of_kind(kind) {
            for path in paths {
                if let Some(src) = idx.attr(db, path, rds) {
                    flows.add(src, db.id, Mechanism::DatabaseReplica, path);
                }
            }
        }
    }
}

/// Kinds AWS Backup copies data from.
const BACKED_UP: &[&str] = &[
    "AWS::S3::Bucket",
    "AWS::RDS::DBInstance",
    "AWS::RDS::DBCluster",
    "AWS::DynamoDB::Table",
    "AWS::EFS::FileSystem",
    "AWS::FSx::FileSystem",
    "AWS::EC2::Volume",
    "AWS::EC2::Instance",
    "AWS::DocDB::DBCluster",
    "AWS::Neptune::DBCluster",
    "AWS::Redshift::Cluster",
    "AWS::Timestream::Table",
];

/// Backup selections copy the resources they select (by ARN or by tag) into the vaults
/// of their plan's rules (and the vaults those rules copy to).
fn backup(idx: &Index, flows: &mut Flows) {
    let vaults = &["AWS::Backup::BackupVault"][..];
    let mut by_tag: Option<HashMap<(String, String), Vec<ResourceId>>> = None;
    for sel in idx.graph.of_kind("AWS::Backup::BackupSelection") {
        let Some(plan) = idx.attr(sel, "BackupPlanId", &["AWS::Backup::BackupPlan"]) else {
            continue;
        };
        let plan = idx.res(plan);
        let mut targets: Vec<ResourceId> = Vec::new();
        for rule in plan
            .get("BackupPlan.BackupPlanRule")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            targets.extend(
                rule.get("TargetBackupVault")
                    .node()
                    .and_then(|n| idx.one(plan, n, vaults)),
            );
            for copy in rule
                .get("CopyActions")
                .node()
                .map(Node::items)
                .unwrap_or_default()
            {
                targets.extend(
                    copy.get("DestinationBackupVaultArn")
                        .node()
                        .and_then(|n| idx.one(plan, n, vaults)),
                );
            }
        }
        if targets.is_empty() {
            continue;
        }
        let mut sources: Vec<ResourceId> = sel
            .get("BackupSelection.Resources")
            .node()
            .map(|n| idx.refs(sel, n, BACKED_UP))
            .unwrap_or_default();
        let mut tags: Vec<(String, String)> = Vec::new();
        for t in sel
            .get("BackupSelection.ListOfTags")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            let get = |k: &str| t.get(k).node().and_then(Node::as_str);
            if get("ConditionType") == Some("STRINGEQUALS")
                && let (Some(k), Some(v)) = (get("ConditionKey"), get("ConditionValue"))
            {
                tags.push((k.to_string(), v.to_string()));
            }
        }
        if !tags.is_empty() {
            let index = by_tag.get_or_insert_with(|| tag_index(idx));
            for t in &tags {
                sources.extend(index.get(t).into_iter().flatten());
            }
        }
        for src in sources {
            for &vault in &targets {
                flows.add(src, vault, Mechanism::Backup, "");
            }
        }
    }
}

/// Resources AWS Backup can copy, by (tag key, tag value).
fn tag_index(idx: &Index) -> HashMap<(String, String), Vec<ResourceId>> {
    let mut out: HashMap<(String, String), Vec<ResourceId>> = HashMap::new();
    for kind in BACKED_UP {
        for r in idx.graph.of_kind(kind) {
            for t in &r.tags {
                if let Some(v) = t.value.as_str() {
                    out.entry((t.key.clone(), v.to_string()))
                        .or_default()
                        .push(r.id);
                }
            }
        }
    }
    out
}
