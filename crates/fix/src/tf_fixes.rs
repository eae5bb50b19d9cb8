//! What each rule's fix changes in a Terraform configuration (one function per rule).

use crate::Why;
use crate::tf::resources;
use hcl_edit::Span;
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
    /// Add these lines (relative indentation) before `block`'s closing brace.
    Append {
        /// The block (the target or a companion).
        block: &'a Block,
        /// The HCL lines.
        lines: String,
    },
    /// Declare `text` (a block starting with `key`) at `at` unless it is, once per file.
    Declare {
        /// Byte offset (the end of a block or of the file).
        at: usize,
        /// The block's header, such as `data "aws_region" "current"`.
        key: String,
        /// The whole block.
        text: String,
    },
    /// Replace the bytes `start..end` (a value inside an expression) with `text`.
    Replace {
        /// First byte.
        start: usize,
        /// One past the last byte.
        end: usize,
        /// The new text.
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

/// Inserts `stmt` (an HCL object) first in the `Statement` list of `policy = jsonencode(...)`.
fn prepend_statement<'a>(text: &str, policy: &Block, stmt: &str) -> Result<TfOp<'a>, Why> {
    let first = jsonencode_statements(policy)
        .and_then(|a| a.iter().next())
        .and_then(hcl_edit::Span::span)
        .ok_or("fix-skip-policy-shape")?;
    let line = text[..first.start].rfind('\n').map_or(0, |i| i + 1);
    let prefix = &text[line..first.start];
    if !prefix.chars().all(char::is_whitespace) {
        return Err("fix-skip-one-line-statements".into());
    }
    let stmt = stmt.replace('\n', &format!("\n{prefix}"));
    Ok(TfOp::Insert {
        at: first.start,
        text: format!("{stmt},\n{prefix}"),
    })
}

pub fn s3_tls_only<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_s3_bucket"])?;
    let n = t.name;
    if t.block.body.has_attribute("policy") {
        return Err("fix-skip-inline-policy".into());
    }
    if let Some(policy) = t.companion("aws_s3_bucket_policy") {
        return Ok(vec![prepend_statement(t.text, policy, &tls_statement(n))?]);
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

/// A string literal attribute of `block`.
fn literal<'b>(block: &'b Block, attr: &str) -> Option<&'b str> {
    match &block.body.get_attribute(attr)?.value {
        hcl_edit::expr::Expression::String(s) => Some(s.as_str()),
        _ => None,
    }
}

/// The resource of type `ty` whose `attr` is `<self>.<one of fields>` (a queue's policy).
fn referring<'a>(
    t: &Target<'a>,
    ty: &'static str,
    attr: &str,
    fields: &[&str],
) -> Option<&'a Block> {
    resources(t.body, ty).map(|(_, b)| b).find(|b| {
        b.body.get_attribute(attr).is_some_and(|a| {
            let v = a.value.to_string();
            fields
                .iter()
                .any(|f| v.trim() == format!("{}.{}.{f}", t.ty, t.name))
        })
    })
}

/// `statement` with its lines indented for a new policy resource.
fn policy_resource(ty: &str, name: &str, target: &str, statement: &str) -> String {
    let stmt = statement.replace('\n', "\n    ");
    format!(
        "resource \"{ty}\" \"{name}\" {{\n  {target}\n  policy = jsonencode({{\n    Version   = \"2012-10-17\"\n    Statement = [{stmt}]\n  }})\n}}"
    )
}

pub fn sqs_tls_only<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_sqs_queue"])?;
    let n = t.name;
    if t.block.body.has_attribute("policy") {
        return Err("fix-skip-inline-queue-policy".into());
    }
    let stmt = format!(
        "{{\n  Sid       = \"DenyInsecureTransport\"\n  Effect    = \"Deny\"\n  Principal = \"*\"\n  Action    = \"sqs:*\"\n  Resource  = aws_sqs_queue.{n}.arn\n  Condition = {{ Bool = {{ \"aws:SecureTransport\" = \"false\" }} }}\n}}"
    );
    if let Some(policy) = referring(t, "aws_sqs_queue_policy", "queue_url", &["id", "url"]) {
        return Ok(vec![prepend_statement(t.text, policy, &stmt)?]);
    }
    Ok(vec![TfOp::AddAfter {
        text: policy_resource(
            "aws_sqs_queue_policy",
            n,
            &format!("queue_url = aws_sqs_queue.{n}.id"),
            &stmt,
        ),
    }])
}

pub fn efs_tls_required<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_efs_file_system"])?;
    let n = t.name;
    let stmt = "{\n  Sid       = \"DenyWithoutTls\"\n  Effect    = \"Deny\"\n  Principal = { AWS = \"*\" }\n  Action    = \"*\"\n  Condition = { Bool = { \"aws:SecureTransport\" = \"false\" } }\n}";
    if let Some(policy) = referring(t, "aws_efs_file_system_policy", "file_system_id", &["id"]) {
        return Ok(vec![prepend_statement(t.text, policy, stmt)?]);
    }
    Ok(vec![TfOp::AddAfter {
        text: policy_resource(
            "aws_efs_file_system_policy",
            n,
            &format!("file_system_id = aws_efs_file_system.{n}.id"),
            stmt,
        ),
    }])
}

