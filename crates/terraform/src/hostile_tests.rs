//! Hostile and mistaken configurations: each is read quickly, in bounded memory, and
//! what is refused or over budget is an unknown value with a located warning.

use super::*;
use crate::MemLoader;
use phiguard_model::{Level, Lookup, Value};

fn read(files: &[(&str, &str)]) -> ModuleRead {
    let loader = MemLoader(
        files
            .iter()
            .map(|(p, t)| (PathBuf::from(p), t.to_string()))
            .collect(),
    );
    read_module(Path::new("infra"), &[], &Options::default(), &loader)
}

/// The value of `QueueName` of queue `name`.
fn queue_name(m: &ModuleRead, name: &str) -> Value {
    let r = m
        .unit
        .resources
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no {name}"));
    match r.get("QueueName") {
        Lookup::Set(n) | Lookup::Unknown(n) => n.value.clone(),
        Lookup::Absent => panic!("no QueueName on {name}: {:#?}", r.attributes),
    }
}

fn unknown_because(v: &Value, part: &str) -> bool {
    matches!(v, Value::Unknown(r) if r.contains(part))
}

/// Asserts a warning containing `part` located in `file` at `line`.
fn warned(m: &ModuleRead, part: &str, file: &str, line: u32) {
    assert!(
        m.unit.diagnostics.iter().any(|d| d.level == Level::Warning
            && d.message.contains(part)
            && d.location
                .as_ref()
                .is_some_and(|l| &*l.file == file && l.line == line)),
        "no warning '{part}' at {file}:{line} in {:#?}",
        m.unit.diagnostics
    );
}

#[test]
fn a_template_that_includes_itself_stops_at_the_depth_limit() {
    let m = read(&[
        (
            "infra/main.tf",
            "resource \"aws_sqs_queue\" \"q\" {\n  name = templatefile(\"${path.module}/t.tpl\", {})\n}\n",
        ),
        ("infra/t.tpl", "x${templatefile(\"t.tpl\", {})}"),
    ]);
    assert!(unknown_because(
        &queue_name(&m, "aws_sqs_queue.q"),
        "nests more than"
    ));
    warned(&m, "nests more than", "infra/t.tpl", 1);
}

#[test]
fn policy_documents_that_include_each_other_are_unknown_with_a_warning() {
    let m = read(&[(
        "infra/main.tf",
        r#"data "aws_iam_policy_document" "a" {
  source_policy_documents = [data.aws_iam_policy_document.b.json]
}
data "aws_iam_policy_document" "b" {
  override_policy_documents = [data.aws_iam_policy_document.a.json]
}
data "aws_iam_policy_document" "self" {
  source_policy_documents = [data.aws_iam_policy_document.self.json]
}
data "aws_iam_policy_document" "c" {
  source_policy_documents = [data.aws_iam_policy_document.d.json]
}
data "aws_iam_policy_document" "d" {
  source_policy_documents = [data.aws_iam_policy_document.c.json]
}
resource "aws_sqs_queue" "a" { name = data.aws_iam_policy_document.a.json }
resource "aws_sqs_queue" "s" { name = data.aws_iam_policy_document.self.json }
resource "aws_sqs_queue" "c" { name = data.aws_iam_policy_document.c.json }
"#,
    )]);
    assert!(matches!(
        queue_name(&m, "aws_sqs_queue.a"),
        Value::Unknown(_)
    ));
    warned(
        &m,
        "aws_iam_policy_document.a includes its own",
        "infra/main.tf",
        1,
    );
    for q in ["s", "c"] {
        let v = queue_name(&m, &format!("aws_sqs_queue.{q}"));
        assert!(
            unknown_because(&v, "includes its own document"),
            "{q}: {v:?}"
        );
    }
    warned(
        &m,
        "aws_iam_policy_document.self includes its own",
        "infra/main.tf",
        7,
    );
    warned(
        &m,
        "aws_iam_policy_document.c includes its own",
        "infra/main.tf",
        10,
    );
}

