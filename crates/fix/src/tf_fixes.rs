//! What each rule's fix changes in a Terraform configuration (one function per rule).

use crate::Why;
use crate::tf::resources;
use hcl_edit::structure::{Block, Body};

/// The resource block a Terraform fix works on.
pub struct Target<'a> {
    /// The file's text.
    pub text: &'a str,
    /// The file's body.
    pub body: &'a Body,
    /// The resource block.
    pub block: &'a Block,
    /// Resource type.
    pub ty: &'a str,
    /// Resource name.
    pub name: &'a str,
}

/// A change in a `.tf` file.
pub enum TfOp<'a> {
    /// Set `path` (nested blocks, then the attribute) to the expression `expr` in `block`.
    Set {
        /// The block (the target or a companion).
        block: &'a Block,
        /// Nested block names, then the attribute.
        path: Vec<&'static str>,
        /// HCL expression text.
        expr: String,
    },
    /// Add this text (a companion resource) after the target's block.
    AddAfter {
        /// The HCL.
        text: String,
    },
    /// Insert text at a byte offset.
    Insert {
        /// Byte offset.
        at: usize,
        /// The text.
        text: String,
    },
    /// Declare `variable "name"` in the file unless it is.
    Variable {
        /// Variable name.
        name: String,
        /// Its description.
        description: String,
    },
}

/// What one rule's fix changes on one resource, or why it cannot.
pub type TfFix = for<'a> fn(&Target<'a>) -> Result<Vec<TfOp<'a>>, Why>;

impl<'a> Target<'a> {
    fn only(&self, types: &[&str]) -> Result<(), Why> {
        if types.contains(&self.ty) {
            Ok(())
        } else {
            Err(Why::with("fix-skip-type", &[("type", &self.ty)]))
        }
    }

    fn set(&self, path: &[&'static str], expr: &str) -> TfOp<'a> {
        TfOp::Set {
            block: self.block,
            path: path.to_vec(),
            expr: expr.to_string(),
        }
    }

    /// The companion resource of type `ty` for this bucket (`bucket = aws_s3_bucket.<name>.id`).
    fn companion(&self, ty: &'static str) -> Option<&'a Block> {
        let id = format!("aws_s3_bucket.{}.id", self.name);
        let bucket = format!("aws_s3_bucket.{}.bucket", self.name);
        resources(self.body, ty).map(|(_, b)| b).find(|b| {
            b.body.get_attribute("bucket").is_some_and(|a| {
                let v = a.value.to_string();
                let v = v.trim();
                v == id || v == bucket
            })
        })
    }

    /// Sets `path` in the bucket's companion `ty`, or adds the companion with `body`.
    fn bucket_companion(
        &self,
        ty: &'static str,
        path: &[&'static str],
        expr: &str,
        body: &str,
    ) -> Result<Vec<TfOp<'a>>, Why> {
        self.only(&["aws_s3_bucket"])?;
        Ok(vec![match self.companion(ty) {
            Some(b) => TfOp::Set {
                block: b,
                path: path.to_vec(),
                expr: expr.to_string(),
            },
            None => TfOp::AddAfter {
                text: format!(
                    "resource \"{ty}\" \"{}\" {{\n  bucket = aws_s3_bucket.{}.id\n{body}}}",
                    self.name, self.name
                ),
            },
        }])
    }

    /// A KMS key: `aws_kms_key.<k>.arn` for a key declared in the file, or a new variable.
    fn kms_key(&self, ops: &mut Vec<TfOp<'a>>, purpose: &str) -> String {
        if let Some((k, _)) = resources(self.body, "aws_kms_key").next() {
            return format!("aws_kms_key.{k}.arn");
        }
        ops.push(TfOp::Variable {
            name: "kms_key_arn".into(),
            description: format!("ARN of the customer managed KMS key that encrypts {purpose} (added by phiguard fix)"),
        });
        "var.kms_key_arn".into()
    }
}

fn set_true<'a>(
    t: &Target<'a>,
    types: &[&str],
    attrs: &[&'static str],
) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(types)?;
    Ok(attrs.iter().map(|a| t.set(&[a], "true")).collect())
}

pub fn ec2_imdsv2<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_instance", "aws_launch_template"])?;
    Ok(vec![
        t.set(&["metadata_options", "http_tokens"], "\"required\""),
    ])
}

pub fn ec2_no_public_ip<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    match t.ty {
        "aws_instance" => Ok(vec![t.set(&["associate_public_ip_address"], "false")]),
        "aws_ecs_service"
            if t.block
                .body
                .get_blocks("network_configuration")
                .next()
                .is_some() =>
        {
            Ok(vec![t.set(
                &["network_configuration", "assign_public_ip"],
                "false",
            )])
        }
        _ => t.only(&[]).map(|_| Vec::new()),
    }
}

pub fn phi_store_not_public<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    match t.ty {
        "aws_db_instance" => Ok(vec![t.set(&["publicly_accessible"], "false")]),
        "aws_eks_cluster" => Ok(vec![
            t.set(&["vpc_config", "endpoint_public_access"], "false"),
            t.set(&["vpc_config", "endpoint_private_access"], "true"),
        ]),
        _ => t.only(&[]).map(|_| Vec::new()),
    }
}