pub fn ec2_instance_ebs_encrypted<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_instance"])?;
    let ops: Vec<_> = ["root_block_device", "ebs_block_device"]
        .iter()
        .flat_map(|k| t.block.body.get_blocks(k))
        .map(|b| TfOp::Set {
            block: b,
            path: vec!["encrypted"],
            expr: "true".into(),
        })
        .collect();
    if ops.is_empty() {
        return Err("fix-skip-no-block-device".into());
    }
    Ok(ops)
}

pub fn cloudfront_viewer_https<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_cloudfront_distribution"])?;
    Ok(["default_cache_behavior", "ordered_cache_behavior"]
        .iter()
        .flat_map(|k| t.block.body.get_blocks(k))
        .filter(|b| literal(b, "viewer_protocol_policy") == Some("allow-all"))
        .map(|b| TfOp::Set {
            block: b,
            path: vec!["viewer_protocol_policy"],
            expr: "\"redirect-to-https\"".into(),
        })
        .collect())
}

pub fn elb_access_logs<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_lb", "aws_alb", "aws_elb"])?;
    let mut ops = Vec::new();
    let bucket = |ops: &mut Vec<TfOp<'a>>| {
        ops.push(TfOp::Variable {
            name: "lb_access_logs_bucket".into(),
            description: "Name of the S3 bucket that receives load balancer access logs; its policy must let Elastic Load Balancing write (added by phiguard fix)".into(),
        });
        "var.lb_access_logs_bucket"
    };
    let mut logs = t.block.body.get_blocks("access_logs");
    match (logs.next(), logs.next()) {
        (Some(_), Some(_)) => {
            return Err(Why::with(
                "fix-skip-several-blocks",
                &[("block", &"access_logs")],
            ));
        }
        (Some(b), None) => {
            if !b.body.has_attribute("bucket") {
                let v = bucket(&mut ops);
                ops.push(t.set(&["access_logs", "bucket"], v));
            }
            ops.push(t.set(&["access_logs", "enabled"], "true"));
        }
        (None, _) => {
            let v = bucket(&mut ops);
            ops.push(TfOp::Append {
                block: t.block,
                lines: format!("\naccess_logs {{\n  bucket  = {v}\n  enabled = true\n}}"),
            });
        }
    }
    Ok(ops)
}

pub fn elb_listener_tls<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_lb_listener", "aws_alb_listener"])?;
    if literal(t.block, "protocol") != Some("HTTP") {
        return Err("fix-skip-listener-not-http".into());
    }
    let lb = t
        .block
        .body
        .get_attribute("load_balancer_arn")
        .map(|a| a.value.to_string());
    let on_443 = ["aws_lb_listener", "aws_alb_listener"]
        .iter()
        .flat_map(|ty| resources(t.body, ty))
        .any(|(n, b)| {
            n != t.name
                && b.body
                    .get_attribute("port")
                    .is_some_and(|p| p.value.to_string().trim() == "443")
                && b.body
                    .get_attribute("load_balancer_arn")
                    .map(|a| a.value.to_string())
                    == lb
        });
    if on_443 {
        return Err("fix-skip-already-listens-443".into());
    }
    Ok(vec![
        TfOp::Variable {
            name: "listener_certificate_arn".into(),
            description:
                "ARN of the ACM certificate the HTTPS listener presents (added by phiguard fix)"
                    .into(),
        },
        t.set(&["protocol"], "\"HTTPS\""),
        t.set(&["port"], "443"),
        t.set(&["certificate_arn"], "var.listener_certificate_arn"),
        t.set(&["ssl_policy"], "\"ELBSecurityPolicy-TLS13-1-2-2021-06\""),
    ])
}

pub fn vpc_flow_logs<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_vpc"])?;
    flow_log_for(t, t.name, t.block)
}

