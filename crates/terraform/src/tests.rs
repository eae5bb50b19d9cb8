//! Evaluation tests over in-memory module directories.

use super::*;

use phiguard_model::{Lookup, Resource, Value};

fn read(files: &[(&str, &str)], opts: &Options) -> ModuleRead {
    let loader = MemLoader(
        files
            .iter()
            .map(|(p, t)| (PathBuf::from(p), t.to_string()))
            .collect(),
    );
    read_module(Path::new("infra"), &[], opts, &loader)
}

fn one<'a>(m: &'a ModuleRead, name: &str) -> &'a Resource {
    m.unit
        .resources
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no {name} in {:?}",
                m.unit.resources.iter().map(|r| &r.name).collect::<Vec<_>>()
            )
        })
}

fn value<'a>(r: &'a Resource, path: &str) -> &'a Value {
    match r.get(path) {
        Lookup::Set(n) | Lookup::Unknown(n) => &n.value,
        Lookup::Absent => panic!("{path} absent in {}: {:#?}", r.name, r.attributes),
    }
}

#[test]
fn count_and_for_each_give_one_resource_per_instance() {
    let m = read(
        &[(
            "infra/main.tf",
            r#"
variable "names" { default = ["intake", "archive"] }
resource "aws_s3_bucket" "logs" {
  count  = 2
  bucket = "logs-${count.index}"
}
resource "aws_s3_bucket" "data" {
  for_each = toset(var.names)
  bucket   = "phi-${each.key}"
  tags     = { Name = each.value }
}
"#,
        )],
        &Options::default(),
    );
    assert!(m.unit.diagnostics.is_empty(), "{:?}", m.unit.diagnostics);
    assert_eq!(
        value(one(&m, "aws_s3_bucket.logs[1]"), "BucketName"),
        &Value::Str("logs-1".into())
    );
    let d = one(&m, "aws_s3_bucket.data[\"archive\"]");
    assert_eq!(value(d, "BucketName"), &Value::Str("phi-archive".into()));
    assert_eq!(d.tag("Name"), Some("archive"));
}

#[test]
fn variables_follow_terraform_precedence() {
    let files = [
        (
            "infra/variables.tf",
            "variable \"a\" { default = \"default\" }\nvariable \"b\" { default = \"default\" }\nvariable \"c\" { default = \"default\" }\nvariable \"d\" { type = bool }",
        ),
        (
            "infra/main.tf",
            "resource \"aws_sqs_queue\" \"q\" {\n  name = \"${var.a}-${var.b}-${var.c}\"\n  fifo_queue = var.d\n}",
        ),
        (
            "infra/terraform.tfvars",
            "a = \"tfvars\"\nb = \"tfvars\"\nc = \"tfvars\"",
        ),
        ("infra/z.auto.tfvars", "b = \"auto\"\nc = \"auto\""),
        ("cli.tfvars", "c = \"file\""),
    ];
    let opts = Options {
        vars: vec![("d".into(), "true".into())],
        var_files: vec!["cli.tfvars".into()],
        ..Options::default()
    };
    let m = read(&files, &opts);
    let q = one(&m, "aws_sqs_queue.q");
    assert_eq!(
        value(q, "QueueName"),
        &Value::Str("tfvars-auto-file".into())
    );
    assert_eq!(value(q, "FifoQueue"), &Value::Bool(true));
    let m = read(&files, &Options::default());
    assert!(
        matches!(value(one(&m, "aws_sqs_queue.q"), "FifoQueue"), Value::Unknown(r) if r.contains("variable 'd'"))
    );
}

