//! Terraform resource types and the CloudFormation types they are 1:1 with, for the
//! services of the whitepaper (`eligible-services.yaml`: `terraform_prefixes` ↔
//! `cfn_prefixes`), and for a few services outside it (GameLift), so the eligibility
//! rule can judge PHI kept there. A type without a CloudFormation twin keeps its
//! Terraform name as its kind, so no rule judges it by mistake.

/// (Terraform type, CloudFormation type), sorted by Terraform type.
pub const KINDS: &[(&str, &str)] = &[
    (
        "aws_acm_certificate",
        "AWS::CertificateManager::Certificate",
    ),
    ("aws_alb", "AWS::ElasticLoadBalancingV2::LoadBalancer"),
    ("aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener"),
    (
        "aws_alb_listener_rule",
        "AWS::ElasticLoadBalancingV2::ListenerRule",
    ),
    (
        "aws_alb_target_group",
        "AWS::ElasticLoadBalancingV2::TargetGroup",
    ),
    ("aws_api_gateway_account", "AWS::ApiGateway::Account"),
    ("aws_api_gateway_api_key", "AWS::ApiGateway::ApiKey"),
    ("aws_api_gateway_authorizer", "AWS::ApiGateway::Authorizer"),
    (
        "aws_api_gateway_base_path_mapping",
        "AWS::ApiGateway::BasePathMapping",
    ),
    (
        "aws_api_gateway_client_certificate",
        "AWS::ApiGateway::ClientCertificate",
    ),
    ("aws_api_gateway_deployment", "AWS::ApiGateway::Deployment"),
    ("aws_api_gateway_domain_name", "AWS::ApiGateway::DomainName"),
    ("aws_api_gateway_method", "AWS::ApiGateway::Method"),
    ("aws_api_gateway_resource", "AWS::ApiGateway::Resource"),
    ("aws_api_gateway_rest_api", "AWS::ApiGateway::RestApi"),
    ("aws_api_gateway_stage", "AWS::ApiGateway::Stage"),
    ("aws_api_gateway_usage_plan", "AWS::ApiGateway::UsagePlan"),
    ("aws_api_gateway_vpc_link", "AWS::ApiGateway::VpcLink"),
    ("aws_apigatewayv2_api", "AWS::ApiGatewayV2::Api"),
    (
        "aws_apigatewayv2_api_mapping",
        "AWS::ApiGatewayV2::ApiMapping",
    ),
    (
        "aws_apigatewayv2_authorizer",
        "AWS::ApiGatewayV2::Authorizer",
    ),
    (
        "aws_apigatewayv2_domain_name",
        "AWS::ApiGatewayV2::DomainName",
    ),
    (
        "aws_apigatewayv2_integration",
        "AWS::ApiGatewayV2::Integration",
    ),
    ("aws_apigatewayv2_route", "AWS::ApiGatewayV2::Route"),
    ("aws_apigatewayv2_stage", "AWS::ApiGatewayV2::Stage"),
    ("aws_apigatewayv2_vpc_link", "AWS::ApiGatewayV2::VpcLink"),
    ("aws_appflow_flow", "AWS::AppFlow::Flow"),
    ("aws_appmesh_gateway_route", "AWS::AppMesh::GatewayRoute"),
    ("aws_appmesh_mesh", "AWS::AppMesh::Mesh"),
    ("aws_appmesh_route", "AWS::AppMesh::Route"),
    (
        "aws_appmesh_virtual_gateway",
        "AWS::AppMesh::VirtualGateway",
    ),
    ("aws_appmesh_virtual_node", "AWS::AppMesh::VirtualNode"),
    ("aws_appmesh_virtual_router", "AWS::AppMesh::VirtualRouter"),
    (
        "aws_appmesh_virtual_service",
        "AWS::AppMesh::VirtualService",
    ),
    ("aws_appstream_fleet", "AWS::AppStream::Fleet"),
    ("aws_appstream_stack", "AWS::AppStream::Stack"),
    ("aws_athena_workgroup", "AWS::Athena::WorkGroup"),
    (
        "aws_autoscaling_group",
        "AWS::AutoScaling::AutoScalingGroup",
    ),
    ("aws_backup_plan", "AWS::Backup::BackupPlan"),
    ("aws_backup_selection", "AWS::Backup::BackupSelection"),
    ("aws_backup_vault", "AWS::Backup::BackupVault"),
    (
        "aws_batch_compute_environment",
        "AWS::Batch::ComputeEnvironment",
    ),
    ("aws_batch_job_definition", "AWS::Batch::JobDefinition"),
    ("aws_batch_job_queue", "AWS::Batch::JobQueue"),
    (
        "aws_cloudfront_distribution",
        "AWS::CloudFront::Distribution",
    ),
    ("aws_cloudfront_function", "AWS::CloudFront::Function"),
    (
        "aws_cloudfront_origin_access_control",
        "AWS::CloudFront::OriginAccessControl",
    ),
    (
        "aws_cloudfront_origin_access_identity",
        "AWS::CloudFront::CloudFrontOriginAccessIdentity",
    ),
    (
        "aws_cloudfront_response_headers_policy",
        "AWS::CloudFront::ResponseHeadersPolicy",
    ),
    ("aws_cloudhsm_v2_cluster", "AWS::CloudHSM::Cluster"),
    ("aws_cloudtrail", "AWS::CloudTrail::Trail"),
    (
        "aws_cloudtrail_event_data_store",
        "AWS::CloudTrail::EventDataStore",
    ),
    (
        "aws_cloudwatch_composite_alarm",
        "AWS::CloudWatch::CompositeAlarm",
    ),
    ("aws_cloudwatch_dashboard", "AWS::CloudWatch::Dashboard"),
    (
        "aws_cloudwatch_event_api_destination",
        "AWS::Events::ApiDestination",
    ),
    ("aws_cloudwatch_event_archive", "AWS::Events::Archive"),
    ("aws_cloudwatch_event_bus", "AWS::Events::EventBus"),
    ("aws_cloudwatch_event_connection", "AWS::Events::Connection"),
    ("aws_cloudwatch_event_rule", "AWS::Events::Rule"),
    ("aws_cloudwatch_log_destination", "AWS::Logs::Destination"),
    ("aws_cloudwatch_log_group", "AWS::Logs::LogGroup"),
    (
        "aws_cloudwatch_log_metric_filter",
        "AWS::Logs::MetricFilter",
    ),
    (
        "aws_cloudwatch_log_resource_policy",
        "AWS::Logs::ResourcePolicy",
    ),
    ("aws_cloudwatch_log_stream", "AWS::Logs::LogStream"),
    (
        "aws_cloudwatch_log_subscription_filter",
        "AWS::Logs::SubscriptionFilter",
    ),
    ("aws_cloudwatch_metric_alarm", "AWS::CloudWatch::Alarm"),
    (
        "aws_cloudwatch_metric_stream",
        "AWS::CloudWatch::MetricStream",
    ),
    ("aws_codebuild_project", "AWS::CodeBuild::Project"),
    ("aws_codecommit_repository", "AWS::CodeCommit::Repository"),
    ("aws_codedeploy_app", "AWS::CodeDeploy::Application"),
    ("aws_codepipeline", "AWS::CodePipeline::Pipeline"),
    ("aws_cognito_user_pool", "AWS::Cognito::UserPool"),
    (
        "aws_comprehend_document_classifier",
        "AWS::Comprehend::DocumentClassifier",
    ),
    ("aws_config_config_rule", "AWS::Config::ConfigRule"),
    (
        "aws_config_configuration_recorder",
        "AWS::Config::ConfigurationRecorder",
    ),
    (
        "aws_config_configuration_recorder_status",
        "AWS::Config::ConfigurationRecorderStatus",
    ),
    (
        "aws_config_delivery_channel",
        "AWS::Config::DeliveryChannel",
    ),
    ("aws_connect_contact_flow", "AWS::Connect::ContactFlow"),
    (
        "aws_connect_contact_flow_module",
        "AWS::Connect::ContactFlowModule",
    ),
    ("aws_connect_instance", "AWS::Connect::Instance"),
    ("aws_connect_queue", "AWS::Connect::Queue"),
    (
        "aws_connect_security_profile",
        "AWS::Connect::SecurityProfile",
    ),
    ("aws_connect_user", "AWS::Connect::User"),
    ("aws_customer_gateway", "AWS::EC2::CustomerGateway"),
    (
        "aws_customerprofiles_domain",
        "AWS::CustomerProfiles::Domain",
    ),
    (
        "aws_dataexchange_event_action",
        "AWS::DataExchange::EventAction",
    ),
    ("aws_datasync_location_efs", "AWS::DataSync::LocationEFS"),
    ("aws_datasync_location_nfs", "AWS::DataSync::LocationNFS"),
    (
        "aws_datasync_location_object_storage",
        "AWS::DataSync::LocationObjectStorage",
    ),
    ("aws_datasync_location_s3", "AWS::DataSync::LocationS3"),
    ("aws_datasync_location_smb", "AWS::DataSync::LocationSMB"),
    ("aws_datasync_task", "AWS::DataSync::Task"),
    ("aws_db_event_subscription", "AWS::RDS::EventSubscription"),
    ("aws_db_instance", "AWS::RDS::DBInstance"),
    ("aws_db_option_group", "AWS::RDS::OptionGroup"),
    ("aws_db_parameter_group", "AWS::RDS::DBParameterGroup"),
    ("aws_db_proxy", "AWS::RDS::DBProxy"),
    (
        "aws_db_proxy_default_target_group",
        "AWS::RDS::DBProxyTargetGroup",
    ),
    ("aws_db_proxy_endpoint", "AWS::RDS::DBProxyEndpoint"),
    ("aws_db_subnet_group", "AWS::RDS::DBSubnetGroup"),
    ("aws_dlm_lifecycle_policy", "AWS::DLM::LifecyclePolicy"),
    ("aws_dms_endpoint", "AWS::DMS::Endpoint"),
    ("aws_dms_replication_config", "AWS::DMS::ReplicationConfig"),
    (
        "aws_dms_replication_instance",
        "AWS::DMS::ReplicationInstance",
    ),
    (
        "aws_dms_replication_subnet_group",
        "AWS::DMS::ReplicationSubnetGroup",
    ),
    ("aws_dms_replication_task", "AWS::DMS::ReplicationTask"),
    ("aws_dms_s3_endpoint", "AWS::DMS::Endpoint"),
    ("aws_docdb_cluster", "AWS::DocDB::DBCluster"),
    ("aws_docdb_cluster_instance", "AWS::DocDB::DBInstance"),
    (
        "aws_docdb_cluster_parameter_group",
        "AWS::DocDB::DBClusterParameterGroup",
    ),
    ("aws_dynamodb_global_table", "AWS::DynamoDB::GlobalTable"),
    ("aws_dynamodb_table", "AWS::DynamoDB::Table"),
    (
        "aws_ebs_encryption_by_default",
        "AWS::EC2::EBSEncryptionByDefault",
    ),
    ("aws_ebs_volume", "AWS::EC2::Volume"),
    ("aws_ec2_transit_gateway", "AWS::EC2::TransitGateway"),
    ("aws_ecr_repository", "AWS::ECR::Repository"),
    ("aws_ecs_cluster", "AWS::ECS::Cluster"),
    ("aws_ecs_service", "AWS::ECS::Service"),
    ("aws_ecs_task_definition", "AWS::ECS::TaskDefinition"),
    ("aws_efs_access_point", "AWS::EFS::AccessPoint"),
    ("aws_efs_file_system", "AWS::EFS::FileSystem"),
    ("aws_efs_mount_target", "AWS::EFS::MountTarget"),
    ("aws_eip", "AWS::EC2::EIP"),
    ("aws_eks_cluster", "AWS::EKS::Cluster"),
    ("aws_eks_fargate_profile", "AWS::EKS::FargateProfile"),
    ("aws_eks_node_group", "AWS::EKS::Nodegroup"),
    (
        "aws_elastic_beanstalk_application",
        "AWS::ElasticBeanstalk::Application",
    ),
    (
        "aws_elastic_beanstalk_environment",
        "AWS::ElasticBeanstalk::Environment",
    ),
    ("aws_elasticache_cluster", "AWS::ElastiCache::CacheCluster"),
    (
        "aws_elasticache_global_replication_group",
        "AWS::ElastiCache::GlobalReplicationGroup",
    ),
    (
        "aws_elasticache_parameter_group",
        "AWS::ElastiCache::ParameterGroup",
    ),
    (
        "aws_elasticache_replication_group",
        "AWS::ElastiCache::ReplicationGroup",
    ),
    (
        "aws_elasticache_serverless_cache",
        "AWS::ElastiCache::ServerlessCache",
    ),
    (
        "aws_elasticache_subnet_group",
        "AWS::ElastiCache::SubnetGroup",
    ),
    ("aws_elasticache_user", "AWS::ElastiCache::User"),
    ("aws_elasticache_user_group", "AWS::ElastiCache::UserGroup"),
    ("aws_elasticsearch_domain", "AWS::Elasticsearch::Domain"),
    ("aws_elb", "AWS::ElasticLoadBalancing::LoadBalancer"),
    ("aws_emr_cluster", "AWS::EMR::Cluster"),
    (
        "aws_emr_security_configuration",
        "AWS::EMR::SecurityConfiguration",
    ),
    ("aws_flow_log", "AWS::EC2::FlowLog"),
    ("aws_fsx_lustre_file_system", "AWS::FSx::FileSystem"),
    ("aws_fsx_ontap_file_system", "AWS::FSx::FileSystem"),
    ("aws_fsx_openzfs_file_system", "AWS::FSx::FileSystem"),
    ("aws_fsx_windows_file_system", "AWS::FSx::FileSystem"),
    ("aws_gamelift_alias", "AWS::GameLift::Alias"),
    ("aws_gamelift_build", "AWS::GameLift::Build"),
    ("aws_gamelift_fleet", "AWS::GameLift::Fleet"),
    (
        "aws_gamelift_game_server_group",
        "AWS::GameLift::GameServerGroup",
    ),
    (
        "aws_gamelift_game_session_queue",
        "AWS::GameLift::GameSessionQueue",
    ),
    ("aws_gamelift_script", "AWS::GameLift::Script"),
    (
        "aws_globalaccelerator_accelerator",
        "AWS::GlobalAccelerator::Accelerator",
    ),
    (
        "aws_globalaccelerator_endpoint_group",
        "AWS::GlobalAccelerator::EndpointGroup",
    ),
    (
        "aws_globalaccelerator_listener",
        "AWS::GlobalAccelerator::Listener",
    ),
    ("aws_glue_catalog_database", "AWS::Glue::Database"),
    ("aws_glue_catalog_table", "AWS::Glue::Table"),
    ("aws_glue_connection", "AWS::Glue::Connection"),
    ("aws_glue_crawler", "AWS::Glue::Crawler"),
    (
        "aws_glue_data_catalog_encryption_settings",
        "AWS::Glue::DataCatalogEncryptionSettings",
    ),
    ("aws_glue_job", "AWS::Glue::Job"),
    (
        "aws_glue_security_configuration",
        "AWS::Glue::SecurityConfiguration",
    ),
    ("aws_guardduty_detector", "AWS::GuardDuty::Detector"),
    ("aws_iam_access_key", "AWS::IAM::AccessKey"),
    ("aws_iam_group", "AWS::IAM::Group"),
    ("aws_iam_group_policy", "AWS::IAM::GroupPolicy"),
    ("aws_iam_instance_profile", "AWS::IAM::InstanceProfile"),
    ("aws_iam_policy", "AWS::IAM::ManagedPolicy"),
    ("aws_iam_role", "AWS::IAM::Role"),
    ("aws_iam_role_policy", "AWS::IAM::RolePolicy"),
    ("aws_iam_user", "AWS::IAM::User"),
    ("aws_iam_user_policy", "AWS::IAM::UserPolicy"),
    ("aws_instance", "AWS::EC2::Instance"),
    ("aws_internet_gateway", "AWS::EC2::InternetGateway"),
    (
        "aws_iot_domain_configuration",
        "AWS::IoT::DomainConfiguration",
    ),
    ("aws_iot_policy", "AWS::IoT::Policy"),
    ("aws_iot_thing", "AWS::IoT::Thing"),
    ("aws_iot_thing_group", "AWS::IoT::ThingGroup"),
    ("aws_iot_thing_type", "AWS::IoT::ThingType"),
    ("aws_iot_topic_rule", "AWS::IoT::TopicRule"),
    (
        "aws_kinesis_analytics_application",
        "AWS::KinesisAnalytics::Application",
    ),
    (
        "aws_kinesis_firehose_delivery_stream",
        "AWS::KinesisFirehose::DeliveryStream",
    ),
    ("aws_kinesis_stream", "AWS::Kinesis::Stream"),
    (
        "aws_kinesis_stream_consumer",
        "AWS::Kinesis::StreamConsumer",
    ),
    ("aws_kinesis_video_stream", "AWS::KinesisVideo::Stream"),
    (
        "aws_kinesisanalyticsv2_application",
        "AWS::KinesisAnalyticsV2::Application",
    ),
    ("aws_kms_alias", "AWS::KMS::Alias"),
    ("aws_kms_key", "AWS::KMS::Key"),
    ("aws_kms_replica_key", "AWS::KMS::ReplicaKey"),
    ("aws_lambda_alias", "AWS::Lambda::Alias"),
    (
        "aws_lambda_event_source_mapping",
        "AWS::Lambda::EventSourceMapping",
    ),
    ("aws_lambda_function", "AWS::Lambda::Function"),
    ("aws_lambda_function_url", "AWS::Lambda::Url"),
    ("aws_lambda_layer_version", "AWS::Lambda::LayerVersion"),
    ("aws_lambda_permission", "AWS::Lambda::Permission"),
    (
        "aws_launch_configuration",
        "AWS::AutoScaling::LaunchConfiguration",
    ),
    ("aws_launch_template", "AWS::EC2::LaunchTemplate"),
    ("aws_lb", "AWS::ElasticLoadBalancingV2::LoadBalancer"),
    ("aws_lb_listener", "AWS::ElasticLoadBalancingV2::Listener"),
    (
        "aws_lb_listener_certificate",
        "AWS::ElasticLoadBalancingV2::ListenerCertificate",
    ),
    (
        "aws_lb_listener_rule",
        "AWS::ElasticLoadBalancingV2::ListenerRule",
    ),
    (
        "aws_lb_target_group",
        "AWS::ElasticLoadBalancingV2::TargetGroup",
    ),
    ("aws_macie2_account", "AWS::Macie::Session"),
    ("aws_macie2_allow_list", "AWS::Macie::AllowList"),
    (
        "aws_macie2_custom_data_identifier",
        "AWS::Macie::CustomDataIdentifier",
    ),
    ("aws_macie2_findings_filter", "AWS::Macie::FindingsFilter"),
    ("aws_mq_broker", "AWS::AmazonMQ::Broker"),
    ("aws_mq_configuration", "AWS::AmazonMQ::Configuration"),
    ("aws_msk_cluster", "AWS::MSK::Cluster"),
    ("aws_msk_configuration", "AWS::MSK::Configuration"),
    ("aws_nat_gateway", "AWS::EC2::NatGateway"),
    ("aws_neptune_cluster", "AWS::Neptune::DBCluster"),
    ("aws_neptune_cluster_instance", "AWS::Neptune::DBInstance"),
    (
        "aws_neptune_cluster_parameter_group",
        "AWS::Neptune::DBClusterParameterGroup",
    ),
    (
        "aws_neptune_parameter_group",
        "AWS::Neptune::DBParameterGroup",
    ),
    ("aws_network_acl", "AWS::EC2::NetworkAcl"),
    ("aws_network_interface", "AWS::EC2::NetworkInterface"),
    (
        "aws_networkfirewall_firewall",
        "AWS::NetworkFirewall::Firewall",
    ),
    (
        "aws_networkfirewall_firewall_policy",
        "AWS::NetworkFirewall::FirewallPolicy",
    ),
    (
        "aws_networkfirewall_logging_configuration",
        "AWS::NetworkFirewall::LoggingConfiguration",
    ),
    ("aws_opensearch_domain", "AWS::OpenSearchService::Domain"),
    ("aws_opsworks_application", "AWS::OpsWorks::App"),
    ("aws_opsworks_stack", "AWS::OpsWorks::Stack"),
    ("aws_pinpoint_app", "AWS::Pinpoint::App"),
    ("aws_pinpoint_sms_channel", "AWS::Pinpoint::SMSChannel"),
    ("aws_pipes_pipe", "AWS::Pipes::Pipe"),
    ("aws_qldb_ledger", "AWS::QLDB::Ledger"),
    ("aws_rds_cluster", "AWS::RDS::DBCluster"),
    ("aws_rds_cluster_instance", "AWS::RDS::DBInstance"),
    (
        "aws_rds_cluster_parameter_group",
        "AWS::RDS::DBClusterParameterGroup",
    ),
    ("aws_rds_global_cluster", "AWS::RDS::GlobalCluster"),
    ("aws_redshift_cluster", "AWS::Redshift::Cluster"),
    (
        "aws_redshift_parameter_group",
        "AWS::Redshift::ClusterParameterGroup",
    ),
    (
        "aws_redshift_subnet_group",
        "AWS::Redshift::ClusterSubnetGroup",
    ),
    (
        "aws_redshiftserverless_namespace",
        "AWS::RedshiftServerless::Namespace",
    ),
    (
        "aws_redshiftserverless_workgroup",
        "AWS::RedshiftServerless::Workgroup",
    ),
    ("aws_rekognition_collection", "AWS::Rekognition::Collection"),
    ("aws_rekognition_project", "AWS::Rekognition::Project"),
    (
        "aws_rekognition_stream_processor",
        "AWS::Rekognition::StreamProcessor",
    ),
    ("aws_route", "AWS::EC2::Route"),
    ("aws_route53_record", "AWS::Route53::RecordSet"),
    ("aws_route53_zone", "AWS::Route53::HostedZone"),
    ("aws_route_table", "AWS::EC2::RouteTable"),
    ("aws_s3_access_point", "AWS::S3::AccessPoint"),
    ("aws_s3_bucket", "AWS::S3::Bucket"),
    ("aws_s3_bucket_policy", "AWS::S3::BucketPolicy"),
    ("aws_s3_directory_bucket", "AWS::S3Express::DirectoryBucket"),
    (
        "aws_sagemaker_data_quality_job_definition",
        "AWS::SageMaker::DataQualityJobDefinition",
    ),
    ("aws_sagemaker_domain", "AWS::SageMaker::Domain"),
    ("aws_sagemaker_endpoint", "AWS::SageMaker::Endpoint"),
    (
        "aws_sagemaker_endpoint_configuration",
        "AWS::SageMaker::EndpointConfig",
    ),
    ("aws_sagemaker_model", "AWS::SageMaker::Model"),
    (
        "aws_sagemaker_monitoring_schedule",
        "AWS::SageMaker::MonitoringSchedule",
    ),
    (
        "aws_sagemaker_notebook_instance",
        "AWS::SageMaker::NotebookInstance",
    ),
    ("aws_scheduler_schedule", "AWS::Scheduler::Schedule"),
    (
        "aws_scheduler_schedule_group",
        "AWS::Scheduler::ScheduleGroup",
    ),
    ("aws_secretsmanager_secret", "AWS::SecretsManager::Secret"),
    (
        "aws_secretsmanager_secret_rotation",
        "AWS::SecretsManager::RotationSchedule",
    ),
    ("aws_security_group", "AWS::EC2::SecurityGroup"),
    ("aws_securityhub_account", "AWS::SecurityHub::Hub"),
    (
        "aws_securityhub_standards_subscription",
        "AWS::SecurityHub::Standard",
    ),
    (
        "aws_service_discovery_instance",
        "AWS::ServiceDiscovery::Instance",
    ),
    (
        "aws_service_discovery_private_dns_namespace",
        "AWS::ServiceDiscovery::PrivateDnsNamespace",
    ),
    (
        "aws_service_discovery_public_dns_namespace",
        "AWS::ServiceDiscovery::PublicDnsNamespace",
    ),
    (
        "aws_service_discovery_service",
        "AWS::ServiceDiscovery::Service",
    ),
    (
        "aws_servicecatalog_portfolio",
        "AWS::ServiceCatalog::Portfolio",
    ),
    (
        "aws_servicecatalog_product",
        "AWS::ServiceCatalog::CloudFormationProduct",
    ),
    (
        "aws_servicecatalog_provisioned_product",
        "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
    ),
    ("aws_ses_configuration_set", "AWS::SES::ConfigurationSet"),
    (
        "aws_ses_event_destination",
        "AWS::SES::ConfigurationSetEventDestination",
    ),
    ("aws_ses_receipt_rule", "AWS::SES::ReceiptRule"),
    ("aws_ses_receipt_rule_set", "AWS::SES::ReceiptRuleSet"),
    ("aws_sesv2_configuration_set", "AWS::SES::ConfigurationSet"),
    ("aws_sfn_state_machine", "AWS::StepFunctions::StateMachine"),
    ("aws_sns_topic", "AWS::SNS::Topic"),
    ("aws_sns_topic_policy", "AWS::SNS::TopicPolicy"),
    ("aws_sns_topic_subscription", "AWS::SNS::Subscription"),
    ("aws_sqs_queue", "AWS::SQS::Queue"),
    ("aws_sqs_queue_policy", "AWS::SQS::QueuePolicy"),
    ("aws_ssm_association", "AWS::SSM::Association"),
    ("aws_ssm_document", "AWS::SSM::Document"),
    ("aws_ssm_maintenance_window", "AWS::SSM::MaintenanceWindow"),
    (
        "aws_ssm_maintenance_window_task",
        "AWS::SSM::MaintenanceWindowTask",
    ),
    ("aws_ssm_parameter", "AWS::SSM::Parameter"),
    ("aws_ssm_patch_baseline", "AWS::SSM::PatchBaseline"),
    ("aws_storagegateway_gateway", "AWS::StorageGateway::Gateway"),
    (
        "aws_storagegateway_nfs_file_share",
        "AWS::StorageGateway::NFSFileShare",
    ),
    (
        "aws_storagegateway_smb_file_share",
        "AWS::StorageGateway::SMBFileShare",
    ),
    ("aws_subnet", "AWS::EC2::Subnet"),
    ("aws_transfer_server", "AWS::Transfer::Server"),
    ("aws_transfer_user", "AWS::Transfer::User"),
    ("aws_volume_attachment", "AWS::EC2::VolumeAttachment"),
    ("aws_vpc", "AWS::EC2::VPC"),
    ("aws_vpc_endpoint", "AWS::EC2::VPCEndpoint"),
    (
        "aws_vpc_peering_connection",
        "AWS::EC2::VPCPeeringConnection",
    ),
    (
        "aws_vpc_security_group_egress_rule",
        "AWS::EC2::SecurityGroupEgress",
    ),
    (
        "aws_vpc_security_group_ingress_rule",
        "AWS::EC2::SecurityGroupIngress",
    ),
    ("aws_vpn_connection", "AWS::EC2::VPNConnection"),
    ("aws_vpn_gateway", "AWS::EC2::VPNGateway"),
    ("aws_wafv2_web_acl", "AWS::WAFv2::WebACL"),
    (
        "aws_wafv2_web_acl_association",
        "AWS::WAFv2::WebACLAssociation",
    ),
    (
        "aws_wafv2_web_acl_logging_configuration",
        "AWS::WAFv2::LoggingConfiguration",
    ),
    ("aws_workspaces_workspace", "AWS::WorkSpaces::Workspace"),
];

/// The CloudFormation type of a Terraform type, or the Terraform type itself when
/// there is no 1:1 CloudFormation type.
pub fn kind_of(ty: &str) -> String {
    KINDS
        .binary_search_by(|(t, _)| (*t).cmp(ty))
        .map_or_else(|_| ty.to_string(), |i| KINDS[i].1.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(
            KINDS.windows(2).all(|w| w[0].0 < w[1].0),
            "KINDS must be sorted and unique"
        );
        assert_eq!(kind_of("aws_s3_bucket"), "AWS::S3::Bucket");
        assert_eq!(
            kind_of("aws_s3_bucket_versioning"),
            "aws_s3_bucket_versioning"
        );
    }
}