/// An `aws_flow_log` of all traffic of VPC `n` (written after its block `vpc`), to a bucket
/// declared for flow logs or a new variable's; one per VPC even when several fixes want it.
fn flow_log_for<'a>(t: &Target<'a>, n: &str, vpc_block: &Block) -> Result<Vec<TfOp<'a>>, Why> {
    let vpc = format!("aws_vpc.{n}.id");
    let logs: Vec<_> = resources(t.body, "aws_flow_log").collect();
    if logs.iter().any(|(_, b)| {
        b.body
            .get_attribute("vpc_id")
            .is_some_and(|a| a.value.to_string().trim() == vpc)
            && literal(b, "traffic_type") == Some("ALL")
    }) {
        let vpc = format!("aws_vpc.{n}");
        return Err(Why::with("fix-skip-vpc-has-flow-log", &[("vpc", &vpc)]));
    }
    let mut ops = Vec::new();
    let destination = match resources(t.body, "aws_s3_bucket").find(|(b, _)| b.contains("flow")) {
        Some((b, _)) => format!("aws_s3_bucket.{b}.arn"),
        None => {
            ops.push(TfOp::Variable {
                name: "flow_logs_bucket".into(),
                description:
                    "Name of the S3 bucket that receives VPC flow logs (added by phiguard fix)"
                        .into(),
            });
            "\"arn:aws:s3:::${var.flow_logs_bucket}\"".into()
        }
    };
    let mut name = n.to_string();
    while logs.iter().any(|(l, _)| *l == name) {
        name.push_str("_all");
    }
    let key = format!("resource \"aws_flow_log\" \"{name}\"");
    ops.push(TfOp::Declare {
        at: hcl_edit::Span::span(vpc_block).ok_or("fix-skip-no-position")?.end,
        text: format!(
            "{key} {{\n  vpc_id               = {vpc}\n  traffic_type         = \"ALL\"\n  log_destination_type = \"s3\"\n  log_destination      = {destination}\n}}"
        ),
        key,
    });
    Ok(ops)
}

/// The flow log of the VPC of the instance's or Auto Scaling group's subnets, when the
/// configuration declares them and one VPC holds them all.
pub fn ec2_flow_logs<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    use hcl_edit::expr::Expression;
    let unknown = || Why::from("fix-skip-vpc-unknown-tf");
    let subnets: Vec<String> = match (
        t.ty,
        t.block.body.get_attribute("subnet_id"),
        t.block.body.get_attribute("vpc_zone_identifier"),
    ) {
        ("aws_instance", Some(a), _) => vec![a.value.to_string()],
        ("aws_autoscaling_group", _, Some(a)) => match &a.value {
            Expression::Array(items) => items.iter().map(ToString::to_string).collect(),
            _ => return Err(unknown()),
        },
        ("aws_instance" | "aws_autoscaling_group", _, _) => return Err(unknown()),
        _ => return t.only(&[]).map(|_| Vec::new()),
    };
    let mut vpcs = subnets.iter().map(|s| {
        named(s, "aws_subnet")
            .and_then(|n| resources(t.body, "aws_subnet").find(|(m, _)| *m == n))
            .and_then(|(_, b)| b.body.get_attribute("vpc_id"))
            .and_then(|a| named(&a.value.to_string(), "aws_vpc").map(str::to_string))
    });
    let first = vpcs.next().flatten().ok_or_else(unknown)?;
    if !vpcs.all(|v| v.as_deref() == Some(first.as_str())) {
        return Err(unknown());
    }
    let vpc = crate::tf::resource(t.body, "aws_vpc", &first).ok_or_else(unknown)?;
    flow_log_for(t, &first, vpc)
}

/// `aws_x.<name>` from `aws_x.<name>.name` or `.id`.
fn named<'b>(value: &'b str, ty: &str) -> Option<&'b str> {
    let rest = value.trim().strip_prefix(ty)?.strip_prefix('.')?;
    let (name, field) = rest.split_once('.')?;
    matches!(field, "name" | "id").then_some(name)
}

pub fn rds_tls_enforced<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    let (attr, group_type) = match t.ty {
        "aws_db_instance" => ("parameter_group_name", "aws_db_parameter_group"),
        "aws_rds_cluster" => (
            "db_cluster_parameter_group_name",
            "aws_rds_cluster_parameter_group",
        ),
        _ => return t.only(&[]).map(|_| Vec::new()),
    };
    let engine = literal(t.block, "engine")
        .ok_or("fix-skip-engine-not-literal")?
        .to_ascii_lowercase();
    let (param, on) = match engine.as_str() {
        "postgres" | "aurora-postgresql" => ("rds.force_ssl", "1"),
        "mysql" | "mariadb" | "aurora-mysql" => ("require_secure_transport", "ON"),
        other => return Err(Why::with("fix-skip-engine", &[("engine", &other)])),
    };
    let unknown = || Why::with("fix-skip-group-elsewhere-tf", &[("argument", &attr)]);
    let Some(value) = t
        .block
        .body
        .get_attribute(attr)
        .map(|a| a.value.to_string())
    else {
        // The default group: a new one for the engine's family, as for CloudFormation.
        let version = literal(t.block, "engine_version").ok_or("fix-skip-no-engine-version-tf")?;
        let family = crate::cfn_fixes::family(&engine, version).ok_or_else(|| {
            Why::with(
                "fix-skip-no-family",
                &[("engine", &engine), ("version", &version)],
            )
        })?;
        let mut name = format!("{}_tls", t.name);
        while resources(t.body, group_type).any(|(n, _)| n == name) {
            name.push_str("_tls");
        }
        return Ok(vec![
            t.set(&[attr], &format!("{group_type}.{name}.name")),
            TfOp::AddAfter {
                text: format!(
                    "resource \"{group_type}\" \"{name}\" {{\n  family      = \"{family}\"\n  description = \"Requires TLS for every connection (added by phiguard fix)\"\n\n  parameter {{\n    name  = \"{param}\"\n    value = \"{on}\"\n  }}\n}}"
                ),
            },
        ]);
    };
    let group = named(&value, group_type)
        .and_then(|g| resources(t.body, group_type).find(|(n, _)| *n == g))
        .map(|(_, b)| b)
        .ok_or_else(unknown)?;
    Ok(vec![match group
        .body
        .get_blocks("parameter")
        .find(|p| literal(p, "name") == Some(param))
    {
        Some(p) => TfOp::Set {
            block: p,
            path: vec!["value"],
            expr: format!("\"{on}\""),
        },
        None => TfOp::Append {
            block: group,
            lines: format!("\nparameter {{\n  name  = \"{param}\"\n  value = \"{on}\"\n}}"),
        },
    }])
}

