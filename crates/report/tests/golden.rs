//! Golden snapshots of every format over one fixed scan, and checks that each output
//! is valid for the tools that read it.

mod sample;

use phiguard_report::{FORMATS, Markdown, Render, Text};
use sample::{clinic, control, hostile, render};
use serde_json::Value;

#[test]
fn every_format_has_a_golden() {
    let scan = clinic();
    for format in FORMATS {
        let out = machine_free(render(&scan, format));
        insta::assert_snapshot!(*format, out);
    }
}

/// The report with the machine's checkout folder (SARIF's `originalUriBaseIds`) replaced.
fn machine_free(out: String) -> String {
    let marker = "\"uri\": \"file://";
    match out.find(marker) {
        Some(i) => {
            let start = i + marker.len();
            let end = start + out[start..].find('"').unwrap();
            format!("{}/CHECKOUT/{}", &out[..start], &out[end..])
        }
        None => out,
    }
}

#[test]
fn text_lists_attestations_on_request() {
    let scan = clinic();
    let mut out = Vec::new();
    Text {
        show_passed: false,
        show_attestations: true,
        sources: Default::default(),
        tr: Default::default(),
    }
    .render(&scan, &mut out)
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("[ ] GEN-BAA-EXECUTED"), "{out}");
    assert!(render(&scan, "text").contains("--attestations lists them"));
}

#[test]
fn sarif_is_valid_and_every_result_is_located_relative() {
    let scan = clinic();
    let sarif: Value = serde_json::from_str(&render(&scan, "sarif")).unwrap();
    let mut schema: Value =
        serde_json::from_str(include_str!("data/sarif-schema-2.1.0.json")).unwrap();
    // The published schema's patterns for `language` properties are not valid regexes
    // (a stray `]`), so the schema fails its own meta-schema; phiguard never writes them.
    assert!(drop_language_patterns(&mut schema) > 0, "schema changed");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF schema errors: {errors:#?}");
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(
        !validator.is_valid(&broken),
        "the validator checks something"
    );

    let run = &sarif["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let phys = &r["locations"][0]["physicalLocation"];
        let uri = phys["artifactLocation"]["uri"].as_str().unwrap();
        assert!(!uri.starts_with('/') && !uri.contains("://") && !uri.starts_with(".."));
        assert!(phys["region"]["startLine"].as_i64().unwrap() >= 1);
        assert!(phys["region"]["startColumn"].as_i64().unwrap() >= 1);
        assert!(
            r["partialFingerprints"]
                .as_object()
                .is_some_and(|m| !m.is_empty())
        );
        let rule = &run["tool"]["driver"]["rules"][r["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], r["ruleId"]);
    }
    // The live bucket (ARN only) has no file location; the scan-level finding is shown at
    // the first scanned input.
    assert_eq!(run["properties"]["omittedFindingCount"], 1);
    let account = results
        .iter()
        .find(|r| r["ruleId"] == "test-cloudtrail-trail")
        .expect("the account-level finding is a result");
    assert_eq!(
        account["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "tests/data/clinic.yaml"
    );
    assert!(
        run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
            .as_str()
            .is_some_and(|u| u.starts_with("file:///") && u.ends_with('/'))
    );
    assert_eq!(
        run["properties"]["attestations"].as_array().unwrap().len(),
        3
    );
    let unknown = results.iter().find(|r| r["kind"] == "review").unwrap();
    assert_eq!(unknown["level"], "note");
    let suppressed = results
        .iter()
        .find(|r| r["suppressions"].is_array())
        .unwrap();
    assert_eq!(suppressed["suppressions"][0]["kind"], "external");
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        assert!(rule["properties"]["security-severity"].is_string());
        assert!(
            rule["properties"]["tags"]
                .as_array()
                .unwrap()
                .contains(&Value::from("hipaa"))
        );
    }
}

/// Removes the `pattern` of every `language` property; returns how many.
fn drop_language_patterns(v: &mut Value) -> usize {
    match v {
        Value::Object(map) => {
            let mut n = 0;
            if let Some(Value::Object(lang)) = map.get_mut("language")
                && lang.remove("pattern").is_some()
            {
                n += 1;
            }
            n + map.values_mut().map(drop_language_patterns).sum::<usize>()
        }
        Value::Array(items) => items.iter_mut().map(drop_language_patterns).sum(),
        _ => 0,
    }
}

#[test]
fn junit_reads_back() {
    let xml = render(&clinic(), "junit");
    let report = quick_junit::Report::deserialize_from_str(&xml).expect("valid JUnit XML");
    // ClaimsArchive, ClaimsDb, the live bucket and the missing trail.
    assert_eq!(report.failures, 4, "{xml}");
    let manual = report
        .test_suites
        .iter()
        .find(|s| s.name.as_str() == "Manual attestations")
        .unwrap();
    assert_eq!(manual.test_cases.len(), 3);
}

#[test]
fn csv_has_fixed_columns() {
    let out = render(&clinic(), "csv");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.len(), 13);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|r| r.len() == 13));
    assert_eq!(rows.iter().filter(|r| &r[0] == "manual").count(), 3);
    assert!(rows.iter().any(|r| !r[12].is_empty() && &r[0] == "fail"));
}

