//! Terraform HCL edited by position: `hcl-edit` parses the file with spans; an attribute
//! or nested block is written on its own line before the block's closing brace, a changed
//! value over the old one, a companion resource after the resource it belongs to. Comments
//! and formatting of everything else stay byte for byte.

use crate::text::{Edit, apply};
use crate::tf_fixes::{Target, TfOp};
use crate::{Applied, Job};
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
) -> Result<(), String> {
    let (name, rest) = path.split_first().ok_or("empty path")?;
    if rest.is_empty() {
        if let Some(a) = block.body.get_attribute(name) {
            let span = a.value.span().ok_or("no position")?;
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
        (Some(_), Some(_)) => Err(format!("several {name} blocks")),
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
fn insert(text: &str, block: &Block, lines: &str, out: &mut Vec<Edit>) -> Result<(), String> {
    let span = block.span().ok_or("no position")?;
    let close = text[..span.end].rfind('}').ok_or("no closing brace")?;
    let line_start = text[..close].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..close];
    if !before.chars().all(|c| c == ' ' || c == '\t')
        || text[span.start..close].trim_end().ends_with('{')
            && !text[span.start..close].contains('\n')
    {
        return Err("a one-line block the fixer does not edit".into());
    }
    let indent = format!("{before}  ");
    let mut s = String::new();
    for l in lines.lines() {
        s.push_str(&indent);
        s.push_str(l);
        s.push('\n');
    }
    out.push(Edit::insert(line_start, s));
    Ok(())
}

/// Applies `jobs` to one `.tf` file, in rounds as for CloudFormation.
pub(crate) fn fix_file(text: &str, jobs: Vec<Job>) -> (String, Vec<Applied>, Vec<(Job, String)>) {
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
                        .map(|j| (j, format!("the file does not parse: {e}"))),
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
                skipped.push((job, "not a resource address".into()));
                continue;
            };
            let Some(block) = resource(&body, ty, name) else {
                skipped.push((job, "the resource block is not in this file".into()));
                continue;
            };
            let Some(fix) = job.fix.tf else {
                skipped.push((job, "no Terraform fix for this rule yet".into()));
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
            let mut result = Ok(());
            for op in &ops {
                result = result.and_then(|_| match op {
                    TfOp::Set { block, path, expr } => set(&current, block, path, expr, &mut mine),
                    TfOp::AddAfter { text } => {
                        let end = target.block.span().ok_or("no position")?.end;
                        mine.push(Edit::insert(end, format!("\n\n{text}")));
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
            if mine.is_empty() {
                skipped.push((job, "the resource already has what the fix writes; the finding rests on something else".into()));
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
        let why = format!("the fixed file would not parse ({e}); nothing written");
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

    fn job(rule: &str, resource: &str, ty: &str) -> Job {
        Job {
            fix: crate::find(rule).unwrap(),
            resource: resource.into(),
            source_type: ty.into(),
        }
    }

    #[test]
    fn two_stores_join_the_selection_once_each() {
        let t = "resource \"aws_ebs_volume\" \"a\" {\n  size = 1\n}\n\nresource \"aws_efs_file_system\" \"b\" {\n}\n\nresource \"aws_backup_selection\" \"s\" {\n  name      = \"s\"\n  resources = [\n    aws_dynamodb_table.t.arn,\n  ]\n}\n";
        let jobs = vec![
            job(
                "backup-plan-covers-phi-stores",
                "aws_ebs_volume.a",
                "aws_ebs_volume",
            ),
            job(
                "backup-plan-covers-phi-stores",
                "aws_efs_file_system.b",
                "aws_efs_file_system",
            ),
        ];
        let (out, applied, skipped) = fix_file(t, jobs);
        let why: Vec<&String> = skipped.iter().map(|(_, w)| w).collect();
        assert!(skipped.is_empty(), "{why:?}");
        assert_eq!(applied.len(), 2);
        assert!(
            out.contains("  resources = [\n    aws_ebs_volume.a.arn,\n    aws_efs_file_system.b.arn,\n    aws_dynamodb_table.t.arn,\n  ]\n"),
            "{out}"
        );
    }

    #[test]
    fn a_new_backup_plan_is_written_once_for_two_stores() {
        let t = "resource \"aws_ebs_volume\" \"a\" {\n  size = 1\n}\n\nresource \"aws_ebs_volume\" \"b\" {\n  size = 2\n}\n";
        let jobs = vec![
            job(
                "backup-plan-covers-phi-stores",
                "aws_ebs_volume.a",
                "aws_ebs_volume",
            ),
            job(
                "backup-plan-covers-phi-stores",
                "aws_ebs_volume.b",
                "aws_ebs_volume",
            ),
        ];
        let (out, applied, _) = fix_file(t, jobs);
        assert_eq!(applied.len(), 2);
        assert_eq!(
            out.matches("resource \"aws_backup_plan\"").count(),
            1,
            "{out}"
        );
        assert!(
            out.contains("resources    = [aws_ebs_volume.b.arn, aws_ebs_volume.a.arn]"),
            "{out}"
        );
    }
}
