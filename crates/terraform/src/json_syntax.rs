//! Terraform's JSON syntax (`.tf.json`): rewritten into native syntax, one argument
//! per line, with a map from each written line back to the JSON position it came from.
//!
//! Without the provider schema, an object is a nested block unless its name is one of
//! the map arguments Terraform configurations use (`tags`, `variables`...); an array of
//! objects is a list of blocks. The vocabulary reads a single block and a map alike.

use phiguard_cloudformation::yaml::{self, Raw, RawKind};
use phiguard_model::{Diagnostic, Location};
use std::sync::Arc;

/// Arguments whose object value is a map, not a nested block.
const MAP_ARGUMENTS: &[&str] = &[
    "tags",
    "tags_all",
    "variables",
    "triggers",
    "labels",
    "parameters",
    "environment_variables",
    "recovery_point_tags",
    "request_parameters",
    "request_templates",
    "response_parameters",
];

/// Native syntax and, for each of its lines, the JSON (line, column) it was written from.
pub struct Rewritten {
    /// The configuration in native syntax.
    pub text: String,
    /// JSON position of each line of `text`.
    pub lines: Vec<(u32, u32)>,
}

struct Out {
    text: String,
    lines: Vec<(u32, u32)>,
}

impl Out {
    fn line(&mut self, s: &str, at: &Raw) {
        self.text.push_str(s);
        self.text.push('\n');
        self.lines.push((at.line, at.col));
    }
}

/// Rewrites a `.tf.json` file; invalid JSON gives a located error.
pub fn rewrite(path: &str, text: &str) -> Result<Rewritten, Diagnostic> {
    crate::plan::strict_json(path, text, "Terraform JSON file")?;
    let root = yaml::parse(text).map_err(|e| {
        Diagnostic::error(
            path,
            Some(Location::new(Arc::from(path), e.line, e.col)),
            format!("cannot parse Terraform JSON file: {}", e.message),
        )
        .l10n("diag-tf-json-parse", &[("error", &e.message)])
    })?;
    let mut out = Out {
        text: String::new(),
        lines: Vec::new(),
    };
    for (k, v) in root.entries() {
        match k.name.as_str() {
            "resource" | "data" => {
                for (ty, names) in v.entries() {
                    for (name, body) in names.entries() {
                        for b in bodies(body) {
                            out.line(
                                &format!("{} {} {} {{", k.name, quote(&ty.name), quote(&name.name)),
                                b,
                            );
                            block_body(&mut out, b);
                            out.line("}", b);
                        }
                    }
                }
            }
            "variable" => {
                for (name, b) in v.entries() {
                    out.line(&format!("variable {} {{", quote(&name.name)), b);
                    for (a, x) in b.entries() {
                        match (a.name.as_str(), x.as_str()) {
                            ("type", Some(t)) => out.line(&format!("type = {t}"), x),
                            _ => out.line(&format!("{} = {}", a.name, expr(x)), x),
                        }
                    }
                    out.line("}", b);
                }
            }
            "locals" => {
                for b in bodies(v) {
                    out.line("locals {", b);
                    attributes(&mut out, b);
                    out.line("}", b);
                }
            }
            "output" | "module" => {
                for (name, b) in v.entries() {
                    out.line(&format!("{} {} {{", k.name, quote(&name.name)), b);
                    attributes(&mut out, b);
                    out.line("}", b);
                }
            }
            "provider" => {
                for (name, b) in v.entries() {
                    for b in bodies(b) {
                        out.line(&format!("provider {} {{", quote(&name.name)), b);
                        block_body(&mut out, b);
                        out.line("}", b);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(Rewritten {
        text: out.text,
        lines: out.lines,
    })
}

fn bodies(r: &Raw) -> Vec<&Raw> {
    match &r.kind {
        RawKind::Seq(items) => items.iter().collect(),
        _ => vec![r],
    }
}

fn attributes(out: &mut Out, b: &Raw) {
    for (a, x) in b.entries() {
        if a.name != "//" {
            out.line(&format!("{} = {}", ident(&a.name), expr(x)), x);
        }
    }
}

fn block_body(out: &mut Out, b: &Raw) {
    for (a, x) in b.entries() {
        let name = a.name.as_str();
        let is_object = matches!(x.kind, RawKind::Map(_));
        let is_blocks = matches!(&x.kind, RawKind::Seq(items) if !items.is_empty() && items.iter().all(|i| matches!(i.kind, RawKind::Map(_))));
        match name {
            "//" => {}
            "dynamic" => {
                for (label, spec) in x.entries() {
                    out.line(&format!("dynamic {} {{", quote(&label.name)), spec);
                    for (k, v) in spec.entries() {
                        match (k.name.as_str(), v.as_str()) {
                            ("iterator", Some(i)) => out.line(&format!("iterator = {i}"), v),
                            ("content", _) => {
                                out.line("content {", v);
                                block_body(out, v);
                                out.line("}", v);
                            }
                            _ => out.line(&format!("{} = {}", ident(&k.name), expr(v)), v),
                        }
                    }
                    out.line("}", spec);
                }
            }
            "lifecycle" | "provisioner" | "connection" => {}
            _ if (is_object || is_blocks) && !MAP_ARGUMENTS.contains(&name) => {
                for item in bodies(x) {
                    out.line(&format!("{} {{", ident(name)), item);
                    block_body(out, item);
                    out.line("}", item);
                }
            }
            _ => out.line(&format!("{} = {}", ident(name), expr(x)), x),
        }
    }
}

/// A JSON value as a one-line native expression; strings stay templates.
fn expr(r: &Raw) -> String {
    match &r.kind {
        RawKind::Null => "null".into(),
        RawKind::Bool(b) => b.to_string(),
        RawKind::Int(i) => i.to_string(),
        RawKind::Float(f) => f.to_string(),
        RawKind::Str(s) => template(s),
        RawKind::Seq(items) => format!(
            "[{}]",
            items.iter().map(expr).collect::<Vec<_>>().join(", ")
        ),
        RawKind::Map(entries) => format!(
            "{{ {} }}",
            entries
                .iter()
                .map(|(k, v)| format!("{} = {}", quote(&k.name), expr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// A string as a native template: `${...}` and `%{...}` stay interpolations.
fn template(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A literal string (labels, object keys): no interpolation.
fn quote(s: &str) -> String {
    template(&s.replace("${", "$${").replace("%{", "%%{"))
}

/// An argument name, quoted as an object key if it is not an identifier.
fn ident(s: &str) -> String {
    let ok = s
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok { s.to_string() } else { quote(s) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_becomes_native_syntax_line_by_line() {
        let json = r#"{
  "variable": { "encrypt": { "type": "bool", "default": true } },
  "resource": {
    "aws_s3_bucket": {
      "records": {
        "bucket": "records-${var.encrypt}",
        "tags": { "phi": "true" },
        "versioning": { "enabled": true }
      }
    }
  }
}"#;
        let r = rewrite("main.tf.json", json).unwrap();
        assert!(hcl_edit::parser::parse_body(&r.text).is_ok(), "{}", r.text);
        assert!(
            r.text.contains("tags = { \"phi\" = \"true\" }"),
            "{}",
            r.text
        );
        assert!(r.text.contains("versioning {"), "{}", r.text);
        let bucket_line = r
            .text
            .lines()
            .position(|l| l.starts_with("bucket ="))
            .unwrap();
        assert_eq!(r.lines[bucket_line].0, 6);
    }
}