pub fn ecs_container_logging<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    use hcl_edit::expr::{Expression, ObjectKey};
    t.only(&["aws_ecs_task_definition"])?;
    let containers = match t
        .block
        .body
        .get_attribute("container_definitions")
        .map(|a| &a.value)
    {
        Some(Expression::FuncCall(f)) if f.name.name.as_str() == "jsonencode" => {
            match f.args.get(0) {
                Some(Expression::Array(a)) => a,
                _ => None.ok_or("fix-skip-containers-not-jsonencode")?,
            }
        }
        _ => {
            return Err("fix-skip-containers-not-written".into());
        }
    };
    // As for CloudFormation: a log group the configuration declares, never a new one.
    let (group, _) = resources(t.body, "aws_cloudwatch_log_group")
        .next()
        .ok_or("fix-skip-no-log-group-tf")?;
    let mut ops = Vec::new();
    for c in containers.iter() {
        let Expression::Object(o) = c else {
            return Err("fix-skip-container-expression".into());
        };
        let key = |k: &ObjectKey, name: &str| match k {
            ObjectKey::Ident(i) => i.as_str() == name,
            ObjectKey::Expression(Expression::String(s)) => s.as_str() == name,
            _ => false,
        };
        if o.iter().any(|(k, _)| key(k, "logConfiguration")) {
            continue;
        }
        let prefix = o
            .iter()
            .find(|(k, _)| key(k, "name"))
            .and_then(|(_, v)| match v.expr() {
                Expression::String(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .unwrap_or_else(|| "app".into());
        let span = hcl_edit::Span::span(o).ok_or("fix-skip-no-position")?;
        let close = span.end - 1;
        let line = t.text[..close].rfind('\n').map_or(0, |i| i + 1);
        let before = &t.text[line..close];
        if !before.chars().all(|c| c == ' ' || c == '\t') {
            return Err("fix-skip-one-line-container".into());
        }
        let i = format!("{before}  ");
        ops.push(TfOp::Insert {
            at: line,
            text: format!(
                "{i}logConfiguration = {{\n{i}  logDriver = \"awslogs\"\n{i}  options = {{\n{i}    \"awslogs-group\"         = aws_cloudwatch_log_group.{group}.name\n{i}    \"awslogs-region\"        = data.aws_region.current.name\n{i}    \"awslogs-stream-prefix\" = \"{prefix}\"\n{i}  }}\n{i}}}\n"
            ),
        });
    }
    if ops.is_empty() {
        return Err("fix-skip-logs-configured".into());
    }
    ops.push(TfOp::Declare {
        at: t.text.trim_end().len(),
        key: "data \"aws_region\" \"current\"".into(),
        text: "data \"aws_region\" \"current\" {}".into(),
    });
    Ok(ops)
}

pub fn eks_secrets_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_eks_cluster"])?;
    if t.block
        .body
        .get_blocks("encryption_config")
        .next()
        .is_some()
    {
        return Err(Why::with(
            "fix-skip-encryption-config-written",
            &[("property", &"encryption_config")],
        ));
    }
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the cluster's Kubernetes secrets");
    ops.push(TfOp::Append {
        block: t.block,
        lines: format!(
            "\nencryption_config {{\n  provider {{\n    key_arn = {key}\n  }}\n  resources = [\"secrets\"]\n}}"
        ),
    });
    Ok(ops)
}

pub fn dms_kms_key<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    let path: &[&'static str] = match t.ty {
        "aws_dms_replication_instance" => &["kms_key_arn"],
        "aws_dms_replication_config" => &["compute_config", "kms_key_id"],
        _ => return t.only(&[]).map(|_| Vec::new()),
    };
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the replication storage");
    ops.push(t.set(path, &key));
    Ok(ops)
}

pub fn backup_vault_kms_key<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    key_on(
        t,
        &["aws_backup_vault"],
        "kms_key_arn",
        "the vault's recovery points",
    )
}