#[test]
fn nested_loops_over_huge_ranges_are_unknown() {
    let m = read(&[(
        "infra/main.tf",
        r#"locals {
  big    = [for i in range(100000) : [for j in range(100000) : j]]
  square = [for i in range(10000) : [for j in range(10000) : j]]
}
resource "aws_sqs_queue" "a" { name = length(local.big) }
resource "aws_sqs_queue" "b" { name = length(local.square) }
resource "aws_sqs_queue" "c" { name = length(range(10000)) }
"#,
    )]);
    assert!(unknown_because(
        &queue_name(&m, "aws_sqs_queue.a"),
        "range() would give more than 10000"
    ));
    warned(&m, "range() would give more than 10000", "infra/main.tf", 2);
    assert!(unknown_because(
        &queue_name(&m, "aws_sqs_queue.b"),
        "more than 250000 elements"
    ));
    warned(&m, "more than 250000 elements", "infra/main.tf", 3);
    // Within the limits, values are still computed.
    assert_eq!(queue_name(&m, "aws_sqs_queue.c"), Value::Int(10000));
}

#[test]
fn a_count_over_the_cap_is_read_up_to_it_with_a_warning() {
    let m = read(&[(
        "infra/main.tf",
        "resource \"aws_sqs_queue\" \"q\" {\n  count = 20000\n  name  = jsonencode(range(100000))\n}\n",
    )]);
    assert_eq!(m.unit.resources.len(), 10_000);
    warned(
        &m,
        "count is 20000; only the first 10000",
        "infra/main.tf",
        2,
    );
    // One warning for the range, not one per instance.
    let ranges = m
        .unit
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("range()"))
        .count();
    assert_eq!(ranges, 1);
}

#[test]
fn a_count_of_large_values_runs_out_of_the_input_budget() {
    let m = read(&[(
        "infra/main.tf",
        "resource \"aws_sqs_queue\" \"q\" {\n  count = 10000\n  name  = [for j in range(10000) : j]\n}\n",
    )]);
    warned(&m, "over its evaluation budget", "infra/main.tf", 3);
    let last = queue_name(&m, "aws_sqs_queue.q[9999]");
    assert!(
        unknown_because(&last, "over its evaluation budget"),
        "{last:?}"
    );
    assert!(matches!(
        queue_name(&m, "aws_sqs_queue.q[0]"),
        Value::List(_)
    ));
}

#[test]
fn locals_doubling_forty_times_are_unknown() {
    let mut tf = String::from("locals {\n  l0 = [1, 2]\n  s0 = \"ab\"\n  m0 = { a = 1 }\n");
    for i in 1..=40 {
        let p = i - 1;
        tf.push_str(&format!(
            "  l{i} = concat(local.l{p}, local.l{p})\n  s{i} = \"${{local.s{p}}}${{local.s{p}}}\"\n  m{i} = merge(local.m{p}, {{ for k, v in local.m{p} : \"{i}${{k}}\" => v }})\n"
        ));
    }
    tf.push_str("}\nresource \"aws_sqs_queue\" \"l\" { name = length(local.l40) }\n");
    tf.push_str("resource \"aws_sqs_queue\" \"s\" { name = local.s40 }\n");
    tf.push_str("resource \"aws_sqs_queue\" \"m\" { name = length(local.m40) }\n");
    tf.push_str("resource \"aws_sqs_queue\" \"ok\" { name = length(local.l3) }\n");
    let m = read(&[("infra/main.tf", &tf)]);
    for q in ["l", "s", "m"] {
        let v = queue_name(&m, &format!("aws_sqs_queue.{q}"));
        assert!(unknown_because(&v, "is not evaluated"), "{q}: {v:?}");
    }
    assert_eq!(queue_name(&m, "aws_sqs_queue.ok"), Value::Int(16));
    assert!(
        m.unit
            .diagnostics
            .iter()
            .any(|d| d.message.contains("is not evaluated") && d.location.is_some())
    );
}

#[test]
fn a_module_that_calls_itself_keeps_the_root_resources() {
    let m = read(&[(
        "infra/main.tf",
        "module \"noop\" {\n  source = \"./\"\n  count  = 0\n}\nresource \"aws_sqs_queue\" \"q\" { name = \"kept\" }\n",
    )]);
    assert_eq!(queue_name(&m, "aws_sqs_queue.q"), Value::Str("kept".into()));
    warned(
        &m,
        "already being read (a cycle: infra -> infra)",
        "infra/main.tf",
        1,
    );
}