#[test]
fn locals_functions_and_references_resolve() {
    let m = read(
        &[(
            "infra/main.tf",
            r#"
locals {
  env  = "prod"
  tags = merge({ Team = "claims" }, { Env = local.env })
  name = format("%s-%s", "claims", local.env)
}
resource "aws_kms_key" "phi" { enable_key_rotation = true }
resource "aws_s3_bucket" "b" {
  bucket = lower(join("-", [local.name, "ARCHIVE"]))
  tags   = local.tags
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.phi.arn
    }
    bucket_key_enabled = true
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "${aws_s3_bucket.b.arn}/*" }]
  })
}
"#,
        )],
        &Options::default(),
    );
    let b = one(&m, "aws_s3_bucket.b");
    assert_eq!(
        value(b, "BucketName"),
        &Value::Str("claims-prod-archive".into())
    );
    assert_eq!(b.tag("Env"), Some("prod"));
    let alg = "BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault";
    assert_eq!(
        value(b, &format!("{alg}.SSEAlgorithm")),
        &Value::Str("aws:kms".into())
    );
    assert_eq!(
        value(b, &format!("{alg}.KMSMasterKeyID")),
        &Value::Ref {
            target: "aws_kms_key.phi".into(),
            attribute: Some("Arn".into())
        }
    );
    let loc = b
        .get(&format!("{alg}.SSEAlgorithm"))
        .location()
        .unwrap()
        .clone();
    assert_eq!((loc.line, loc.column), (16, 27));
    let p = one(&m, "aws_s3_bucket_policy.b");
    assert_eq!(p.kind, "AWS::S3::BucketPolicy");
    assert_eq!(
        value(p, "Bucket"),
        &Value::Ref {
            target: "aws_s3_bucket.b".into(),
            attribute: None
        }
    );
    assert_eq!(
        value(p, "PolicyDocument.Statement.0.Resource"),
        &Value::Str("${aws_s3_bucket.b.Arn}/*".into())
    );
}

#[test]
fn local_modules_are_read_with_their_inputs() {
    let m = read(
        &[
            (
                "infra/main.tf",
                "module \"store\" {\n  source = \"./modules/store\"\n  name = \"referrals\"\n  encrypted = false\n}\nresource \"aws_sns_topic\" \"t\" { kms_master_key_id = module.store.key }\nmodule \"remote\" {\n  source = \"terraform-aws-modules/s3-bucket/aws\"\n}\nresource \"aws_sqs_queue\" \"q\" { kms_master_key_id = module.remote.key }",
            ),
            (
                "infra/modules/store/main.tf",
                "variable \"name\" {}\nvariable \"encrypted\" { default = true }\nresource \"aws_db_instance\" \"db\" {\n  identifier = var.name\n  storage_encrypted = var.encrypted\n}\nresource \"aws_kms_key\" \"k\" {}\noutput \"key\" { value = aws_kms_key.k.arn }",
            ),
        ],
        &Options::default(),
    );
    let db = one(&m, "module.store.aws_db_instance.db");
    assert_eq!(
        value(db, "DBInstanceIdentifier"),
        &Value::Str("referrals".into())
    );
    assert_eq!(value(db, "StorageEncrypted"), &Value::Bool(false));
    assert_eq!(
        value(one(&m, "aws_sns_topic.t"), "KmsMasterKeyId"),
        &Value::Ref {
            target: "module.store.aws_kms_key.k".into(),
            attribute: Some("Arn".into())
        }
    );
    assert!(
        matches!(value(one(&m, "aws_sqs_queue.q"), "KmsMasterKeyId"), Value::Unknown(r) if r.contains("not read"))
    );
    assert!(m.files.iter().any(|(p, _)| p.contains("modules/store")));
}

#[test]
fn unknowns_are_never_guessed() {
    let m = read(
        &[(
            "infra/main.tf",
            r#"
data "aws_caller_identity" "me" {}
resource "aws_db_instance" "a" {
  storage_encrypted = data.aws_caller_identity.me.account_id == "1" ? true : false
  engine            = upper(sha256("x"))
  kms_key_id        = data.aws_kms_key.phi.arn
}
resource "aws_db_instance" "b" {
  count             = length(data.aws_availability_zones.all.names)
  storage_encrypted = false
}
"#,
        )],
        &Options::default(),
    );
    let a = one(&m, "aws_db_instance.a");
    // A conditional on an unknown value keeps both branches for the rules to judge.
    assert!(matches!(
        value(a, "StorageEncrypted"),
        Value::Choice { condition, .. } if condition.contains("aws_caller_identity")
    ));
    assert!(matches!(value(a, "Engine"), Value::Unknown(r) if r.contains("sha256")));
    assert!(
        matches!(value(a, "KmsKeyId"), Value::Ref { target, .. } if target == "data.aws_kms_key.phi")
    );
    // An unknown count is judged once, with a warning.
    assert_eq!(
        value(one(&m, "aws_db_instance.b"), "StorageEncrypted"),
        &Value::Bool(false)
    );
    assert!(
        m.unit
            .diagnostics
            .iter()
            .any(|d| d.message.contains("count"))
    );
}