pub fn codepipeline_artifact_store_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_codepipeline"])?;
    let mut stores = t.block.body.get_blocks("artifact_store");
    let store = match (stores.next(), stores.next()) {
        (Some(s), None) if !s.body.has_attribute("region") => s,
        (None, _) => return Err("fix-skip-no-artifact-store".into()),
        _ => {
            return Err("fix-skip-artifact-stores-regions".into());
        }
    };
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the pipeline's artifacts");
    ops.push(match store.body.get_blocks("encryption_key").next() {
        Some(k) => TfOp::Set {
            block: k,
            path: vec!["id"],
            expr: key,
        },
        None => TfOp::Append {
            block: store,
            lines: format!("\nencryption_key {{\n  id   = {key}\n  type = \"KMS\"\n}}"),
        },
    });
    Ok(ops)
}

pub fn backup_plan_offsite_copy<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_backup_plan"])?;
    let mut ops: Vec<TfOp<'a>> = t
        .block
        .body
        .get_blocks("rule")
        // A rule that copies already names its destination: changing it is the author's call.
        .filter(|r| r.body.get_blocks("copy_action").next().is_none())
        .map(|r| TfOp::Append {
            block: r,
            lines: "\ncopy_action {\n  destination_vault_arn = var.offsite_backup_vault_arn\n}"
                .into(),
        })
        .collect();
    if ops.is_empty() {
        return Err("fix-skip-copy-destinations-named".into());
    }
    ops.push(TfOp::Variable {
        name: "offsite_backup_vault_arn".into(),
        description: "ARN of a backup vault in another Region or account that receives copies of the recovery points (added by phiguard fix)".into(),
    });
    Ok(ops)
}

/// The value of key `name` in an HCL object.
fn member<'e>(o: &'e hcl_edit::expr::Object, name: &str) -> Option<&'e hcl_edit::expr::Expression> {
    use hcl_edit::expr::{Expression, ObjectKey};
    o.iter().find_map(|(k, v)| {
        let hit = match k {
            ObjectKey::Ident(i) => i.as_str() == name,
            ObjectKey::Expression(Expression::String(s)) => s.as_str() == name,
            _ => false,
        };
        hit.then(|| v.expr())
    })
}

/// Turns `flag` on in the `jsonencode` configuration of the security configuration the
/// cluster names, when its `settings` (keys, certificates) are written.
fn emr_encryption<'a>(t: &Target<'a>, flag: &str, settings: &str) -> Result<Vec<TfOp<'a>>, Why> {
    use hcl_edit::expr::Expression;
    t.only(&["aws_emr_cluster"])?;
    let unknown = || Why::from("fix-skip-no-security-configuration-tf");
    let value = t
        .block
        .body
        .get_attribute("security_configuration")
        .ok_or_else(unknown)?
        .value
        .to_string();
    let conf = named(&value, "aws_emr_security_configuration")
        .and_then(|n| resources(t.body, "aws_emr_security_configuration").find(|(c, _)| *c == n))
        .map(|(_, b)| b)
        .ok_or_else(unknown)?;
    let not_shaped = || Why::from("fix-skip-security-configuration-shape");
    let enc = match conf.body.get_attribute("configuration").map(|a| &a.value) {
        Some(Expression::FuncCall(f)) if f.name.name.as_str() == "jsonencode" => {
            match f.args.get(0) {
                Some(Expression::Object(o)) => match member(o, "EncryptionConfiguration") {
                    Some(Expression::Object(e)) => e,
                    _ => return Err(not_shaped()),
                },
                _ => return Err(not_shaped()),
            }
        }
        _ => return Err(not_shaped()),
    };
    if member(enc, settings).is_none() {
        return Err(Why::with(
            "fix-skip-security-configuration-lacks",
            &[("settings", &settings)],
        ));
    }
    let at = member(enc, flag)
        .and_then(hcl_edit::Span::span)
        .ok_or_else(|| {
            Why::with(
                "fix-skip-security-configuration-no-flag",
                &[("flag", &flag)],
            )
        })?;
    if t.text[at.clone()].trim() == "true" {
        return Ok(Vec::new());
    }
    Ok(vec![TfOp::Replace {
        start: at.start,
        end: at.end,
        text: "true".into(),
    }])
}

pub fn emr_at_rest_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    emr_encryption(t, "EnableAtRestEncryption", "AtRestEncryptionConfiguration")
}

pub fn emr_in_transit_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    emr_encryption(
        t,
        "EnableInTransitEncryption",
        "InTransitEncryptionConfiguration",
    )
}

pub fn elasticache_redis_auth<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_elasticache_replication_group"])?;
    let var = format!("{}_auth_token", t.name);
    Ok(vec![
        TfOp::Declare {
            at: t.text.trim_end().len(),
            key: format!("variable \"{var}\""),
            text: format!(
                "variable \"{var}\" {{\n  description = \"AUTH token of the Redis replication group, 16 to 128 characters; better read from Secrets Manager (added by phiguard fix)\"\n  type        = string\n  sensitive   = true\n}}"
            ),
        },
        t.set(&["auth_token"], &format!("var.{var}")),
        t.set(&["transit_encryption_enabled"], "true"),
    ])
}