pub fn s3_versioning<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    if t.block.body.get_blocks("versioning").next().is_some() {
        return Ok(vec![t.set(&["versioning", "enabled"], "true")]);
    }
    t.bucket_companion(
        "aws_s3_bucket_versioning",
        &["versioning_configuration", "status"],
        "\"Enabled\"",
        "\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n",
    )
}

pub fn s3_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    if t.block
        .body
        .get_blocks("server_side_encryption_configuration")
        .next()
        .is_some()
    {
        return Err("fix-skip-inline-encryption".into());
    }
    if t.companion("aws_s3_bucket_server_side_encryption_configuration")
        .is_some()
    {
        return Err("fix-skip-encryption-shape".into());
    }
    t.bucket_companion(
        "aws_s3_bucket_server_side_encryption_configuration",
        &[],
        "",
        "\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = \"AES256\"\n    }\n  }\n",
    )
}

pub fn s3_public_access_block<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_s3_bucket"])?;
    const ARGS: [&str; 4] = [
        "block_public_acls",
        "block_public_policy",
        "ignore_public_acls",
        "restrict_public_buckets",
    ];
    match t.companion("aws_s3_bucket_public_access_block") {
        Some(b) => Ok(ARGS
            .iter()
            .map(|a| TfOp::Set {
                block: b,
                path: vec![a],
                expr: "true".into(),
            })
            .collect()),
        None => {
            let body: String = ARGS.iter().map(|a| format!("  {a:<23} = true\n")).collect();
            t.bucket_companion(
                "aws_s3_bucket_public_access_block",
                &[],
                "",
                &format!("\n{body}"),
            )
        }
    }
}

/// The deny-unless-TLS statement for bucket `n`, as an HCL object.
fn tls_statement(n: &str) -> String {
    format!(
        "{{\n  Sid       = \"DenyInsecureTransport\"\n  Effect    = \"Deny\"\n  Principal = \"*\"\n  Action    = \"s3:*\"\n  Resource  = [aws_s3_bucket.{n}.arn, \"${{aws_s3_bucket.{n}.arn}}/*\"]\n  Condition = {{ Bool = {{ \"aws:SecureTransport\" = \"false\" }} }}\n}}"
    )
}

/// The `Statement = [...]` list of a `policy = jsonencode({...})` attribute.
fn jsonencode_statements(block: &Block) -> Option<&hcl_edit::expr::Array> {
    use hcl_edit::expr::{Expression, ObjectKey};
    let Expression::FuncCall(f) = &block.body.get_attribute("policy")?.value else {
        return None;
    };
    if f.name.name.as_str() != "jsonencode" {
        return None;
    }
    let Some(Expression::Object(o)) = f.args.get(0) else {
        return None;
    };
    o.iter().find_map(|(k, v)| {
        let named = match k {
            ObjectKey::Ident(i) => i.as_str() == "Statement",
            ObjectKey::Expression(Expression::String(s)) => s.as_str() == "Statement",
            _ => false,
        };
        match v.expr() {
            Expression::Array(a) if named => Some(a),
            _ => None,
        }
    })
}

pub fn s3_tls_only<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_s3_bucket"])?;
    let n = t.name;
    if t.block.body.has_attribute("policy") {
        return Err("fix-skip-inline-policy".into());
    }
    if let Some(policy) = t.companion("aws_s3_bucket_policy") {
        let first = jsonencode_statements(policy)
            .and_then(|a| a.iter().next())
            .and_then(hcl_edit::Span::span)
            .ok_or("fix-skip-policy-shape")?;
        let line = t.text[..first.start].rfind('\n').map_or(0, |i| i + 1);
        let prefix = &t.text[line..first.start];
        if !prefix.chars().all(char::is_whitespace) {
            return Err("fix-skip-one-line-statements".into());
        }
        let stmt = tls_statement(n).replace('\n', &format!("\n{prefix}"));
        return Ok(vec![TfOp::Insert {
            at: first.start,
            text: format!("{stmt},\n{prefix}"),
        }]);
    }
    let stmt = tls_statement(n).replace('\n', "\n    ");
    Ok(vec![TfOp::AddAfter {
        text: format!(
            "resource \"aws_s3_bucket_policy\" \"{n}\" {{\n  bucket = aws_s3_bucket.{n}.id\n  policy = jsonencode({{\n    Version   = \"2012-10-17\"\n    Statement = [{stmt}]\n  }})\n}}"
        ),
    }])
}

pub fn s3_access_logging<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_s3_bucket"])?;
    if t.companion("aws_s3_bucket_logging").is_some()
        || t.block.body.get_blocks("logging").next().is_some()
    {
        return Err("fix-skip-logging-shape".into());
    }
    let mut ops = Vec::new();
    let target =
        match resources(t.body, "aws_s3_bucket").find(|(n, _)| *n != t.name && n.contains("log")) {
            Some((n, _)) => format!("aws_s3_bucket.{n}.id"),
            None => {
                ops.push(TfOp::Variable {
                name: "access_logs_bucket".into(),
                description:
                    "Name of the S3 bucket that receives server access logs (added by phiguard fix)"
                        .into(),
            });
                "var.access_logs_bucket".into()
            }
        };
    ops.extend(t.bucket_companion(
        "aws_s3_bucket_logging",
        &[],
        "",
        &format!(
            "  target_bucket = {target}\n  target_prefix = \"{}/\"\n",
            t.name
        ),
    )?);
    Ok(ops)
}

