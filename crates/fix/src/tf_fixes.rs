//! What each rule's fix changes in a Terraform configuration (one function per rule).

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
    /// Insert text at a byte offset.
    Insert {
        /// Byte offset.
        at: usize,
        /// The text.
        text: String,
    },
    /// Replace the bytes `start..end` with `text`.
    Replace {
        /// First byte.
        start: usize,
        /// One past the last byte.
        end: usize,
        /// The new text.
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
pub type TfFix = for<'a> fn(&Target<'a>) -> Result<Vec<TfOp<'a>>, String>;

impl<'a> Target<'a> {
    fn only(&self, types: &[&str]) -> Result<(), String> {
        if types.contains(&self.ty) {
            Ok(())
        } else {
            Err(format!("no fix for {}", self.ty))
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
    ) -> Result<Vec<TfOp<'a>>, String> {
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
) -> Result<Vec<TfOp<'a>>, String> {
    t.only(types)?;
    Ok(attrs.iter().map(|a| t.set(&[a], "true")).collect())
}

pub fn ec2_imdsv2<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_instance", "aws_launch_template"])?;
    Ok(vec![
        t.set(&["metadata_options", "http_tokens"], "\"required\""),
    ])
}

pub fn ec2_no_public_ip<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
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

pub fn phi_store_not_public<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    match t.ty {
        "aws_db_instance" => Ok(vec![t.set(&["publicly_accessible"], "false")]),
        "aws_eks_cluster" => Ok(vec![
            t.set(&["vpc_config", "endpoint_public_access"], "false"),
            t.set(&["vpc_config", "endpoint_private_access"], "true"),
        ]),
        _ => t.only(&[]).map(|_| Vec::new()),
    }
}

pub fn s3_versioning<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
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

pub fn s3_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    if t.block
        .body
        .get_blocks("server_side_encryption_configuration")
        .next()
        .is_some()
    {
        return Err("inline server_side_encryption_configuration: move it to an aws_s3_bucket_server_side_encryption_configuration".into());
    }
    if t.companion("aws_s3_bucket_server_side_encryption_configuration")
        .is_some()
    {
        return Err(
            "the bucket's encryption configuration is written in a shape the fixer does not edit"
                .into(),
        );
    }
    t.bucket_companion(
        "aws_s3_bucket_server_side_encryption_configuration",
        &[],
        "",
        "\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = \"AES256\"\n    }\n  }\n",
    )
}

pub fn s3_public_access_block<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
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

pub fn s3_tls_only<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_s3_bucket"])?;
    let n = t.name;
    if t.block.body.has_attribute("policy") {
        return Err("an inline bucket policy: add the Deny-unless-aws:SecureTransport statement to it by hand".into());
    }
    if let Some(policy) = t.companion("aws_s3_bucket_policy") {
        let first = jsonencode_statements(policy)
            .and_then(|a| a.iter().next())
            .and_then(hcl_edit::Span::span)
            .ok_or("the bucket policy is not a jsonencode({Statement = [...]}) the fixer can add to; add the statement by hand")?;
        let line = t.text[..first.start].rfind('\n').map_or(0, |i| i + 1);
        let prefix = &t.text[line..first.start];
        if !prefix.chars().all(char::is_whitespace) {
            return Err("a one-line statement list the fixer does not edit".into());
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

pub fn s3_access_logging<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_s3_bucket"])?;
    if t.companion("aws_s3_bucket_logging").is_some()
        || t.block.body.get_blocks("logging").next().is_some()
    {
        return Err("the bucket's logging is written in a shape the fixer does not edit".into());
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

pub fn logs_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_cloudwatch_log_group"])?;
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, "the log group");
    ops.push(t.set(&["kms_key_id"], &key));
    Ok(ops)
}

pub fn logs_retention<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_cloudwatch_log_group"])?;
    Ok(vec![t.set(&["retention_in_days"], "2192")])
}

pub fn sqs_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    set_true(t, &["aws_sqs_queue"], &["sqs_managed_sse_enabled"])
}

pub fn dynamodb_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_dynamodb_table"])?;
    Ok(vec![t.set(&["server_side_encryption", "enabled"], "true")])
}

pub fn dynamodb_pitr<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_dynamodb_table"])?;
    Ok(vec![t.set(&["point_in_time_recovery", "enabled"], "true")])
}

pub fn sns_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_sns_topic"])?;
    let key = match resources(t.body, "aws_kms_key").next() {
        Some((k, _)) => format!("aws_kms_key.{k}.arn"),
        None => "\"alias/aws/sns\"".into(),
    };
    Ok(vec![t.set(&["kms_master_key_id"], &key)])
}

pub fn rds_multi_az<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    set_true(t, &["aws_db_instance"], &["multi_az"])
}

pub fn rds_storage_encrypted<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    if t.block.body.has_attribute("replicate_source_db") {
        return Err("a read replica: encrypt its source instance".into());
    }
    set_true(
        t,
        &["aws_db_instance", "aws_rds_cluster"],
        &["storage_encrypted"],
    )
}