/// An attribute's value: its byte range and its text.
fn attr<'b>(text: &'b str, block: &Block, name: &str) -> Option<(std::ops::Range<usize>, &'b str)> {
    let span = block.body.get_attribute(name)?.value.span()?;
    Some((span.clone(), &text[span]))
}

/// An attribute written as a literal string or number, unquoted.
fn literal_text(text: &str, block: &Block, name: &str) -> Option<String> {
    let (_, v) = attr(text, block, name)?;
    let v = v.trim();
    let v = v
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(v);
    (!v.contains(['"', '$', '(', '.']) || v.parse::<f64>().is_ok()).then(|| v.to_string())
}

/// One ingress rule: an `ingress` block, an `aws_security_group_rule` of type ingress, or an
/// `aws_vpc_security_group_ingress_rule`.
struct TfIngress<'a> {
    block: &'a Block,
    /// The attribute naming the protocol.
    protocol: &'static str,
    /// IPv4 and IPv6 source attributes.
    cidrs: [&'static str; 2],
}

impl TfIngress<'_> {
    /// Protocol (`all`, `tcp`...) and port range, when written as literals.
    fn ports(&self, text: &str) -> Option<(String, i64, i64)> {
        let proto = literal_text(text, self.block, self.protocol)?.to_ascii_lowercase();
        let proto = match proto.as_str() {
            "-1" | "all" => return Some(("all".into(), 0, 65535)),
            "6" => "tcp".into(),
            "17" => "udp".into(),
            _ => proto,
        };
        let port = |k: &str| literal_text(text, self.block, k)?.parse::<i64>().ok();
        match (port("from_port")?, port("to_port")?) {
            (-1, _) | (_, -1) => Some((proto, 0, 65535)),
            (f, t) => Some((proto, f, t)),
        }
    }

    /// Replacements of the open ranges (`"0.0.0.0/0"`, `"::/0"`) in the source attributes.
    fn open_sources(&self, text: &str) -> Vec<(std::ops::Range<usize>, bool)> {
        let mut out = Vec::new();
        for (name, open, v6) in [
            (self.cidrs[0], "\"0.0.0.0/0\"", false),
            (self.cidrs[1], "\"::/0\"", true),
        ] {
            if let Some((span, v)) = attr(text, self.block, name) {
                for (i, _) in v.match_indices(open) {
                    let start = span.start + i;
                    out.push((start..start + open.len(), v6));
                }
            }
        }
        out
    }
}

/// Whether `block`'s `security_group_id` is `aws_security_group.<name>.id`.
fn of_group(text: &str, block: &Block, name: &str) -> bool {
    attr(text, block, "security_group_id")
        .is_some_and(|(_, v)| v.trim() == format!("aws_security_group.{name}.id"))
}

/// The ingress rules of the security group (or the rule resource) `t`.
fn tf_ingress<'a>(t: &Target<'a>) -> Result<Vec<TfIngress<'a>>, Why> {
    let classic = |block| TfIngress {
        block,
        protocol: "protocol",
        cidrs: ["cidr_blocks", "ipv6_cidr_blocks"],
    };
    let vpc = |block| TfIngress {
        block,
        protocol: "ip_protocol",
        cidrs: ["cidr_ipv4", "cidr_ipv6"],
    };
    let is_ingress = |b: &Block| literal_text(t.text, b, "type").as_deref() == Some("ingress");
    Ok(match t.ty {
        "aws_security_group" => {
            let mut out: Vec<TfIngress> = t.block.body.get_blocks("ingress").map(classic).collect();
            out.extend(
                resources(t.body, "aws_security_group_rule")
                    .map(|(_, b)| b)
                    .filter(|b| is_ingress(b) && of_group(t.text, b, t.name))
                    .map(classic),
            );
            out.extend(
                resources(t.body, "aws_vpc_security_group_ingress_rule")
                    .map(|(_, b)| b)
                    .filter(|b| of_group(t.text, b, t.name))
                    .map(vpc),
            );
            out
        }
        "aws_security_group_rule" if is_ingress(t.block) => vec![classic(t.block)],
        "aws_vpc_security_group_ingress_rule" => vec![vpc(t.block)],
        _ => return Err(Why::with("fix-skip-type", &[("type", &t.ty)])),
    })
}