#[test]
fn dynamic_blocks_and_policy_documents_expand() {
    let m = read(
        &[(
            "infra/main.tf",
            r#"
variable "params" { default = { "rds.force_ssl" = "1", log_connections = "1" } }
resource "aws_db_parameter_group" "pg" {
  name   = "claims-pg"
  family = "postgres15"
  dynamic "parameter" {
    for_each = var.params
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}
resource "aws_db_instance" "db" {
  parameter_group_name = aws_db_parameter_group.pg.name
  storage_encrypted    = "true"
}
data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::claims/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
resource "aws_s3_bucket" "claims" {
  bucket = "claims"
}
resource "aws_s3_bucket_policy" "claims" {
  bucket = "claims"
  policy = data.aws_iam_policy_document.tls.json
}
"#,
        )],
        &Options::default(),
    );
    let pg = one(&m, "aws_db_parameter_group.pg");
    let params = pg.get("Parameters").node().unwrap().entries();
    assert_eq!(params[0].0, "log_connections");
    assert_eq!(params[1].0, "rds.force_ssl");
    let db = one(&m, "aws_db_instance.db");
    assert_eq!(
        value(db, "DBParameterGroupName"),
        &Value::Ref {
            target: "aws_db_parameter_group.pg".into(),
            attribute: Some("Name".into())
        }
    );
    let p = one(&m, "aws_s3_bucket_policy.claims");
    assert_eq!(
        value(p, "PolicyDocument.Statement.0.Principal"),
        &Value::Str("*".into())
    );
    assert_eq!(
        value(
            p,
            "PolicyDocument.Statement.0.Condition.Bool.aws:SecureTransport"
        ),
        &Value::Str("false".into())
    );
    assert_eq!(
        value(p, "Bucket"),
        &Value::Ref {
            target: "aws_s3_bucket.claims".into(),
            attribute: None
        }
    );
}

#[test]
fn broken_files_give_located_errors_and_the_rest_is_read() {
    let m = read(
        &[
            ("infra/a.tf", "resource \"aws_s3_bucket\" \"ok\" {}\n"),
            (
                "infra/b.tf",
                "resource \"aws_s3_bucket\" \"bad\" {\n  bucket = \n}\n",
            ),
        ],
        &Options::default(),
    );
    assert_eq!(m.unit.resources.len(), 1);
    let d = &m.unit.diagnostics[0];
    assert_eq!(d.level, phiguard_model::Level::Error);
    let l = d.location.as_ref().unwrap();
    assert_eq!((&*l.file, l.line), ("infra/b.tf", 2));
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
            let _ = read(&[("infra/main.tf", &text)], &Options::default());
            let _ = read_plan("plan.json", &text);
        }

        #[test]
        fn hcl_like_text_never_panics(text in "(resource \"aws_s3_bucket\" \"[a-z]{1,3}\" \\{|[a-z_]{1,8} = |\\$\\{|[}{\\[\\]()\"=.,*]|[0-9]{1,3}|var\\.x|local\\.y|count\\.index|\n){0,40}") {
            let _ = read(&[("infra/main.tf", &text)], &Options::default());
        }
    }
}

#[test]
fn plans_resolve_unknowns_secrets_and_references() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../rules/fixtures/s3-bucket-encryption/pass.plan.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    assert!(is_plan(&text));
    let unit = read_plan("pass.plan.json", &text).unwrap().unwrap();
    let names: Vec<&str> = unit.resources.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "aws_kms_key.patient_records",
            "aws_s3_bucket.patient_records"
        ]
    );
    let b = &unit.resources[1];
    let alg = "BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault";
    assert_eq!(
        value(b, &format!("{alg}.KMSMasterKeyID")),
        &Value::Ref {
            target: "aws_kms_key.patient_records".into(),
            attribute: Some("Arn".into())
        }
    );
    assert_eq!(b.tag("phi"), Some("true"));
    assert_eq!(
        b.tag("Environment"),
        Some("prod"),
        "default tags come from tags_all"
    );
    // Computed by the provider, not written in the configuration: not declared.
    assert!(unit.resources[0].get("Arn").is_absent());
}

