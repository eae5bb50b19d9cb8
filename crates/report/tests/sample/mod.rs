//! The fixed scan every report test renders: `tests/data/clinic.yaml` through the real
//! loader and real rules, plus a live bucket known only by its ARN and a scan-level
//! finding (neither has a file location), a suppression and a few attestations.

#![allow(dead_code)]

use phiguard_model::{Graph, Node, Origin, Resource, ResourceId};
use phiguard_report::{Attestation, InputFile, ScanResult};
use phiguard_rules::{Check, Config, Outcome, Rule, ScanOutcome, Severity, Suppression};
use sha2::{Digest, Sha256};

/// A whole-scan rule standing in for "a CloudTrail trail exists" (findings without a resource).
static TRAIL: Rule = Rule {
    id: "test-cloudtrail-trail",
    title: "A CloudTrail trail records API activity in the accounts that hold PHI (test rule)",
    severity: Severity::High,
    service: "AWS CloudTrail",
    section: "AWS CloudTrail",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.308(a)(1)(ii)(D)"],
    requirements: &["CLOUDTRAIL-ENABLED"],
    kinds: &[],
    phi_only: false,
    rationale: "Audit controls need a record of who did what to PHI.",
    remediation: "Add an `AWS::CloudTrail::Trail` with `IsLogging: true` and `IsMultiRegionTrail: true`.",
    check: Check::Scan(no_trail),
};

fn no_trail(_: &phiguard_rules::Ctx) -> Vec<ScanOutcome> {
    vec![(
        None,
        Outcome::fail("No CloudTrail trail is defined in the scanned templates"),
    )]
}

/// The scan time every golden uses.
pub const SCANNED_AT: &str = "2026-01-15T09:30:00Z";

fn attestations() -> Vec<Attestation> {
    vec![
        Attestation {
            id: "GEN-BAA-EXECUTED".into(),
            section: "Introduction".into(),
            statement: "Execute the AWS Business Associate Addendum and designate the accounts that hold PHI as HIPAA accounts before putting PHI in them.".into(),
            cfr: vec!["45 CFR 164.308(b)(1)".into(), "45 CFR 164.314(a)(1)".into()],
        },
        Attestation {
            id: "GEN-GUIDANCE-REEVALUATE".into(),
            section: "Encryption and protection of PHI in AWS".into(),
            statement: "Re-evaluate encryption choices whenever HHS updates its guidance on rendering PHI unusable.".into(),
            cfr: vec!["45 CFR 164.308(a)(1)(ii)(A)".into(), "45 CFR 164.308(a)(8)".into()],
        },
        Attestation {
            id: "EFS-NO-PHI-IN-FILENAMES".into(),
            section: "Amazon Elastic File System (Amazon EFS)".into(),
            statement: "Keep PHI out of file and folder names.".into(),
            cfr: vec!["45 CFR 164.312(a)(1)".into()],
        },
    ]
}

/// Loads templates (paths relative to the crate, as cargo runs tests there) into a
/// scan result with the given extra resources, config and rules.
pub fn scan_of(
    files: &[&str],
    live: Vec<Resource>,
    config: Config,
    rules: &[&'static Rule],
) -> ScanResult {
    let mut graph = Graph::new();
    let mut inputs = Vec::new();
    let mut diagnostics = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).expect("test template");
        let unit = phiguard_cloudformation::read(file, &text, &Default::default())
            .expect("parses")
            .expect("is a template");
        inputs.push(InputFile {
            path: file.to_string(),
            kind: "cloudformation".into(),
            sha256: Sha256::digest(text.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
            resources: unit.resources.len(),
        });
        diagnostics.extend(unit.diagnostics);
        graph.add_unit(unit.resources);
    }
    if !live.is_empty() {
        let unit = graph.new_unit();
        for mut r in live {
            r.unit = unit;
            graph.add(r);
        }
    }
    let (findings, phi) = phiguard_rules::run(&graph, &config, rules);
    ScanResult {
        graph,
        findings,
        diagnostics,
        inputs,
        phi_assumed: !phi.any_marked,
        phi,
        attestations: attestations(),
        scanned_at: SCANNED_AT.into(),
        rule_count: rules.len(),
        scope: Default::default(),
    }
}

fn rule(id: &str) -> &'static Rule {
    phiguard_rules::find(id).expect("rule exists")
}

/// The clinic scan: pass, fail, unknown, suppressed, a live ARN and a scan-level finding.
pub fn clinic() -> ScanResult {
    let live = Resource {
        id: ResourceId(0),
        unit: 0,
        name: "arn:aws:s3:::clinic-legacy-scans".into(),
        kind: "AWS::S3::Bucket".into(),
        source_type: "AWS::S3::Bucket".into(),
        origin: Origin::arn("arn:aws:s3:::clinic-legacy-scans"),
        attributes: Node::empty_map(),
        tags: Vec::new(),
        condition: None,
    };
    let config = Config {
        suppress: vec![Suppression {
            rule: "s3-bucket-encryption".into(),
            resource: Some("AnalyticsExports".into()),
            reason: "Holds de-identified extracts only (Safe Harbor); accepted in RISK-112".into(),
            owner: Some("privacy-office".into()),
            expires: phiguard_rules::Date::parse("2099-12-31"),
            source: phiguard_rules::suppress::Source::Config {
                file: "phiguard.toml".into(),
                line: Some(3),
            },
            ..Suppression::default()
        }],
        ..Config::default()
    };
    scan_of(
        &["tests/data/clinic.yaml"],
        vec![live],
        config,
        &[
            rule("s3-bucket-encryption"),
            rule("rds-storage-encrypted"),
            &TRAIL,
        ],
    )
}