pub fn sg_open_ingress<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    let mut ops = Vec::new();
    let mut vars = [false, false];
    for rule in tf_ingress(t)? {
        let Some((proto, from, to)) = rule.ports(t.text) else {
            continue;
        };
        let web = (from..=to).all(|p| p == 80 || p == 443) && proto != "all";
        if web || matches!(proto.as_str(), "icmp" | "icmpv6" | "1" | "58") {
            continue;
        }
        for (span, v6) in rule.open_sources(t.text) {
            let var = if v6 {
                "allowed_ingress_cidr_ipv6"
            } else {
                "allowed_ingress_cidr"
            };
            // `cidr_ipv4 = "0.0.0.0/0"` takes the variable as it is; a list item too.
            ops.push(TfOp::Replace {
                start: span.start,
                end: span.end,
                text: format!("var.{var}"),
            });
            vars[usize::from(v6)] = true;
        }
    }
    if ops.is_empty() {
        return Err("fix-skip-no-open-literal".into());
    }
    for (v6, used) in vars.into_iter().enumerate() {
        if used {
            let (name, what) = if v6 == 1 {
                ("allowed_ingress_cidr_ipv6", "IPv6")
            } else {
                ("allowed_ingress_cidr", "IPv4")
            };
            ops.push(TfOp::Variable {
                name: name.into(),
                description: format!("The {what} range (CIDR) allowed to reach the ports that were open to the whole internet; never 0.0.0.0/0 or ::/0 (added by phiguard fix)"),
            });
        }
    }
    Ok(ops)
}

pub fn cleartext_ingress<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    let rules = tf_ingress(t)?;
    let open: Vec<(&TfIngress, String, i64, i64)> = rules
        .iter()
        .filter(|r| !r.open_sources(t.text).is_empty())
        .filter_map(|r| r.ports(t.text).map(|(p, f, to)| (r, p, f, to)))
        .collect();
    let https_too = open
        .iter()
        .any(|(_, p, f, to)| (p == "tcp" || p == "all") && *f <= 443 && 443 <= *to);
    let mut ops = Vec::new();
    for (rule, proto, from, to) in &open {
        if proto == "all" || proto == "udp" && [69, 161].iter().any(|p| from <= p && p <= to) {
            return Err("fix-skip-all-protocols-open".into());
        }
        if proto != "tcp" {
            continue;
        }
        let flagged = crate::cfn_fixes::CLEARTEXT_TCP
            .iter()
            .any(|p| from <= p && p <= to && !((*p == 80 || *p == 8080) && https_too));
        if !flagged {
            continue;
        }
        let (f, to) = crate::cfn_fixes::tls_range(*from, *to)?;
        ops.push(TfOp::Set {
            block: rule.block,
            path: vec!["from_port"],
            expr: f.to_string(),
        });
        ops.push(TfOp::Set {
            block: rule.block,
            path: vec!["to_port"],
            expr: to.to_string(),
        });
    }
    if ops.is_empty() {
        return Err("fix-skip-no-cleartext-literal-ports".into());
    }
    Ok(ops)
}

pub fn elb_target_tls<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(&["aws_lb_target_group", "aws_alb_target_group"])?;
    let new = match literal_text(t.text, t.block, "protocol")
        .map(|p| p.to_ascii_uppercase())
        .as_deref()
    {
        Some("HTTP") => "HTTPS",
        Some("TCP") => "TLS",
        _ => return Err("fix-skip-target-group-not-http".into()),
    };
    let mut ops = vec![t.set(&["protocol"], &format!("\"{new}\""))];
    // A port written as an expression (a variable) stays the author's.
    if attr(t.text, t.block, "port").is_none() || literal_text(t.text, t.block, "port").is_some() {
        ops.push(t.set(&["port"], "443"));
    }
    let mut checks = t.block.body.get_blocks("health_check");
    if let (Some(hc), None) = (checks.next(), checks.next())
        && literal_text(t.text, hc, "protocol").is_some_and(|p| p.eq_ignore_ascii_case("HTTP"))
    {
        ops.push(TfOp::Set {
            block: hc,
            path: vec!["protocol"],
            expr: "\"HTTPS\"".into(),
        });
    }
    Ok(ops)
}

/// The hops the other fixes repair: SNS delivery over HTTP, a target group reached over HTTP.
pub fn flow_transmission<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    match t.ty {
        "aws_sns_topic_subscription"
            if literal_text(t.text, t.block, "protocol")
                .is_some_and(|p| p.eq_ignore_ascii_case("http")) =>
        {
            let mut ops = vec![t.set(&["protocol"], "\"https\"")];
            if let Some((span, v)) = attr(t.text, t.block, "endpoint")
                && let Some(i) = v.find("\"http://")
                && !v[i + 1..].starts_with("https")
            {
                let at = span.start + i + 1;
                ops.push(TfOp::Replace {
                    start: at,
                    end: at + 7,
                    text: "https://".into(),
                });
            }
            Ok(ops)
        }
        "aws_lb_target_group" | "aws_alb_target_group" => elb_target_tls(t),
        _ => Err("fix-skip-flow-hop-left".into()),
    }
}