#[test]
fn the_vocabulary_maps_services_into_cloudformation_shapes() {
    let m = read(
        &[(
            "infra/main.tf",
            r#"
resource "random_password" "redis" { length = 32 }
resource "aws_dynamodb_table" "claims" {
  name     = "ClaimsIndex"
  hash_key = "ClaimId"
  attribute {
    name = "ClaimId"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.k.arn
  }
  point_in_time_recovery { enabled = true }
}
resource "aws_kms_key" "k" {}
resource "aws_launch_template" "ehr" {
  name = "ehr-app"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted   = true
      volume_size = 50
    }
  }
  metadata_options { http_tokens = "required" }
}
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "patient-sessions"
  description                = "Portal sessions"
  node_type                  = "cache.r6g.large"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = random_password.redis.result
}
resource "aws_lb" "portal" {
  name     = "patient-portal"
  internal = false
  access_logs {
    bucket  = "portal-alb-logs"
    enabled = true
  }
}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.portal.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
resource "aws_sns_topic_subscription" "alerts" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "https"
  endpoint  = "https://hooks.example.org/alerts"
}
resource "aws_sns_topic" "alerts" { kms_master_key_id = "alias/aws/sns" }
resource "aws_kinesis_stream" "vitals" {
  name            = "vitals"
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}
resource "aws_cloudfront_distribution" "portal" {
  enabled = true
  origin {
    domain_name = "portal.example.org"
    origin_id   = "portal"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "portal"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
    minimum_protocol_version = "TLSv1.2_2021"
    ssl_support_method       = "sni-only"
  }
  restrictions {
    geo_restriction { restriction_type = "none" }
  }
}
resource "aws_backup_vault" "phi" {
  name        = "phi-vault"
  kms_key_arn = aws_kms_key.k.arn
}
resource "aws_backup_vault_lock_configuration" "phi" {
  backup_vault_name  = aws_backup_vault.phi.name
  min_retention_days = 35
}
"#,
        )],
        &Options::default(),
    );
    assert!(m.unit.diagnostics.is_empty(), "{:?}", m.unit.diagnostics);
    let t = one(&m, "aws_dynamodb_table.claims");
    assert_eq!(t.kind, "AWS::DynamoDB::Table");
    assert_eq!(value(t, "SSESpecification.SSEEnabled"), &Value::Bool(true));
    assert_eq!(
        value(t, "SSESpecification.SSEType"),
        &Value::Str("KMS".into())
    );
    assert!(matches!(
        value(t, "SSESpecification.KMSMasterKeyId"),
        Value::Ref { .. }
    ));
    assert_eq!(
        value(
            t,
            "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled"
        ),
        &Value::Bool(true)
    );
    assert_eq!(value(t, "KeySchema.0.KeyType"), &Value::Str("HASH".into()));
    let lt = one(&m, "aws_launch_template.ehr");
    assert_eq!(
        value(lt, "LaunchTemplateData.BlockDeviceMappings.0.Ebs.Encrypted"),
        &Value::Bool(true)
    );
    assert_eq!(
        value(lt, "LaunchTemplateData.MetadataOptions.HttpTokens"),
        &Value::Str("required".into())
    );
    let rg = one(&m, "aws_elasticache_replication_group.sessions");
    assert_eq!(value(rg, "AuthToken"), &Value::Secret);
    assert_eq!(
        value(rg, "CacheNodeType"),
        &Value::Str("cache.r6g.large".into())
    );
    let lb = one(&m, "aws_lb.portal");
    assert_eq!(value(lb, "Scheme"), &Value::Str("internet-facing".into()));
    assert_eq!(
        value(lb, "LoadBalancerAttributes.0.Key"),
        &Value::Str("access_logs.s3.enabled".into())
    );
    assert_eq!(
        value(lb, "LoadBalancerAttributes.0.Value"),
        &Value::Str("true".into())
    );
    let l = one(&m, "aws_lb_listener.http");
    assert_eq!(
        value(l, "DefaultActions.0.RedirectConfig.Protocol"),
        &Value::Str("HTTPS".into())
    );
    let s = one(&m, "aws_sns_topic_subscription.alerts");
    assert_eq!(s.kind, "AWS::SNS::Subscription");
    assert_eq!(value(s, "Protocol"), &Value::Str("https".into()));
    assert_eq!(
        value(
            one(&m, "aws_kinesis_stream.vitals"),
            "StreamEncryption.EncryptionType"
        ),
        &Value::Str("KMS".into())
    );
    let cf = one(&m, "aws_cloudfront_distribution.portal");
    assert_eq!(
        value(
            cf,
            "DistributionConfig.Origins.0.CustomOriginConfig.OriginProtocolPolicy"
        ),
        &Value::Str("https-only".into())
    );
    assert_eq!(
        value(
            cf,
            "DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy"
        ),
        &Value::Str("redirect-to-https".into())
    );
    assert_eq!(
        value(
            cf,
            "DistributionConfig.ViewerCertificate.MinimumProtocolVersion"
        ),
        &Value::Str("TLSv1.2_2021".into())
    );
    let v = one(&m, "aws_backup_vault.phi");
    assert_eq!(
        value(v, "LockConfiguration.MinRetentionDays"),
        &Value::Int(35)
    );
    assert!(
        m.unit
            .resources
            .iter()
            .all(|r| r.source_type != "random_password")
    );
}

