//! Operations and governance: Systems Manager, OpsWorks, Service Catalog.

use super::{Mapping, Output, field, sub_list, sub_map};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

/// Maps the management types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let kind = match raw.ty.as_str() {
        "aws_ssm_parameter" => {
            m.renames(&[
                ("name", "Name"),
                ("type", "Type"),
                ("value", "Value"),
                // The same value, for parameters the team chose not to mark sensitive.
                ("insecure_value", "Value"),
                ("description", "Description"),
                ("tier", "Tier"),
                ("data_type", "DataType"),
                ("allowed_pattern", "AllowedPattern"),
            ]);
            "AWS::SSM::Parameter"
        }
        "aws_ssm_association" => {
            m.renames(&[
                ("name", "Name"),
                ("association_name", "AssociationName"),
                ("document_version", "DocumentVersion"),
                ("schedule_expression", "ScheduleExpression"),
                ("parameters", "Parameters"),
            ]);
            m.nested(&[
                (
                    "output_location.s3_bucket_name",
                    "OutputLocation.S3Location.OutputS3BucketName",
                ),
                (
                    "output_location.s3_key_prefix",
                    "OutputLocation.S3Location.OutputS3KeyPrefix",
                ),
                (
                    "output_location.s3_region",
                    "OutputLocation.S3Location.OutputS3Region",
                ),
            ]);
            "AWS::SSM::Association"
        }
        "aws_ssm_maintenance_window_task" => {
            m.renames(&[
                ("window_id", "WindowId"),
                ("name", "Name"),
                ("description", "Description"),
                ("task_type", "TaskType"),
                ("task_arn", "TaskArn"),
                ("service_role_arn", "ServiceRoleArn"),
            ]);
            const RUN: &str = "TaskInvocationParameters.MaintenanceWindowRunCommandParameters";
            let run = |tf: &str| format!("task_invocation_parameters.run_command_parameters.{tf}");
            let pairs = [
                (run("output_s3_bucket"), format!("{RUN}.OutputS3BucketName")),
                (
                    run("output_s3_key_prefix"),
                    format!("{RUN}.OutputS3KeyPrefix"),
                ),
                (run("comment"), format!("{RUN}.Comment")),
                (run("service_role_arn"), format!("{RUN}.ServiceRoleArn")),
                (run("timeout_seconds"), format!("{RUN}.TimeoutSeconds")),
                (
                    run("cloudwatch_config.cloudwatch_log_group_name"),
                    format!("{RUN}.CloudWatchOutputConfig.CloudWatchLogGroupName"),
                ),
                (
                    run("cloudwatch_config.cloudwatch_output_enabled"),
                    format!("{RUN}.CloudWatchOutputConfig.CloudWatchOutputEnabled"),
                ),
            ];
            let pairs: Vec<(&str, &str)> = pairs
                .iter()
                .map(|(a, b)| (a.as_str(), b.as_str()))
                .collect();
            m.nested(&pairs);
            "AWS::SSM::MaintenanceWindowTask"
        }
        "aws_opsworks_application" => {
            m.renames(&[
                ("name", "Name"),
                ("short_name", "Shortname"),
                ("stack_id", "StackId"),
                ("type", "Type"),
                ("description", "Description"),
                ("domains", "Domains"),
                ("enable_ssl", "EnableSsl"),
            ]);
            if let Some(e) = m.take("environment") {
                m.set("Environment", environment(&e));
            }
            m.block_map(
                "app_source",
                "AppSource",
                &[("url", "Url"), ("ssh_key", "SshKey")],
            );
            m.block_map("ssl_configuration", "SslConfiguration", &[]);
            "AWS::OpsWorks::App"
        }
        "aws_opsworks_stack" => {
            m.renames(&[
                ("name", "Name"),
                ("service_role_arn", "ServiceRoleArn"),
                ("default_instance_profile_arn", "DefaultInstanceProfileArn"),
                ("custom_json", "CustomJson"),
                ("vpc_id", "VpcId"),
                ("default_subnet_id", "DefaultSubnetId"),
                ("use_custom_cookbooks", "UseCustomCookbooks"),
                ("configuration_manager_name", "ConfigurationManager.Name"),
                (
                    "configuration_manager_version",
                    "ConfigurationManager.Version",
                ),
            ]);
            m.block_map(
                "custom_cookbooks_source",
                "CustomCookbooksSource",
                &[("url", "Url"), ("ssh_key", "SshKey")],
            );
            "AWS::OpsWorks::Stack"
        }
        "aws_servicecatalog_portfolio" => {
            m.renames(&[
                ("name", "DisplayName"),
                ("description", "Description"),
                ("provider_name", "ProviderName"),
            ]);
            "AWS::ServiceCatalog::Portfolio"
        }
        "aws_servicecatalog_product" => {
            m.renames(&[
                ("name", "Name"),
                ("owner", "Owner"),
                ("description", "Description"),
                ("distributor", "Distributor"),
                ("support_description", "SupportDescription"),
                ("support_email", "SupportEmail"),
                ("support_url", "SupportUrl"),
                ("type", "ProductType"),
            ]);
            if let Some(p) = m.take("provisioning_artifact_parameters") {
                m.set(
                    "ProvisioningArtifactParameters",
                    sub_list(
                        &p,
                        &[
                            ("template_url", "Info.LoadTemplateFromURL"),
                            ("template_physical_id", "Info.ImportFromPhysicalId"),
                        ],
                    ),
                );
            }
            "AWS::ServiceCatalog::CloudFormationProduct"
        }
        "aws_servicecatalog_provisioned_product" => {
            m.renames(&[
                ("name", "ProvisionedProductName"),
                ("product_id", "ProductId"),
                ("product_name", "ProductName"),
                ("provisioning_artifact_id", "ProvisioningArtifactId"),
                ("provisioning_artifact_name", "ProvisioningArtifactName"),
                ("path_id", "PathId"),
                ("path_name", "PathName"),
                ("notification_arns", "NotificationArns"),
            ]);
            if let Some(p) = m.take("provisioning_parameters") {
                m.set(
                    "ProvisioningParameters",
                    sub_list(&p, &[("use_previous_value", "")]),
                );
            }
            "AWS::ServiceCatalog::CloudFormationProvisionedProduct"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

/// OpsWorks app `environment` blocks. The provider sends `secure = true` when the
/// block does not say otherwise (CloudFormation's default is false), so that value is
/// written out, located at the block.
fn environment(e: &Node) -> Node {
    let Value::List(items) = &e.value else {
        return e.clone();
    };
    let out = items
        .iter()
        .map(|b| {
            let mut n = sub_map(b, &[]);
            if let Value::Map(entries) = &mut n.value
                && field(b, "secure").is_none()
            {
                entries.push((
                    "Secure".into(),
                    Node::new(Value::Bool(true), b.location.clone()),
                ));
            }
            n
        })
        .collect();
    Node::new(Value::List(out), e.location.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::first_block;

    #[test]
    fn environment_secure_defaults_to_true() {
        let block = Node::bare(Value::Map(vec![(
            "key".into(),
            Node::bare(Value::Str("SMTP_PASSWORD".into())),
        )]));
        let env = environment(&Node::bare(Value::List(vec![block])));
        let first = first_block(&env).expect("one variable");
        assert_eq!(
            field(&first, "Secure").map(|n| n.value.clone()),
            Some(Value::Bool(true))
        );
    }
}