/// `base`, or `base_2`, `base_3`... when the file declares a `ty` of that name.
fn fresh(body: &Body, ty: &str, base: &str) -> String {
    let mut name = base.to_string();
    let mut n = 2;
    while resources(body, ty).any(|(m, _)| m == name) {
        name = format!("{base}_{n}");
        n += 1;
    }
    name
}

/// Store types AWS Backup protects (each exports `arn`).
const BACKUP_STORES: &[&str] = &[
    "aws_db_instance",
    "aws_rds_cluster",
    "aws_docdb_cluster",
    "aws_neptune_cluster",
    "aws_redshift_cluster",
    "aws_dynamodb_table",
    "aws_efs_file_system",
    "aws_fsx_lustre_file_system",
    "aws_fsx_windows_file_system",
    "aws_fsx_ontap_file_system",
    "aws_fsx_openzfs_file_system",
    "aws_ebs_volume",
    "aws_instance",
];

pub fn backup_covers<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, Why> {
    t.only(BACKUP_STORES)?;
    if ["count", "for_each"]
        .iter()
        .any(|k| t.block.body.get_attribute(k).is_some())
    {
        return Err("fix-skip-store-repeated".into());
    }
    let arn = format!("{}.{}.arn", t.ty, t.name);
    if let Some((_, sel)) = resources(t.body, "aws_backup_selection").next() {
        let Some((span, v)) = attr(t.text, sel, "resources") else {
            return Ok(vec![TfOp::Set {
                block: sel,
                path: vec!["resources"],
                expr: format!("[{arn}]"),
            }]);
        };
        let inner = v
            .trim()
            .strip_prefix('[')
            .filter(|_| v.trim().ends_with(']'))
            .ok_or("fix-skip-selection-expression")?;
        let open = span.start + v.find('[').unwrap_or(0) + 1;
        let first = inner.find(|c: char| !c.is_whitespace()).unwrap_or(0);
        if inner.trim_end().trim_end_matches(']').trim().is_empty() {
            return Ok(vec![TfOp::Replace {
                start: span.start,
                end: span.end,
                text: format!("[{arn}]"),
            }]);
        }
        let gap = &inner[..first];
        let text = match gap.rfind('\n') {
            Some(nl) => format!("{arn},\n{}", &gap[nl + 1..]),
            None => format!("{arn}, "),
        };
        return Ok(vec![TfOp::Insert {
            at: open + first,
            text,
        }]);
    }
    let mut ops = Vec::new();
    let mut out = String::new();
    let plan = match resources(t.body, "aws_backup_plan").next() {
        Some((p, _)) => p.to_string(),
        None => {
            let key = t.kms_key(&mut ops, "the backup vault's recovery points");
            ops.push(TfOp::Variable {
                name: "backup_copy_vault_arn".into(),
                description: "ARN of a backup vault in another Region or account that receives a copy of every recovery point (added by phiguard fix)".into(),
            });
            let vault = fresh(t.body, "aws_backup_vault", "phi");
            let plan = fresh(t.body, "aws_backup_plan", "phi_daily");
            out.push_str(&format!(
                "resource \"aws_backup_vault\" \"{vault}\" {{\n  name        = \"phi-backups\"\n  kms_key_arn = {key}\n}}\n\n\
resource \"aws_backup_plan\" \"{plan}\" {{\n  name = \"phi-daily\"\n\n  rule {{\n    rule_name         = \"daily-35-days\"\n    target_vault_name = aws_backup_vault.{vault}.name\n    schedule          = \"cron(0 5 * * ? *)\"\n\n    lifecycle {{\n      delete_after = 35\n    }}\n\n    copy_action {{\n      destination_vault_arn = var.backup_copy_vault_arn\n\n      lifecycle {{\n        delete_after = 35\n      }}\n    }}\n  }}\n}}\n\n"
            ));
            plan
        }
    };
    let role = fresh(t.body, "aws_iam_role", "backup");
    let selection = fresh(t.body, "aws_backup_selection", "phi_stores");
    out.push_str(&format!(
        "resource \"aws_iam_role\" \"{role}\" {{\n  name_prefix = \"backup-\"\n  assume_role_policy = jsonencode({{\n    Version = \"2012-10-17\"\n    Statement = [{{\n      Effect    = \"Allow\"\n      Principal = {{ Service = \"backup.amazonaws.com\" }}\n      Action    = \"sts:AssumeRole\"\n    }}]\n  }})\n}}\n\n\
resource \"aws_iam_role_policy_attachment\" \"{role}\" {{\n  role       = aws_iam_role.{role}.name\n  policy_arn = \"arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup\"\n}}\n\n\
resource \"aws_backup_selection\" \"{selection}\" {{\n  name         = \"phi-stores\"\n  plan_id      = aws_backup_plan.{plan}.id\n  iam_role_arn = aws_iam_role.{role}.arn\n  resources    = [{arn}]\n}}"
    ));
    ops.push(TfOp::AddAfter { text: out });
    Ok(ops)
}