#[test]
fn an_attachment_that_may_not_exist_leaves_its_target_unknown() {
    let m = read(
        &[(
            "infra/main.tf",
            r#"
variable "encrypt" { type = bool }
resource "aws_s3_bucket" "b" { bucket = "referrals" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  count  = var.encrypt ? 1 : 0
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}
"#,
        )],
        &Options::default(),
    );
    let b = one(&m, "aws_s3_bucket.b");
    assert!(
        matches!(value(b, "BucketEncryption.ServerSideEncryptionConfiguration"), Value::Unknown(r) if r.contains("exists only if")),
        "{:#?}",
        b.attributes
    );
}

#[test]
fn modules_installed_by_terraform_init_are_read() {
    let m = read(
        &[
            (
                "infra/main.tf",
                "module \"db\" {\n  source  = \"terraform-aws-modules/rds/aws\"\n  version = \"6.0.0\"\n  encrypt = false\n}\n",
            ),
            (
                "infra/.terraform/modules/modules.json",
                r#"{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"db","Source":"registry.terraform.io/terraform-aws-modules/rds/aws","Version":"6.0.0","Dir":".terraform/modules/db"}]}"#,
            ),
            (
                "infra/.terraform/modules/db/main.tf",
                "variable \"encrypt\" {}\nresource \"aws_db_instance\" \"this\" { storage_encrypted = var.encrypt }\n",
            ),
        ],
        &Options::default(),
    );
    assert_eq!(
        value(
            one(&m, "module.db.aws_db_instance.this"),
            "StorageEncrypted"
        ),
        &Value::Bool(false)
    );
}

#[test]
fn plans_read_child_modules_sensitive_values_and_module_references() {
    let plan = r#"{
  "format_version": "1.2",
  "planned_values": { "root_module": { "child_modules": [ {
    "address": "module.cache",
    "resources": [
      { "address": "module.cache.aws_elasticache_replication_group.this", "mode": "managed",
        "type": "aws_elasticache_replication_group", "name": "this",
        "values": { "replication_group_id": "sessions", "auth_token": "s3cr3t-t0ken-value",
                    "transit_encryption_enabled": true, "tags": { "phi": "true" } },
        "sensitive_values": { "auth_token": true } },
      { "address": "module.cache.aws_kms_key.this", "mode": "managed", "type": "aws_kms_key", "name": "this",
        "values": { "description": "cache" } }
    ] } ] } },
  "resource_changes": [
    { "address": "module.cache.aws_elasticache_replication_group.this", "module_address": "module.cache",
      "mode": "managed", "type": "aws_elasticache_replication_group", "name": "this",
      "change": { "actions": ["create"], "after_unknown": { "kms_key_id": true, "arn": true } } }
  ],
  "configuration": { "root_module": { "module_calls": { "cache": { "source": "./modules/cache", "module": {
    "resources": [ { "address": "aws_elasticache_replication_group.this", "mode": "managed",
      "type": "aws_elasticache_replication_group", "name": "this",
      "expressions": { "kms_key_id": { "references": ["aws_kms_key.this.arn", "aws_kms_key.this"] },
                       "auth_token": { "references": ["var.auth_token"] } } } ] } } } } }
}"#;
    let unit = read_plan("plan.json", plan).unwrap().unwrap();
    let rg = unit
        .resources
        .iter()
        .find(|r| r.name == "module.cache.aws_elasticache_replication_group.this")
        .unwrap();
    assert_eq!(value(rg, "AuthToken"), &Value::Secret);
    assert_eq!(
        value(rg, "KmsKeyId"),
        &Value::Ref {
            target: "module.cache.aws_kms_key.this".into(),
            attribute: Some("Arn".into())
        }
    );
    assert!(rg.get("Arn").is_absent(), "computed, not written");
    assert_eq!(rg.tag("phi"), Some("true"));
}