/// A template whose resource names carry markup.
pub fn hostile() -> ScanResult {
    scan_of(
        &["tests/data/hostile.json"],
        Vec::new(),
        Config::default(),
        &[rule("s3-bucket-encryption")],
    )
}

/// A template whose names, tags and values carry terminal control sequences, under every rule.
pub fn control() -> ScanResult {
    scan_of(
        &["tests/data/control.json"],
        Vec::new(),
        Config::default(),
        phiguard_rules::all(),
    )
}

/// Renders a scan in a format, with default options.
pub fn render(scan: &ScanResult, format: &str) -> String {
    render_in(scan, format, phiguard_i18n::Lang::En)
}

/// Renders a scan in one format and language.
pub fn render_in(scan: &ScanResult, format: &str, lang: phiguard_i18n::Lang) -> String {
    let options = phiguard_report::Options {
        lang,
        ..Default::default()
    };
    let r = phiguard_report::renderer(format, &options).expect("known format");
    let mut out = Vec::new();
    r.render(scan, &mut out).expect("renders");
    String::from_utf8(out).expect("UTF-8")
}

/// A generated architecture of 200 resources in four templates (the same logical ids in
/// each): per unit a PHI bucket read by a worker that queues work for a consumer, which
/// writes a ledger table; workers also queue work in the next template by queue ARN. Some
/// consumers send PHI to Mechanical Turk, some ledgers and queues declare no
/// encryption, so hops fail for every reason. Flows derived and every rule run.
pub fn architecture() -> ScanResult {
    let mut graph = Graph::new();
    let mut inputs = Vec::new();
    let units_per_template = [7, 6, 6, 6];
    for (t, &units) in units_per_template.iter().enumerate() {
        let next = (t + 1) % units_per_template.len();
        let mut y = String::from("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n");
        for k in 0..units {
            let sse = if k % 3 == 1 {
                String::new()
            } else {
                "      KmsMasterKeyId: alias/aws/sqs\n".into()
            };
            let ledger_sse = if k % 4 == 2 {
                String::new()
            } else {
                "      SSESpecification: { SSEEnabled: true, SSEType: KMS }\n".into()
            };
            let mturk = if k == 3 {
                "              - { Effect: Allow, Action: mechanicalturk:CreateHIT, Resource: \"*\" }\n"
            } else {
                ""
            };
            y.push_str(&format!(
                r#"  Records{k}:
    Type: AWS::S3::Bucket
    Properties:
      Tags: [{{ Key: data-classification, Value: phi }}]
  WorkerRole{k}:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: work
          PolicyDocument:
            Statement:
              - {{ Effect: Allow, Action: s3:GetObject, Resource: !Sub "${{Records{k}.Arn}}/*" }}
              - {{ Effect: Allow, Action: sqs:SendMessage, Resource: [!GetAtt Outbox{k}.Arn, "arn:aws:sqs:us-east-1:111122223333:t{next}-outbox-{j}"] }}
  Worker{k}:
    Type: AWS::Lambda::Function
    Properties: {{ Role: !GetAtt WorkerRole{k}.Arn }}
  Outbox{k}:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: t{t}-outbox-{k}
{sse}  Mapping{k}:
    Type: AWS::Lambda::EventSourceMapping
    Properties: {{ EventSourceArn: !GetAtt Outbox{k}.Arn, FunctionName: !Ref Consumer{k} }}
  ConsumerRole{k}:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: consume
          PolicyDocument:
            Statement:
              - {{ Effect: Allow, Action: dynamodb:PutItem, Resource: !GetAtt Ledger{k}.Arn }}
{mturk}  Consumer{k}:
    Type: AWS::Lambda::Function
    Properties: {{ Role: !GetAtt ConsumerRole{k}.Arn }}
  Ledger{k}:
    Type: AWS::DynamoDB::Table
    Properties:
{ledger_sse}      BillingMode: PAY_PER_REQUEST
"#,
                j = (k + 2) % units_per_template[next],
            ));
        }
        let file = format!("architecture/clinic-{t}.yaml");
        let unit = phiguard_cloudformation::read(&file, &y, &Default::default())
            .expect("parses")
            .expect("is a template");
        inputs.push(InputFile {
            path: file,
            kind: "cloudformation".into(),
            sha256: String::new(),
            resources: unit.resources.len(),
        });
        graph.add_unit(unit.resources);
    }
    phiguard_flow::derive(&mut graph);
    let (findings, phi) = phiguard_rules::run(&graph, &Config::default(), phiguard_rules::all());
    ScanResult {
        graph,
        findings,
        diagnostics: Vec::new(),
        inputs,
        phi_assumed: !phi.any_marked,
        phi,
        attestations: attestations(),
        scanned_at: SCANNED_AT.into(),
        rule_count: phiguard_rules::all().len(),
        scope: Default::default(),
    }
}
