//! Databases: RDS and Aurora, DynamoDB, ElastiCache, Neptune.

use super::{Mapping, Output, field, first_block, generic, nested, sub_list, sub_map};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

const DB_INSTANCE: &[(&str, &str)] = &[
    ("identifier", "DBInstanceIdentifier"),
    ("instance_class", "DBInstanceClass"),
    ("allocated_storage", "AllocatedStorage"),
    ("max_allocated_storage", "MaxAllocatedStorage"),
    ("engine", "Engine"),
    ("engine_version", "EngineVersion"),
    ("storage_encrypted", "StorageEncrypted"),
    ("kms_key_id", "KmsKeyId"),
    ("parameter_group_name", "DBParameterGroupName"),
    ("db_parameter_group_name", "DBParameterGroupName"),
    ("option_group_name", "OptionGroupName"),
    ("backup_retention_period", "BackupRetentionPeriod"),
    ("backup_window", "PreferredBackupWindow"),
    ("maintenance_window", "PreferredMaintenanceWindow"),
    ("cluster_identifier", "DBClusterIdentifier"),
    ("replicate_source_db", "SourceDBInstanceIdentifier"),
    ("snapshot_identifier", "DBSnapshotIdentifier"),
    ("publicly_accessible", "PubliclyAccessible"),
    ("multi_az", "MultiAZ"),
    (
        "iam_database_authentication_enabled",
        "EnableIAMDatabaseAuthentication",
    ),
    ("deletion_protection", "DeletionProtection"),
    (
        "enabled_cloudwatch_logs_exports",
        "EnableCloudwatchLogsExports",
    ),
    ("username", "MasterUsername"),
    ("password", "MasterUserPassword"),
    ("manage_master_user_password", "ManageMasterUserPassword"),
    ("master_user_secret_kms_key_id", "MasterUserSecret.KmsKeyId"),
    ("db_subnet_group_name", "DBSubnetGroupName"),
    ("vpc_security_group_ids", "VPCSecurityGroups"),
    ("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
    ("performance_insights_enabled", "EnablePerformanceInsights"),
    (
        "performance_insights_kms_key_id",
        "PerformanceInsightsKMSKeyId",
    ),
    (
        "performance_insights_retention_period",
        "PerformanceInsightsRetentionPeriod",
    ),
    ("monitoring_interval", "MonitoringInterval"),
    ("monitoring_role_arn", "MonitoringRoleArn"),
    ("ca_cert_identifier", "CACertificateIdentifier"),
    ("storage_type", "StorageType"),
    ("iops", "Iops"),
    ("storage_throughput", "StorageThroughput"),
    ("port", "Port"),
    ("db_name", "DBName"),
    ("name", "DBName"),
    ("copy_tags_to_snapshot", "CopyTagsToSnapshot"),
    ("final_snapshot_identifier", "FinalDBSnapshotIdentifier"),
    ("license_model", "LicenseModel"),
    ("character_set_name", "CharacterSetName"),
    ("availability_zone", "AvailabilityZone"),
    ("network_type", "NetworkType"),
    ("domain", "Domain"),
    ("domain_iam_role_name", "DomainIAMRoleName"),
    ("dedicated_log_volume", "DedicatedLogVolume"),
];

const DB_CLUSTER: &[(&str, &str)] = &[
    ("cluster_identifier", "DBClusterIdentifier"),
    ("engine", "Engine"),
    ("engine_version", "EngineVersion"),
    ("engine_mode", "EngineMode"),
    ("storage_encrypted", "StorageEncrypted"),
    ("kms_key_id", "KmsKeyId"),
    (
        "db_cluster_parameter_group_name",
        "DBClusterParameterGroupName",
    ),
    ("backup_retention_period", "BackupRetentionPeriod"),
    ("preferred_backup_window", "PreferredBackupWindow"),
    ("preferred_maintenance_window", "PreferredMaintenanceWindow"),
    ("master_username", "MasterUsername"),
    ("master_password", "MasterUserPassword"),
    ("manage_master_user_password", "ManageMasterUserPassword"),
    ("master_user_secret_kms_key_id", "MasterUserSecret.KmsKeyId"),
    ("database_name", "DatabaseName"),
    (
        "enabled_cloudwatch_logs_exports",
        "EnableCloudwatchLogsExports",
    ),
    (
        "iam_database_authentication_enabled",
        "EnableIAMDatabaseAuthentication",
    ),
    ("deletion_protection", "DeletionProtection"),
    ("snapshot_identifier", "SnapshotIdentifier"),
    (
        "replication_source_identifier",
        "ReplicationSourceIdentifier",
    ),
    ("source_region", "SourceRegion"),
    ("global_cluster_identifier", "GlobalClusterIdentifier"),
    ("vpc_security_group_ids", "VpcSecurityGroupIds"),
    ("db_subnet_group_name", "DBSubnetGroupName"),
    ("port", "Port"),
    ("copy_tags_to_snapshot", "CopyTagsToSnapshot"),
    ("backtrack_window", "BacktrackWindow"),
    ("http_endpoint_enabled", "EnableHttpEndpoint"),
    ("enable_http_endpoint", "EnableHttpEndpoint"),
    ("storage_type", "StorageType"),
    ("allocated_storage", "AllocatedStorage"),
    ("db_cluster_instance_class", "DBClusterInstanceClass"),
    ("iops", "Iops"),
    ("final_snapshot_identifier", "FinalSnapshotIdentifier"),
    ("availability_zones", "AvailabilityZones"),
    ("performance_insights_enabled", "PerformanceInsightsEnabled"),
    (
        "performance_insights_kms_key_id",
        "PerformanceInsightsKmsKeyId",
    ),
];

const CLUSTER_INSTANCE: &[(&str, &str)] = &[
    ("identifier", "DBInstanceIdentifier"),
    ("cluster_identifier", "DBClusterIdentifier"),
    ("instance_class", "DBInstanceClass"),
    ("engine", "Engine"),
    ("engine_version", "EngineVersion"),
    ("db_parameter_group_name", "DBParameterGroupName"),
    ("publicly_accessible", "PubliclyAccessible"),
    ("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
    ("performance_insights_enabled", "EnablePerformanceInsights"),
    (
        "performance_insights_kms_key_id",
        "PerformanceInsightsKMSKeyId",
    ),
    ("monitoring_interval", "MonitoringInterval"),
    ("monitoring_role_arn", "MonitoringRoleArn"),
    ("ca_cert_identifier", "CACertificateIdentifier"),
    ("db_subnet_group_name", "DBSubnetGroupName"),
    ("availability_zone", "AvailabilityZone"),
    ("promotion_tier", "PromotionTier"),
    ("copy_tags_to_snapshot", "CopyTagsToSnapshot"),
];

const REPLICATION_GROUP: &[(&str, &str)] = &[
    ("replication_group_id", "ReplicationGroupId"),
    ("description", "ReplicationGroupDescription"),
    (
        "replication_group_description",
        "ReplicationGroupDescription",
    ),
    ("engine", "Engine"),
    ("engine_version", "EngineVersion"),
    ("node_type", "CacheNodeType"),
    ("num_cache_clusters", "NumCacheClusters"),
    ("number_cache_clusters", "NumCacheClusters"),
    ("num_node_groups", "NumNodeGroups"),
    ("replicas_per_node_group", "ReplicasPerNodeGroup"),
    ("at_rest_encryption_enabled", "AtRestEncryptionEnabled"),
    ("transit_encryption_enabled", "TransitEncryptionEnabled"),
    ("transit_encryption_mode", "TransitEncryptionMode"),
    ("kms_key_id", "KmsKeyId"),
    ("automatic_failover_enabled", "AutomaticFailoverEnabled"),
    ("multi_az_enabled", "MultiAZEnabled"),
    ("snapshot_retention_limit", "SnapshotRetentionLimit"),
    ("snapshot_window", "SnapshotWindow"),
    ("parameter_group_name", "CacheParameterGroupName"),
    ("subnet_group_name", "CacheSubnetGroupName"),
    ("security_group_ids", "SecurityGroupIds"),
    ("port", "Port"),
    ("user_group_ids", "UserGroupIds"),
    ("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
    ("data_tiering_enabled", "DataTieringEnabled"),
    ("global_replication_group_id", "GlobalReplicationGroupId"),
    ("preferred_cache_cluster_azs", "PreferredCacheClusterAZs"),
];

const CACHE_CLUSTER: &[(&str, &str)] = &[
    ("cluster_id", "ClusterName"),
    ("engine", "Engine"),
    ("engine_version", "EngineVersion"),
    ("node_type", "CacheNodeType"),
    ("num_cache_nodes", "NumCacheNodes"),
    ("parameter_group_name", "CacheParameterGroupName"),
    ("subnet_group_name", "CacheSubnetGroupName"),
    ("security_group_ids", "VpcSecurityGroupIds"),
    ("port", "Port"),
    ("snapshot_retention_limit", "SnapshotRetentionLimit"),
    ("az_mode", "AZMode"),
    ("transit_encryption_enabled", "TransitEncryptionEnabled"),
    ("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
];

/// Maps the database types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let kind = match raw.ty.as_str() {
        "aws_db_instance" => {
            m.renames(DB_INSTANCE);
            "AWS::RDS::DBInstance"
        }
        "aws_rds_cluster" => {
            m.renames(DB_CLUSTER);
            m.block_map(
                "serverlessv2_scaling_configuration",
                "ServerlessV2ScalingConfiguration",
                &[
                    ("min_capacity", "MinCapacity"),
                    ("max_capacity", "MaxCapacity"),
                ],
            );
            m.block_map("scaling_configuration", "ScalingConfiguration", &[]);
            "AWS::RDS::DBCluster"
        }
        "aws_rds_cluster_instance" => {
            m.renames(CLUSTER_INSTANCE);
            "AWS::RDS::DBInstance"
        }
        "aws_db_parameter_group" | "aws_rds_cluster_parameter_group" => {
            let cluster = raw.ty == "aws_rds_cluster_parameter_group";
            let name = if cluster {
                "DBClusterParameterGroupName"
            } else {
                "DBParameterGroupName"
            };
            m.renames(&[
                ("name", name),
                ("family", "Family"),
                ("description", "Description"),
            ]);
            if let Some(p) = m.take("parameter") {
                m.set("Parameters", parameters(&p));
            }
            if cluster {
                "AWS::RDS::DBClusterParameterGroup"
            } else {
                "AWS::RDS::DBParameterGroup"
            }
        }
        "aws_db_option_group" => {
            m.renames(&[
                ("name", "OptionGroupName"),
                ("engine_name", "EngineName"),
                ("major_engine_version", "MajorEngineVersion"),
                ("option_group_description", "OptionGroupDescription"),
            ]);
            if let Some(o) = m.take("option") {
                m.set("OptionConfigurations", option_configurations(&o));
            }
            "AWS::RDS::OptionGroup"
        }
        "aws_db_proxy" => {
            m.renames(&[
                ("name", "DBProxyName"),
                ("engine_family", "EngineFamily"),
                ("require_tls", "RequireTLS"),
                ("role_arn", "RoleArn"),
                ("vpc_subnet_ids", "VpcSubnetIds"),
                ("vpc_security_group_ids", "VpcSecurityGroupIds"),
                ("debug_logging", "DebugLogging"),
                ("idle_client_timeout", "IdleClientTimeout"),
            ]);
            if let Some(a) = m.take("auth") {
                m.set(
                    "Auth",
                    sub_list(
                        &a,
                        &[
                            ("auth_scheme", "AuthScheme"),
                            ("iam_auth", "IAMAuth"),
                            ("secret_arn", "SecretArn"),
                        ],
                    ),
                );
            }
            "AWS::RDS::DBProxy"
        }
        "aws_dynamodb_table" => {
            dynamodb(&mut m);
            "AWS::DynamoDB::Table"
        }
        "aws_elasticache_replication_group" => {
            m.renames(REPLICATION_GROUP);
            auth_token(&mut m);
            if let Some(l) = m.take("log_delivery_configuration") {
                m.set("LogDeliveryConfigurations", generic(&l));
            }
            "AWS::ElastiCache::ReplicationGroup"
        }
        "aws_elasticache_cluster" => {
            m.renames(CACHE_CLUSTER);
            "AWS::ElastiCache::CacheCluster"
        }
        "aws_elasticache_parameter_group" => {
            m.renames(&[
                ("name", "CacheParameterGroupName"),
                ("family", "CacheParameterGroupFamily"),
                ("description", "Description"),
            ]);
            if let Some(p) = m.take("parameter") {
                m.set("Properties", parameters(&p));
            }
            "AWS::ElastiCache::ParameterGroup"
        }
        "aws_elasticache_serverless_cache" => {
            m.renames(&[
                ("name", "ServerlessCacheName"),
                ("engine", "Engine"),
                ("kms_key_id", "KmsKeyId"),
                ("major_engine_version", "MajorEngineVersion"),
                ("security_group_ids", "SecurityGroupIds"),
                ("subnet_ids", "SubnetIds"),
                ("user_group_id", "UserGroupId"),
                ("snapshot_retention_limit", "SnapshotRetentionLimit"),
            ]);
            "AWS::ElastiCache::ServerlessCache"
        }
        "aws_neptune_cluster" => {
            m.renames(&[
                ("cluster_identifier", "DBClusterIdentifier"),
                ("engine_version", "EngineVersion"),
                ("storage_encrypted", "StorageEncrypted"),
                ("kms_key_arn", "KmsKeyId"),
                (
                    "neptune_cluster_parameter_group_name",
                    "DBClusterParameterGroupName",
                ),
                ("neptune_subnet_group_name", "DBSubnetGroupName"),
                (
                    "enable_cloudwatch_logs_exports",
                    "EnableCloudwatchLogsExports",
                ),
                ("iam_database_authentication_enabled", "IamAuthEnabled"),
                ("backup_retention_period", "BackupRetentionPeriod"),
                ("preferred_backup_window", "PreferredBackupWindow"),
                ("deletion_protection", "DeletionProtection"),
                ("vpc_security_group_ids", "VpcSecurityGroupIds"),
                ("snapshot_identifier", "SnapshotIdentifier"),
                ("port", "Port"),
            ]);
            "AWS::Neptune::DBCluster"
        }
        "aws_neptune_cluster_instance" => {
            m.renames(&[
                ("identifier", "DBInstanceIdentifier"),
                ("cluster_identifier", "DBClusterIdentifier"),
                ("instance_class", "DBInstanceClass"),
                ("neptune_parameter_group_name", "DBParameterGroupName"),
                ("neptune_subnet_group_name", "DBSubnetGroupName"),
                ("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
                ("availability_zone", "AvailabilityZone"),
            ]);
            "AWS::Neptune::DBInstance"
        }
        "aws_neptune_cluster_parameter_group" | "aws_neptune_parameter_group" => {
            m.renames(&[
                ("name", "Name"),
                ("family", "Family"),
                ("description", "Description"),
            ]);
            if let Some(p) = m.take("parameter") {
                m.set("Parameters", parameters(&p));
            }
            if raw.ty == "aws_neptune_cluster_parameter_group" {
                "AWS::Neptune::DBClusterParameterGroup"
            } else {
                "AWS::Neptune::DBParameterGroup"
            }
        }
        "aws_docdb_cluster" => {
            m.renames(DOCDB_CLUSTER);
            "AWS::DocDB::DBCluster"
        }
        "aws_docdb_cluster_instance" => {
            m.renames(&[
                ("identifier", "DBInstanceIdentifier"),
                ("cluster_identifier", "DBClusterIdentifier"),
                ("instance_class", "DBInstanceClass"),
                ("availability_zone", "AvailabilityZone"),
                ("ca_cert_identifier", "CACertificateIdentifier"),
                ("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
                ("enable_performance_insights", "EnablePerformanceInsights"),
                ("preferred_maintenance_window", "PreferredMaintenanceWindow"),
            ]);
            "AWS::DocDB::DBInstance"
        }
        "aws_docdb_cluster_parameter_group" => {
            m.renames(&[
                ("name", "Name"),
                ("family", "Family"),
                ("description", "Description"),
            ]);
            if let Some(p) = m.take("parameter") {
                m.set("Parameters", parameters(&p));
            }
            "AWS::DocDB::DBClusterParameterGroup"
        }
        "aws_dms_replication_instance" => {
            m.renames(&[
                ("replication_instance_id", "ReplicationInstanceIdentifier"),
                ("replication_instance_class", "ReplicationInstanceClass"),
                ("allocated_storage", "AllocatedStorage"),
                ("kms_key_arn", "KmsKeyId"),
                ("multi_az", "MultiAZ"),
                ("publicly_accessible", "PubliclyAccessible"),
                (
                    "replication_subnet_group_id",
                    "ReplicationSubnetGroupIdentifier",
                ),
                ("vpc_security_group_ids", "VpcSecurityGroupIds"),
                ("engine_version", "EngineVersion"),
                ("network_type", "NetworkType"),
            ]);
            "AWS::DMS::ReplicationInstance"
        }
        "aws_dms_replication_config" => {
            m.rename(
                "replication_config_identifier",
                "ReplicationConfigIdentifier",
            );
            m.document("table_mappings", "TableMappings");
            m.document("replication_settings", "ReplicationSettings");
            if let Some(c) = m.block("compute_config") {
                m.set("ComputeConfig", nested(&c, &[("multi_az", "MultiAZ")], &[]));
            }
            "AWS::DMS::ReplicationConfig"
        }
        "aws_dms_endpoint" => {
            m.renames(DMS_ENDPOINT);
            for (k, _) in raw.attrs.entries() {
                if k.ends_with("_settings")
                    && let Some(b) = m.block(k)
                {
                    let cfn = match k.as_str() {
                        "mongodb_settings" => "MongoDbSettings".to_string(),
                        "postgres_settings" => "PostgreSqlSettings".to_string(),
                        _ => super::pascal(k),
                    };
                    m.set(&cfn, nested(&b, &[], &[]));
                }
            }
            "AWS::DMS::Endpoint"
        }
        "aws_dms_s3_endpoint" => {
            // One resource per engine in Terraform; CloudFormation's endpoint names the
            // engine and keeps the S3 arguments in `S3Settings`.
            m.renames(DMS_ENDPOINT);
            m.set(
                "EngineName",
                Node::new(Value::Str("s3".into()), Some(raw.location.clone())),
            );
            for (k, _) in raw.attrs.entries() {
                let own = DMS_ENDPOINT.iter().any(|(tf, _)| tf == k);
                if !own
                    && !matches!(k.as_str(), "tags" | "tags_all" | "timeouts")
                    && let Some(v) = m.take(k)
                {
                    m.set(&format!("S3Settings.{}", super::pascal(k)), generic(&v));
                }
            }
            "AWS::DMS::Endpoint"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

/// `parameter { name, value }` blocks into a `{name: value}` map.
fn parameters(p: &Node) -> Node {
    let Value::List(items) = &p.value else {
        return p.clone();
    };
    let mut out: Vec<(String, Node)> = Vec::new();
    for i in items {
        match (
            field(i, "name").and_then(Node::scalar_text),
            field(i, "value"),
        ) {
            (Some(name), Some(v)) => out.push((name, v.clone())),
            _ => {
                return Node::new(
                    Value::Unknown("has a parameter whose name or value is not known".into()),
                    i.location.clone(),
                );
            }
        }
    }
    Node::new(Value::Map(out), p.location.clone())
}

fn option_configurations(o: &Node) -> Node {
    let Value::List(items) = &o.value else {
        return o.clone();
    };
    let out = items
        .iter()
        .map(|i| {
            let mut n = sub_map(
                i,
                &[
                    ("option_name", "OptionName"),
                    ("port", "Port"),
                    ("version", "OptionVersion"),
                    (
                        "db_security_group_memberships",
                        "DBSecurityGroupMemberships",
                    ),
                    (
                        "vpc_security_group_memberships",
                        "VpcSecurityGroupMemberships",
                    ),
                    ("option_settings", ""),
                ],
            );
            if let (Some(s), Value::Map(e)) = (field(i, "option_settings"), &mut n.value) {
                e.push((
                    "OptionSettings".into(),
                    sub_list(s, &[("name", "Name"), ("value", "Value")]),
                ));
            }
            n
        })
        .collect();
    Node::new(Value::List(out), o.location.clone())
}

fn dynamodb(m: &mut Mapping<'_>) {
    m.renames(&[
        ("name", "TableName"),
        ("billing_mode", "BillingMode"),
        ("table_class", "TableClass"),
        ("deletion_protection_enabled", "DeletionProtectionEnabled"),
        ("read_capacity", "ProvisionedThroughput.ReadCapacityUnits"),
        ("write_capacity", "ProvisionedThroughput.WriteCapacityUnits"),
        ("stream_view_type", "StreamSpecification.StreamViewType"),
    ]);
    m.take("stream_enabled");
    let mut keys = Vec::new();
    for (tf, ty) in [("hash_key", "HASH"), ("range_key", "RANGE")] {
        if let Some(k) = m.take(tf) {
            let loc = k.location.clone();
            keys.push(Node::new(
                Value::Map(vec![
                    ("AttributeName".into(), k),
                    (
                        "KeyType".into(),
                        Node::new(Value::Str(ty.into()), loc.clone()),
                    ),
                ]),
                loc,
            ));
        }
    }
    if !keys.is_empty() {
        m.set("KeySchema", Node::bare(Value::List(keys)));
    }
    if let Some(a) = m.take("attribute") {
        m.set(
            "AttributeDefinitions",
            sub_list(&a, &[("name", "AttributeName"), ("type", "AttributeType")]),
        );
    }
    if let Some(s) = m.block("server_side_encryption") {
        if s.is_unknown() {
            m.set("SSESpecification", s);
        } else {
            if let Some(e) = field(&s, "enabled") {
                m.set("SSESpecification.SSEEnabled", e.clone());
                if e.as_bool() == Some(true) {
                    m.set(
                        "SSESpecification.SSEType",
                        Node::new(Value::Str("KMS".into()), e.location.clone()),
                    );
                }
            }
            if let Some(k) = field(&s, "kms_key_arn") {
                m.set("SSESpecification.KMSMasterKeyId", k.clone());
            }
        }
    }
    if let Some(p) = m.block("point_in_time_recovery") {
        match field(&p, "enabled") {
            Some(e) => m.set(
                "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled",
                e.clone(),
            ),
            None if p.is_unknown() => m.set("PointInTimeRecoverySpecification", p),
            None => {}
        }
    }
    m.block_map(
        "ttl",
        "TimeToLiveSpecification",
        &[("attribute_name", "AttributeName"), ("enabled", "Enabled")],
    );
    if let Some(g) = m.take("global_secondary_index") {
        m.set("GlobalSecondaryIndexes", generic(&g));
    }
    if let Some(r) = m.take("replica") {
        m.set(
            "Replicas",
            sub_list(
                &r,
                &[
                    ("region_name", "Region"),
                    ("kms_key_arn", "SSESpecification.KMSMasterKeyId"),
                ],
            ),
        );
    }
    let _ = first_block;
}

/// An ElastiCache AUTH token is set but never shown: a token written in the
/// configuration (a literal, or a variable's default) stays marked as committed.
fn auth_token(m: &mut Mapping<'_>) {
    if let Some(t) = m.take("auth_token") {
        let v = match &t.value {
            Value::Unknown(_) | Value::Null | Value::LiteralSecret => t.value,
            Value::Str(s) if !s.is_empty() && !s.contains("${") => Value::LiteralSecret,
            _ => Value::Secret,
        };
        m.set("AuthToken", Node::new(v, t.location));
    }
}

const DOCDB_CLUSTER: &[(&str, &str)] = &[
    ("cluster_identifier", "DBClusterIdentifier"),
    ("engine_version", "EngineVersion"),
    ("master_username", "MasterUsername"),
    ("master_password", "MasterUserPassword"),
    ("manage_master_user_password", "ManageMasterUserPassword"),
    (
        "db_cluster_parameter_group_name",
        "DBClusterParameterGroupName",
    ),
    ("db_subnet_group_name", "DBSubnetGroupName"),
    ("vpc_security_group_ids", "VpcSecurityGroupIds"),
    ("availability_zones", "AvailabilityZones"),
    ("port", "Port"),
    ("storage_encrypted", "StorageEncrypted"),
    ("storage_type", "StorageType"),
    ("kms_key_id", "KmsKeyId"),
    ("backup_retention_period", "BackupRetentionPeriod"),
    ("preferred_backup_window", "PreferredBackupWindow"),
    ("deletion_protection", "DeletionProtection"),
    ("snapshot_identifier", "SnapshotIdentifier"),
    (
        "enabled_cloudwatch_logs_exports",
        "EnableCloudwatchLogsExports",
    ),
];

/// `aws_dms_endpoint` / `aws_dms_s3_endpoint` arguments of the endpoint itself.
const DMS_ENDPOINT: &[(&str, &str)] = &[
    ("endpoint_id", "EndpointIdentifier"),
    ("endpoint_type", "EndpointType"),
    ("engine_name", "EngineName"),
    ("kms_key_arn", "KmsKeyId"),
    ("ssl_mode", "SslMode"),
    ("certificate_arn", "CertificateArn"),
    ("server_name", "ServerName"),
    ("port", "Port"),
    ("database_name", "DatabaseName"),
    ("username", "Username"),
    ("password", "Password"),
    ("extra_connection_attributes", "ExtraConnectionAttributes"),
];