#[test]
fn modules_that_call_each_other_are_read_once() {
    let m = read(&[
        (
            "infra/main.tf",
            "module \"a\" { source = \"./a\" }\nresource \"aws_sqs_queue\" \"root\" { name = \"root\" }\n",
        ),
        (
            "infra/a/main.tf",
            "module \"b\" { source = \"../b\" }\nresource \"aws_sqs_queue\" \"a\" { name = \"a\" }\n",
        ),
        (
            "infra/b/main.tf",
            "module \"a\" { source = \"../a\" }\nresource \"aws_sqs_queue\" \"b\" { name = \"b\" }\n",
        ),
    ]);
    for q in [
        "aws_sqs_queue.root",
        "module.a.aws_sqs_queue.a",
        "module.a.module.b.aws_sqs_queue.b",
    ] {
        queue_name(&m, q);
    }
    warned(
        &m,
        "a cycle: infra -> infra/a -> infra/b -> infra/a",
        "infra/b/main.tf",
        1,
    );
}

#[test]
fn module_paths_and_file_paths_are_relative_to_the_calling_module() {
    let m = read(&[
        (
            "infra/main.tf",
            "module \"db\" { source = \"../modules/db\" }\nresource \"aws_sqs_queue\" \"root\" { name = file(\"${path.module}/name.txt\") }\n",
        ),
        ("infra/name.txt", "root-name"),
        (
            "modules/db/main.tf",
            "resource \"aws_sqs_queue\" \"q\" { name = \"${path.module}:${file(\"${path.module}/name.txt\")}\" }\n",
        ),
        ("modules/db/name.txt", "db-name"),
    ]);
    assert_eq!(
        queue_name(&m, "aws_sqs_queue.root"),
        Value::Str("root-name".into())
    );
    assert_eq!(
        queue_name(&m, "module.db.aws_sqs_queue.q"),
        Value::Str("../modules/db:db-name".into())
    );
}

#[test]
fn a_file_that_cannot_be_read_is_unknown_with_a_warning_naming_it() {
    let m = read(&[(
        "infra/main.tf",
        "resource \"aws_sqs_queue\" \"q\" {\n  name = file(\"missing.txt\")\n}\nresource \"aws_sqs_queue\" \"e\" { name = fileexists(\"missing.txt\") }\n",
    )]);
    assert!(unknown_because(
        &queue_name(&m, "aws_sqs_queue.q"),
        "missing.txt"
    ));
    warned(&m, "file 'missing.txt' is not read", "infra/main.tf", 2);
}

#[test]
fn sensitive_values_written_in_the_repository_stay_marked_as_literal() {
    let files = [
        (
            "infra/main.tf",
            r#"variable "from_default" {
  sensitive = true
  default   = "committed-1"
}
variable "from_tfvars" { sensitive = true }
variable "from_var" { sensitive = true }
variable "from_var_file" { sensitive = true }
resource "random_password" "p" { length = 32 }
module "db" {
  source   = "./db"
  literal  = "committed-2"
  computed = random_password.p.result
}
resource "aws_sqs_queue" "d" { name = var.from_default }
resource "aws_sqs_queue" "t" { name = "x-${var.from_tfvars}" }
resource "aws_sqs_queue" "v" { name = var.from_var }
resource "aws_sqs_queue" "f" { name = var.from_var_file }
"#,
        ),
        ("infra/terraform.tfvars", "from_tfvars = \"committed-3\"\n"),
        (
            "infra/db/main.tf",
            r#"variable "literal" { sensitive = true }
variable "computed" { sensitive = true }
resource "aws_sqs_queue" "l" { name = var.literal }
resource "aws_sqs_queue" "c" { name = var.computed }
"#,
        ),
        ("ci.tfvars", "from_var_file = \"given-1\"\n"),
    ];
    let loader = MemLoader(
        files
            .iter()
            .map(|(p, t)| (PathBuf::from(p), t.to_string()))
            .collect(),
    );
    let opts = Options {
        vars: vec![("from_var".into(), "given-2".into())],
        var_files: vec!["ci.tfvars".into()],
        ..Options::default()
    };
    let m = read_module(Path::new("infra"), &[], &opts, &loader);
    for (q, want) in [
        ("aws_sqs_queue.d", Value::LiteralSecret),
        ("aws_sqs_queue.t", Value::LiteralSecret),
        ("module.db.aws_sqs_queue.l", Value::LiteralSecret),
        ("aws_sqs_queue.v", Value::Secret),
        ("aws_sqs_queue.f", Value::Secret),
        ("module.db.aws_sqs_queue.c", Value::Secret),
    ] {
        assert_eq!(queue_name(&m, q), want, "{q}");
    }
}