#[test]
fn rules_origins_and_account_settings_take_their_cloudformation_shape() {
    let m = read(
        &[(
            "infra/main.tf",
            r#"
variable "partner_cidrs" { type = list(string) }
resource "aws_security_group" "feed" {
  name = "hl7-feed"
  ingress {
    protocol    = "tcp"
    from_port   = 2575
    to_port     = 2575
    cidr_blocks = var.partner_cidrs
  }
  ingress {
    protocol        = "tcp"
    from_port       = 443
    to_port         = 443
    cidr_blocks     = ["10.0.0.0/16", "0.0.0.0/0"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }
}
resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = aws_security_group.feed.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_cloudfront_distribution" "portal" {
  enabled = true
  origin {
    origin_id   = "assets"
    domain_name = "assets.s3.amazonaws.com"
  }
  origin {
    origin_id   = "api"
    domain_name = "api.example-health.org"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}
resource "aws_ebs_encryption_by_default" "on" {}
"#,
        )],
        &Options::default(),
    );
    let sg = one(&m, "aws_security_group.feed");
    assert!(matches!(
        value(sg, "SecurityGroupIngress.0.CidrIp"),
        Value::Unknown(_)
    ));
    // One entry per address range and peer, as CloudFormation writes them.
    assert_eq!(
        value(sg, "SecurityGroupIngress.2.CidrIp"),
        &Value::Str("0.0.0.0/0".into())
    );
    assert_eq!(
        value(sg, "SecurityGroupIngress.3.SourceSecurityGroupId"),
        &Value::Str("sg-0a1b2c3d4e5f60718".into())
    );
    // The standalone rule is its own egress resource, naming its group.
    let out = one(&m, "aws_security_group_rule.out");
    assert_eq!(out.kind, "AWS::EC2::SecurityGroupEgress");
    assert_eq!(value(out, "IpProtocol"), &Value::Str("-1".into()));
    let cf = one(&m, "aws_cloudfront_distribution.portal");
    assert_eq!(
        value(
            cf,
            "DistributionConfig.Origins.0.S3OriginConfig.OriginAccessIdentity"
        ),
        &Value::Str(String::new())
    );
    assert!(
        cf.get("DistributionConfig.Origins.1.S3OriginConfig")
            .is_absent()
    );
    let ebs = one(&m, "aws_ebs_encryption_by_default.on");
    assert_eq!(ebs.kind, "AWS::EC2::EBSEncryptionByDefault");
    assert_eq!(value(ebs, "Enabled"), &Value::Bool(true));
}

#[test]
fn a_module_with_an_unknown_for_each_is_judged_once() {
    let m = read(
        &[
            (
                "infra/main.tf",
                r#"data "aws_caller_identity" "me" {}
locals { groups = { one = { owner = data.aws_caller_identity.me.account_id } } }
module "nodes" {
  source   = "./nodes"
  for_each = local.groups != null ? local.groups : {}
  name     = each.key
}
resource "aws_sqs_queue" "q" { kms_master_key_id = module.nodes["one"].key }
"#,
            ),
            (
                "infra/nodes/main.tf",
                "variable \"name\" {}\nresource \"aws_kms_key\" \"k\" {}\nresource \"aws_sqs_queue\" \"n\" { name = var.name }\noutput \"key\" { value = aws_kms_key.k.arn }\n",
            ),
        ],
        &Options::default(),
    );
    let n = one(&m, "module.nodes.aws_sqs_queue.n");
    assert!(
        matches!(value(n, "QueueName"), Value::Unknown(r) if r.contains("each.key of module.nodes"))
    );
    assert_eq!(
        value(one(&m, "aws_sqs_queue.q"), "KmsMasterKeyId"),
        &Value::Ref {
            target: "module.nodes.aws_kms_key.k".into(),
            attribute: Some("Arn".into())
        }
    );
    assert!(
        m.unit
            .diagnostics
            .iter()
            .any(|d| d.message.contains("judged once")
                && d.location.as_ref().is_some_and(|l| l.line == 3))
    );
}

#[test]
fn try_falls_through_an_invalid_condition() {
    let m = read(
        &[(
            "infra/main.tf",
            r#"variable "versioning" { default = { status = true, mfa_delete = false } }
resource "aws_sqs_queue" "q" {
  name = try(var.versioning["enabled"] ? "Enabled" : "Suspended", tobool(var.versioning["status"]) ? "Enabled" : "Suspended", "none")
}
resource "aws_sqs_queue" "r" {
  name = try(upper(var.versioning["missing"]), "${var.versioning["missing"]}-x", "fallback")
}
"#,
        )],
        &Options::default(),
    );
    assert_eq!(
        value(one(&m, "aws_sqs_queue.q"), "QueueName"),
        &Value::Str("Enabled".into())
    );
    assert_eq!(
        value(one(&m, "aws_sqs_queue.r"), "QueueName"),
        &Value::Str("fallback".into())
    );
}