pub fn rds_backup_retention<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_db_instance", "aws_rds_cluster"])?;
    Ok(vec![t.set(&["backup_retention_period"], "7")])
}

pub fn kms_rotation<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    set_true(t, &["aws_kms_key"], &["enable_key_rotation"])
}

pub fn efs_encrypted<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    set_true(t, &["aws_efs_file_system"], &["encrypted"])
}

pub fn ebs_encrypted<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    set_true(t, &["aws_ebs_volume"], &["encrypted"])
}

pub fn cloudtrail_validation<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    set_true(t, &["aws_cloudtrail"], &["enable_log_file_validation"])
}

pub fn cloudtrail_multi_region<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    set_true(
        t,
        &["aws_cloudtrail"],
        &["is_multi_region_trail", "include_global_service_events"],
    )
}

pub fn elasticache_at_rest<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    set_true(
        t,
        &["aws_elasticache_replication_group"],
        &["at_rest_encryption_enabled"],
    )
}

pub fn elasticache_transit<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
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

pub fn elb_tls_policy<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
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
) -> Result<Vec<TfOp<'a>>, String> {
    t.only(types)?;
    let mut ops = Vec::new();
    let key = t.kms_key(&mut ops, purpose);
    ops.push(t.set(&[attr], &key));
    Ok(ops)
}

pub fn cloudtrail_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    key_on(
        t,
        &["aws_cloudtrail"],
        "kms_key_id",
        "the trail's log files",
    )
}

pub fn secret_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    key_on(
        t,
        &["aws_secretsmanager_secret"],
        "kms_key_id",
        "the secret",
    )
}

pub fn codecommit_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    key_on(
        t,
        &["aws_codecommit_repository"],
        "kms_key_id",
        "the repository",
    )
}

pub fn lambda_env_kms<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    key_on(
        t,
        &["aws_lambda_function"],
        "kms_key_arn",
        "the function's environment variables",
    )
}

pub fn codebuild_encryption<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
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

/// An attribute's value: its byte range and its text.
fn attr<'b>(text: &'b str, block: &Block, name: &str) -> Option<(std::ops::Range<usize>, &'b str)> {
    let span = block.body.get_attribute(name)?.value.span()?;
    Some((span.clone(), &text[span]))
}

/// An attribute written as a literal string or number, unquoted.
fn literal(text: &str, block: &Block, name: &str) -> Option<String> {
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
        let proto = literal(text, self.block, self.protocol)?.to_ascii_lowercase();
        let proto = match proto.as_str() {
            "-1" | "all" => return Some(("all".into(), 0, 65535)),
            "6" => "tcp".into(),
            "17" => "udp".into(),
            _ => proto,
        };
        let port = |k: &str| literal(text, self.block, k)?.parse::<i64>().ok();
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
fn tf_ingress<'a>(t: &Target<'a>) -> Result<Vec<TfIngress<'a>>, String> {
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
    let is_ingress = |b: &Block| literal(t.text, b, "type").as_deref() == Some("ingress");
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
        _ => return Err(format!("no fix for {}", t.ty)),
    })
}

pub fn sg_open_ingress<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
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
        return Err("no ingress rule open to the internet is written as a literal range".into());
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

pub fn cleartext_ingress<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
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
            return Err(
                "all protocols (or TFTP, SNMP) are open: which to keep is the author's decision"
                    .into(),
            );
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
        return Err(
            "no open ingress rule on a cleartext port is written with literal ports".into(),
        );
    }
    Ok(ops)
}

pub fn elb_target_tls<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(&["aws_lb_target_group", "aws_alb_target_group"])?;
    let new = match literal(t.text, t.block, "protocol")
        .map(|p| p.to_ascii_uppercase())
        .as_deref()
    {
        Some("HTTP") => "HTTPS",
        Some("TCP") => "TLS",
        _ => return Err("only an HTTP or TCP target group is moved to HTTPS or TLS".into()),
    };
    let mut ops = vec![t.set(&["protocol"], &format!("\"{new}\""))];
    // A port written as an expression (a variable) stays the author's.
    if attr(t.text, t.block, "port").is_none() || literal(t.text, t.block, "port").is_some() {
        ops.push(t.set(&["port"], "443"));
    }
    let mut checks = t.block.body.get_blocks("health_check");
    if let (Some(hc), None) = (checks.next(), checks.next())
        && literal(t.text, hc, "protocol").is_some_and(|p| p.eq_ignore_ascii_case("HTTP"))
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
pub fn flow_transmission<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    match t.ty {
        "aws_sns_topic_subscription"
            if literal(t.text, t.block, "protocol")
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
        _ => Err(crate::cfn_fixes::FLOW_LEFT.into()),
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

pub fn backup_covers<'a>(t: &Target<'a>) -> Result<Vec<TfOp<'a>>, String> {
    t.only(BACKUP_STORES)?;
    if ["count", "for_each"]
        .iter()
        .any(|k| t.block.body.get_attribute(k).is_some())
    {
        return Err("the store is made by count or for_each: which of its instances to back up is the author's call".into());
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
            .ok_or("the selection's resources are an expression")?;
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