#[test]
fn asff_findings_have_the_required_fields() {
    let out = render(&clinic(), "asff");
    let all: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert!(!all.is_empty());
    for f in &all {
        for key in [
            "SchemaVersion",
            "Id",
            "ProductArn",
            "GeneratorId",
            "AwsAccountId",
            "Types",
            "CreatedAt",
            "UpdatedAt",
            "Severity",
            "Title",
            "Description",
            "Resources",
        ] {
            assert!(!f[key].is_null(), "{key} missing in {f}");
        }
        assert!(f["Title"].as_str().unwrap().chars().count() <= 256);
        assert!(f["Description"].as_str().unwrap().chars().count() <= 1024);
    }
    let ids: std::collections::BTreeSet<&str> =
        all.iter().map(|f| f["Id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), all.len(), "finding ids are unique");
    assert!(all.iter().any(|f| f["Workflow"]["Status"] == "SUPPRESSED"));
}

#[test]
fn markdown_stays_under_its_cap() {
    let scan = clinic();
    let mut out = Vec::new();
    Markdown {
        max_bytes: 2_600,
        tr: Default::default(),
    }
    .render(&scan, &mut out)
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.len() <= 2_600, "{} bytes", out.len());
    assert!(out.contains("more rows were left out"), "{out}");
    assert_eq!(
        out.matches("<details>").count(),
        out.matches("</details>").count()
    );
}

#[test]
fn markup_in_resource_names_is_escaped() {
    let scan = hostile();
    assert!(scan.findings.iter().any(|f| {
        f.subject
            .as_ref()
            .is_some_and(|s| s.name.contains("<script>"))
    }));
    for format in ["html", "markdown", "junit"] {
        let out = render(&scan, format);
        assert!(
            !out.contains("<script>alert(1)</script>"),
            "{format} lets markup through"
        );
        assert!(!out.contains("<img"), "{format} lets markup through");
    }
    let html = render(&scan, "html");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
}

#[test]
fn html_makes_no_network_request() {
    let html = render(&clinic(), "html");
    for needle in [
        "src=",
        "<link",
        "@import",
        "url(http",
        "href=\"http",
        "fetch(",
    ] {
        assert!(!html.contains(needle), "HTML contains {needle}");
    }
    assert!(html.contains("<svg"));
    assert!(html.contains("Compliance matrix"));
}

#[test]
fn an_empty_scan_renders_in_every_format() {
    let scan = sample::scan_of(&[], Vec::new(), Default::default(), &[]);
    for format in FORMATS {
        let out = render(&scan, format);
        assert!(!out.is_empty(), "{format} wrote nothing");
    }
    let sarif: Value = serde_json::from_str(&render(&scan, "sarif")).unwrap();
    assert_eq!(sarif["runs"][0]["results"], Value::Array(Vec::new()));
}

/// Bytes a terminal acts on: C0 controls other than line feed and tab, DEL, C1 controls
/// (UTF-8 `C2 80`..`C2 9F`), and a carriage return not followed by a line feed.
fn raw_controls(out: &[u8]) -> Vec<(usize, u8)> {
    let mut bad = Vec::new();
    for (i, &b) in out.iter().enumerate() {
        let next = out.get(i + 1).copied();
        let hostile = match b {
            b'\n' | b'\t' => false,
            b'\r' => next != Some(b'\n'),
            0x00..=0x1f | 0x7f => true,
            0xc2 => next.is_some_and(|n| (0x80..=0x9f).contains(&n)),
            _ => false,
        };
        if hostile {
            bad.push((i, b));
        }
    }
    bad
}

#[test]
fn control_characters_never_reach_a_report_raw() {
    let scan = control();
    assert!(
        scan.findings
            .iter()
            .any(|f| f.subject.as_ref().is_some_and(|s| s.name.contains('\x1b'))),
        "the template's hostile logical ids reach the findings"
    );
    for format in FORMATS {
        let r = phiguard_report::renderer(format, &Default::default()).unwrap();
        let mut out = Vec::new();
        r.render(&scan, &mut out).unwrap();
        assert_eq!(
            raw_controls(&out),
            Vec::new(),
            "{format} passes raw controls"
        );
        // The terminal and plain-text formats show the escape instead of dropping it
        // (JSON and SARIF escape it as `\u001b`; JUnit's XML writer drops what XML forbids).
        let text = String::from_utf8(out).unwrap();
        if ["text", "csv", "markdown"].contains(format) {
            assert!(text.contains("Records␛"), "{format}: {text}");
        }
    }
    for format in phiguard_report::GRAPH_FORMATS {
        let r = phiguard_report::graph_renderer(format, Default::default()).unwrap();
        let mut out = Vec::new();
        r.render(&scan, &mut out).unwrap();
        assert_eq!(
            raw_controls(&out),
            Vec::new(),
            "graph {format} passes raw controls"
        );
    }
}