pub fn logs_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_cloudwatch_log_group"])?;
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the log group");
    ops.push(t.set(&["kms_key_id"], &key));
    Ok(ops)
}

pub fn logs_retention<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_cloudwatch_log_group"])?;
    Ok(vec![t.set(&["retention_in_days"], "2192")])
}

pub fn sqs_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    set_true(t, &["aws_sqs_queue"], &["sqs_managed_sse_enabled"])
}

pub fn dynamodb_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_dynamodb_table"])?;
    Ok(vec![t.set(&["server_side_encryption", "enabled"], "true")])
}

pub fn dynamodb_pitr<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_dynamodb_table"])?;
    Ok(vec![t.set(&["point_in_time_recovery", "enabled"], "true")])
}

pub fn sns_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_sns_topic"])?;
    let key = match resources(t.body, "aws_kms_key").next() {
        Some((k, _)) => format!("aws_kms_key.{k}.arn"),
        None => "\"alias/aws/sns\"".into(),
    };
    Ok(vec![t.set(&["kms_master_key_id"], &key)])
}

pub fn rds_multi_az<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    set_true(t, &["aws_db_instance"], &["multi_az"])
}

pub fn rds_storage_encrypted<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    if t.block.body.has_attribute("replicate_source_db") {
        return Err("fix-skip-read-replica".into());
    }
    set_true(
        t,
        &["aws_db_instance", "aws_rds_cluster"],
        &["storage_encrypted"],
    )
}

pub fn rds_backup_retention<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_db_instance", "aws_rds_cluster"])?;
    Ok(vec![t.set(&["backup_retention_period"], "7")])
}

pub fn kms_rotation<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    set_true(t, &["aws_kms_key"], &["enable_key_rotation"])
}

pub fn efs_encrypted<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    set_true(t, &["aws_efs_file_system"], &["encrypted"])
}

pub fn ebs_encrypted<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    set_true(t, &["aws_ebs_volume"], &["encrypted"])
}

pub fn cloudtrail_validation<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    set_true(t, &["aws_cloudtrail"], &["enable_log_file_validation"])
}

pub fn cloudtrail_multi_region<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    set_true(
        t,
        &["aws_cloudtrail"],
        &["is_multi_region_trail", "include_global_service_events"],
    )
}

pub fn elasticache_at_rest<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    set_true(
        t,
        &["aws_elasticache_replication_group"],
        &["at_rest_encryption_enabled"],
    )
}

pub fn elasticache_transit<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    let mut ops = set_true(
        t,
        &["aws_elasticache_replication_group"],
        &["transit_encryption_enabled"],
    )?;
    if t.block.body.has_attribute("transit_encryption_mode") {
        ops.push(t.set(&["transit_encryption_mode"], "\"required\""));
    }
    Ok(ops)
}

pub fn elb_tls_policy<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_lb_listener", "aws_alb_listener"])?;
    Ok(vec![t.set(
        &["ssl_policy"],
        "\"ELBSecurityPolicy-TLS13-1-2-2021-06\"",
    )])
}

/// Sets `attr` to a key declared in the file or a new `kms_key_arn` variable.
fn key_on<'a>(
    t: &Target<'a>,
    types: &[&str],
    attr: &'static str,
    purpose: &str,
) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(types)?;
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, purpose);
    ops.push(t.set(&[attr], &key));
    Ok(ops)
}

pub fn cloudtrail_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    key_on(
        t,
        &["aws_cloudtrail"],
        "kms_key_id",
        "the trail's log files",
    )
}

pub fn secret_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    key_on(
        t,
        &["aws_secretsmanager_secret"],
        "kms_key_id",
        "the secret",
    )
}

pub fn codecommit_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    key_on(
        t,
        &["aws_codecommit_repository"],
        "kms_key_id",
        "the repository",
    )
}

pub fn lambda_env_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    key_on(
        t,
        &["aws_lambda_function"],
        "kms_key_arn",
        "the function's environment variables",
    )
}

pub fn codebuild_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    let mut ops = key_on(
        t,
        &["aws_codebuild_project"],
        "encryption_key",
        "the build artifacts",
    )?;
    for path in [
        &["artifacts", "encryption_disabled"][..],
        &["logs_config", "s3_logs", "encryption_disabled"],
        &["secondary_artifacts", "encryption_disabled"],
    ] {
        let mut b = Some(t.block);
        for name in &path[..path.len() - 1] {
            b = b.and_then(|b| b.body.get_blocks(name).next());
        }
        if b.is_some_and(|b| b.body.has_attribute(path[path.len() - 1])) {
            ops.push(t.set(path, "false"));
        }
    }
    Ok(ops)
}
