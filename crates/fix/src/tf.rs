//! Terraform HCL edited by position: `hcl-edit` parses the file with spans; an attribute
//! or nested block is written on its own line before the block's closing brace, a changed
//! value over the old one, a companion resource after the resource it belongs to. Comments
//! and formatting of everything else stay byte for byte.

use crate::text::{Edit, apply};
use crate::tf_fixes::{Target, TfOp};
use crate::{Applied, Job, Why};
use hcl_edit::Span;
use hcl_edit::structure::{Block, Body, Structure};
use std::collections::HashSet;

/// `aws_s3_bucket.b` from an address such as `module.m.aws_s3_bucket.b["k"]`.
pub fn type_and_name(address: &str) -> Option<(&str, &str)> {
    let mut rest = address;
    while let Some(r) = rest.strip_prefix("module.") {
        let end = r.find('.')?;
        let name = &r[..end];
        let after = &r[end + 1..];
        // `module.m["k"].aws_x.y`: skip the module's index too.
        rest = match name.find('[') {
            Some(_) => after,
            None => after,
        };
    }
    let rest = rest.split('[').next()?;
    let (ty, name) = rest.split_once('.')?;
    Some((ty, name))
}

/// The `resource "ty" "name"` block.
pub fn resource<'b>(body: &'b Body, ty: &str, name: &str) -> Option<&'b Block> {
    body.iter().find_map(|s| match s {
        Structure::Block(b) if b.has_ident("resource") && b.has_exact_labels(&[ty, name]) => {
            Some(b)
        }
        _ => None,
    })
}

/// Blocks of resource type `ty`, with their names.
pub fn resources<'b>(body: &'b Body, ty: &'b str) -> impl Iterator<Item = (&'b str, &'b Block)> {
    body.iter().filter_map(move |s| match s {
        Structure::Block(b)
            if b.has_ident("resource") && b.labels.len() == 2 && b.labels[0].as_str() == ty =>
        {
            Some((b.labels[1].as_str(), b))
        }
        _ => None,
    })
}

/// Whether the file declares `variable "name"`.
pub fn has_variable(body: &Body, name: &str) -> bool {
    body.iter()
        .any(|s| matches!(s, Structure::Block(b) if b.has_ident("variable") && b.has_exact_labels(&[name])))
}

/// Edits that set `path` (nested blocks, then the attribute) to `expr` in `block`.
pub fn set(
    text: &str,
    block: &Block,
    path: &[&str],
    expr: &str,
    out: &mut Vec<Edit>,
) -> Result<(), Why> {
    let (name, rest) = path.split_first().ok_or("fix-skip-empty-path")?;
    if rest.is_empty() {
        if let Some(a) = block.body.get_attribute(name) {
            let span = a.value.span().ok_or("fix-skip-no-position")?;
            if text[span.clone()].trim() != expr {
                out.push(Edit {
                    start: span.start,
                    end: span.end,
                    text: expr.to_string(),
                });
            }
            return Ok(());
        }
        return insert(text, block, &format!("{name} = {expr}"), out);
    }
    let mut nested = block.body.get_blocks(name);
    match (nested.next(), nested.next()) {
        (Some(b), None) => set(text, b, rest, expr, out),
        (Some(_), Some(_)) => Err(Why::with("fix-skip-several-blocks", &[("block", name)])),
        (None, _) => {
            let mut s = String::new();
            for (i, k) in rest.iter().enumerate() {
                let pad = "  ".repeat(i + 1);
                if i + 1 == rest.len() {
                    s.push_str(&format!("{pad}{k} = {expr}\n"));
                } else {
                    s.push_str(&format!("{pad}{k} {{\n"));
                }
            }
            for i in (0..rest.len() - 1).rev() {
                s.push_str(&format!("{}}}\n", "  ".repeat(i + 1)));
            }
            insert(text, block, &format!("{name} {{\n{s}}}"), out)
        }
    }
}

/// Inserts `lines` (relative indentation) on their own lines before `block`'s closing brace.
fn insert(text: &str, block: &Block, lines: &str, out: &mut Vec<Edit>) -> Result<(), Why> {
    let span = block.span().ok_or("fix-skip-no-position")?;
    let close = text[..span.end]
        .rfind('}')
        .ok_or("fix-skip-no-closing-brace")?;
    let line_start = text[..close].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..close];
    if !before.chars().all(|c| c == ' ' || c == '\t')
        || text[span.start..close].trim_end().ends_with('{')
            && !text[span.start..close].contains('\n')
    {
        return Err("fix-skip-one-line-block".into());
    }
    let indent = format!("{before}  ");
    let mut s = String::new();
    for l in lines.lines() {
        if !l.is_empty() {
            s.push_str(&indent);
        }
        s.push_str(l);
        s.push('\n');
    }
    out.push(Edit::insert(line_start, s));
    Ok(())
}

/// Applies `jobs` to one `.tf` file, in rounds as for CloudFormation.
pub(crate) fn fix_file(text: &str, jobs: Vec<Job>) -> (String, Vec<Applied>, Vec<(Job, Why)>) {
    let mut current = text.to_string();
    let mut pending = jobs;
    let mut applied = Vec::new();
    let mut skipped = Vec::new();
    let mut done = Vec::new();
    // `aws_x.y[0]` and `aws_x.y[1]` are one block: fix it once.
    let mut blocks = HashSet::new();
    pending.retain(|j| {
        blocks.insert((
            j.fix.rule,
            type_and_name(&j.resource).map(|(t, n)| format!("{t}.{n}")),
        ))
    });
    while !pending.is_empty() {
        let body = match hcl_edit::parser::parse_body(&current) {
            Ok(b) => b,
            Err(e) => {
                skipped.extend(
                    pending
                        .into_iter()
                        .map(|j| (j, Why::with("fix-skip-file-parse", &[("error", &e)]))),
                );
                break;
            }
        };
        let mut edits = Vec::new();
        let mut busy = HashSet::new();
        let mut variables = HashSet::new();
        let mut declared: HashSet<String> = HashSet::new();
        let mut deferred = Vec::new();
        for job in pending {
            let Some((ty, name)) = type_and_name(&job.resource) else {
                skipped.push((job, "fix-skip-not-an-address".into()));
                continue;
            };
            let Some(block) = resource(&body, ty, name) else {
                skipped.push((job, "fix-skip-block-elsewhere".into()));
                continue;
            };
            let Some(fix) = job.fix.tf else {
                skipped.push((job, "fix-skip-no-tf-fix".into()));
                continue;
            };
            let key = format!("{ty}.{name}");
            if busy.contains(&key) {
                deferred.push(job);
                continue;
            }
            let target = Target {
                text: &current,
                body: &body,
                block,
                ty,
                name,
            };
            let ops = match fix(&target) {
                Ok(ops) => ops,
                Err(e) => {
                    skipped.push((job, e));
                    continue;
                }
            };
            // Two jobs adding the same resource (a backup plan for two stores): the second
            // waits for the next round, where it finds the first one's.
            let adds: Vec<&str> = ops
                .iter()
                .filter_map(|o| match o {
                    TfOp::AddAfter { text } => Some(text.lines()),
                    _ => None,
                })
                .flatten()
                .filter(|l| l.starts_with("resource \""))
                .collect();
            if adds.iter().any(|l| declared.contains(*l)) {
                deferred.push(job);
                continue;
            }
            let mut mine = Vec::new();
            let mut shared = false;
            let mut result = Ok(());
            for op in &ops {
                result = result.and_then(|_| match op {
                    TfOp::Set { block, path, expr } => set(&current, block, path, expr, &mut mine),
                    TfOp::AddAfter { text } => {
                        let end = target.block.span().ok_or("fix-skip-no-position")?.end;
                        mine.push(Edit::insert(end, format!("\n\n{text}")));
                        Ok(())
                    }
                    TfOp::Append { block, lines } => insert(&current, block, lines, &mut mine),
                    TfOp::Declare { at, key, text } => {
                        let new = !current.contains(key.as_str());
                        if new && variables.insert(key.clone()) {
                            mine.push(Edit::insert(*at, format!("\n\n{text}")));
                        } else if new {
                            // Another fix of this round writes it (one flow log per VPC).
                            shared = true;
                        }
                        Ok(())
                    }
                    TfOp::Replace { start, end, text } => {
                        mine.push(Edit {
                            start: *start,
                            end: *end,
                            text: text.clone(),
                        });
                        Ok(())
                    }
                    TfOp::Insert { at, text } => {
                        mine.push(Edit::insert(*at, text.clone()));
                        Ok(())
                    }
                    TfOp::Variable { name, description } => {
                        if variables.insert(name.clone()) && !has_variable(&body, name) {
                            let end = current.trim_end().len();
                            mine.push(Edit::insert(end, format!("\n\nvariable \"{name}\" {{\n  description = \"{description}\"\n  type        = string\n}}")));
                        }
                        Ok(())
                    }
                });
            }
            if let Err(e) = result {
                skipped.push((job, e));
                continue;
            }
            if mine.is_empty() && !shared {
                skipped.push((job, "fix-skip-already-fixed".into()));
                continue;
            }
            busy.insert(key);
            declared.extend(adds.into_iter().map(str::to_string));
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
    if let Err(e) = hcl_edit::parser::parse_body(&current) {
        let why = Why::with("fix-skip-file-broken", &[("error", &e)]);
        skipped.extend(done.into_iter().map(|j| (j, why.clone())));
        return (text.to_string(), Vec::new(), skipped);
    }
    (current, applied, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_lose_their_module_path_and_index() {
        assert_eq!(
            type_and_name("aws_s3_bucket.b"),
            Some(("aws_s3_bucket", "b"))
        );
        assert_eq!(
            type_and_name("module.m.aws_s3_bucket.b[\"x.y\"]"),
            Some(("aws_s3_bucket", "b"))
        );
        assert_eq!(type_and_name("nonsense"), None);
    }

    #[test]
    fn an_attribute_goes_before_the_closing_brace_and_a_value_is_replaced_in_place() {
        let t = "resource \"aws_db_instance\" \"d\" {\n  engine = \"mysql\" # db\n  multi_az = false\n}\n";
        let body = hcl_edit::parser::parse_body(t).unwrap();
        let b = resource(&body, "aws_db_instance", "d").unwrap();
        let mut e = Vec::new();
        set(t, b, &["storage_encrypted"], "true", &mut e).unwrap();
        set(t, b, &["multi_az"], "true", &mut e).unwrap();
        set(
            t,
            b,
            &["metadata_options", "http_tokens"],
            "\"required\"",
            &mut e,
        )
        .unwrap();
        assert_eq!(
            apply(t, &e),
            "resource \"aws_db_instance\" \"d\" {\n  engine = \"mysql\" # db\n  multi_az = true\n  storage_encrypted = true\n  metadata_options {\n    http_tokens = \"required\"\n  }\n}\n"
        );
    }

    /// Runs `rule`'s fix on `resource` of `text`.
    fn fixed(rule: &str, resource: &str, text: &str) -> String {
        let job = Job {
            fix: crate::find(rule).unwrap(),
            resource: resource.into(),
            source_type: String::new(),
        };
        let (after, applied, skipped) = fix_file(text, vec![job]);
        assert_eq!(
            applied.len(),
            1,
            "{:?}",
            skipped.iter().map(|s| &s.1).collect::<Vec<_>>()
        );
        after
    }

    #[test]
    fn a_queue_policy_that_exists_gets_the_tls_statement_first() {
        let t = "resource \"aws_sqs_queue\" \"q\" {\n  name = \"q\"\n}\n\nresource \"aws_sqs_queue_policy\" \"q\" {\n  queue_url = aws_sqs_queue.q.url\n  policy = jsonencode({\n    Statement = [\n      { Effect = \"Allow\" },\n    ]\n  })\n}\n";
        let after = fixed("sqs-queue-tls-only", "aws_sqs_queue.q", t);
        assert!(
            after.contains(
                "    Statement = [\n      {\n        Sid       = \"DenyInsecureTransport\"\n"
            ),
            "{after}"
        );
        assert!(
            after.contains("        Resource  = aws_sqs_queue.q.arn\n        Condition = { Bool = { \"aws:SecureTransport\" = \"false\" } }\n      },\n      { Effect = \"Allow\" },\n"),
            "{after}"
        );
        assert_eq!(
            after.matches("resource \"aws_sqs_queue_policy\"").count(),
            1
        );
    }

    #[test]
    fn written_settings_are_turned_on_in_place() {
        let lb = "resource \"aws_lb\" \"p\" {\n  access_logs {\n    bucket  = \"logs\"\n    enabled = false\n  }\n}\n";
        assert_eq!(
            fixed("elb-access-logs", "aws_lb.p", lb),
            lb.replace("enabled = false", "enabled = true")
        );
        let db = "resource \"aws_db_parameter_group\" \"g\" {\n  family = \"mysql8.0\"\n  parameter {\n    name  = \"require_secure_transport\"\n    value = \"0\"\n  }\n}\n\nresource \"aws_db_instance\" \"d\" {\n  engine               = \"mysql\"\n  parameter_group_name = aws_db_parameter_group.g.id\n}\n";
        assert_eq!(
            fixed("rds-tls-enforced", "aws_db_instance.d", db),
            db.replace("\"0\"", "\"ON\"")
        );
    }

    #[test]
    fn every_container_that_logs_nowhere_gets_the_declared_log_group() {
        let t = "resource \"aws_cloudwatch_log_group\" \"app\" {\n  name = \"/ecs/app\"\n}\n\nresource \"aws_ecs_task_definition\" \"t\" {\n  container_definitions = jsonencode([\n    {\n      name = \"web\"\n    },\n    {\n      name             = \"worker\"\n      logConfiguration = { logDriver = \"awslogs\" }\n    },\n  ])\n}\n";
        let after = fixed("ecs-container-logging", "aws_ecs_task_definition.t", t);
        assert_eq!(after.matches("logConfiguration").count(), 2, "{after}");
        assert!(
            after.contains("      name = \"web\"\n      logConfiguration = {\n        logDriver = \"awslogs\"\n"),
            "{after}"
        );
        assert!(
            after.ends_with("\n\ndata \"aws_region\" \"current\" {}\n"),
            "{after}"
        );
    }

    #[test]
    fn a_vpc_gets_one_flow_log_when_two_fixes_want_it() {
        let t = "resource \"aws_vpc\" \"v\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n\nresource \"aws_subnet\" \"a\" {\n  vpc_id = aws_vpc.v.id\n}\n\nresource \"aws_instance\" \"i\" {\n  subnet_id = aws_subnet.a.id\n}\n";
        let jobs = ["vpc-flow-logs", "ec2-flow-logs"]
            .iter()
            .zip(["aws_vpc.v", "aws_instance.i"])
            .map(|(rule, resource)| Job {
                fix: crate::find(rule).unwrap(),
                resource: resource.into(),
                source_type: String::new(),
            })
            .collect();
        let (after, applied, _) = fix_file(t, jobs);
        assert_eq!(applied.len(), 2);
        assert_eq!(
            after.matches("resource \"aws_flow_log\" \"v\"").count(),
            1,
            "{after}"
        );
        assert!(after.starts_with("resource \"aws_vpc\" \"v\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n\nresource \"aws_flow_log\" \"v\" {\n  vpc_id               = aws_vpc.v.id\n"), "{after}");
        assert_eq!(
            after.matches("variable \"flow_logs_bucket\"").count(),
            1,
            "{after}"
        );
    }

    #[test]
    fn a_database_on_the_default_group_gets_a_tls_group_of_its_family() {
        let t = "resource \"aws_db_instance\" \"d\" {\n  engine         = \"postgres\"\n  engine_version = \"14.10\"\n}\n";
        assert_eq!(
            fixed("rds-tls-enforced", "aws_db_instance.d", t),
            "resource \"aws_db_instance\" \"d\" {\n  engine         = \"postgres\"\n  engine_version = \"14.10\"\n  parameter_group_name = aws_db_parameter_group.d_tls.name\n}\n\nresource \"aws_db_parameter_group\" \"d_tls\" {\n  family      = \"postgres14\"\n  description = \"Requires TLS for every connection (added by phiguard fix)\"\n\n  parameter {\n    name  = \"rds.force_ssl\"\n    value = \"1\"\n  }\n}\n"
        );
    }

    #[test]
    fn an_http_listener_beside_one_on_443_is_left_to_its_author() {
        let t = "resource \"aws_lb_listener\" \"https\" {\n  load_balancer_arn = aws_lb.p.arn\n  port              = 443\n  protocol          = \"HTTPS\"\n}\n\nresource \"aws_lb_listener\" \"http\" {\n  load_balancer_arn = aws_lb.p.arn\n  port              = 80\n  protocol          = \"HTTP\"\n}\n";
        let job = Job {
            fix: crate::find("elb-listener-tls").unwrap(),
            resource: "aws_lb_listener.http".into(),
            source_type: String::new(),
        };
        let (after, applied, skipped) = fix_file(t, vec![job]);
        assert!(applied.is_empty() && after == t);
        assert!(
            skipped[0].1.to_string().contains("already listens on 443"),
            "{:?}",
            skipped[0].1
        );
    }
}
