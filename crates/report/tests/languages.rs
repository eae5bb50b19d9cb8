//! Every report format in every language: a known translated heading is there, the
//! English one is not, and identifiers (rule ids, JSON keys, CFR citations) are unchanged.

mod sample;

use phiguard_i18n::Lang;
use phiguard_report::FORMATS;
use sample::{clinic, render_in};

/// A heading or label each format shows, per language (written here, not read from the
/// message files, so a lost translation fails).
fn expected(format: &str, lang: Lang) -> &'static str {
    let row: [&str; 5] = match format {
        "text" => [
            "whitepaper:",
            "ホワイトペーパー:",
            "白皮书：",
            "백서:",
            "Behebung:",
        ],
        "json" => [
            "of this scan as one account",
            "1 つのアカウントとして",
            "视为一个账户",
            "하나의 계정으로",
            "als ein Konto",
        ],
        "sarif" => [
            "Whitepaper section:",
            "ホワイトペーパーのセクション:",
            "白皮书章节：",
            "백서 섹션:",
            "Abschnitt des Whitepapers:",
        ],
        "junit" => [
            "Manual attestations",
            "手動による証明",
            "人工证明",
            "수동 증명",
            "Manuelle Bestätigungen",
        ],
        "csv" => ["severity", "重大度", "严重性", "심각도", "Schweregrad"],
        "markdown" => [
            "HIPAA-on-AWS check",
            "HIPAA-on-AWS チェック",
            "HIPAA-on-AWS 检查",
            "HIPAA-on-AWS 검사",
            "HIPAA-on-AWS-Prüfung",
        ],
        "asff" => [
            "Whitepaper section:",
            "ホワイトペーパーのセクション:",
            "白皮书章节：",
            "백서 섹션:",
            "Abschnitt des Whitepapers:",
        ],
        "html" => [
            "HIPAA-on-AWS compliance report",
            "HIPAA-on-AWS コンプライアンスレポート",
            "HIPAA-on-AWS 合规性报告",
            "HIPAA-on-AWS 규정 준수 보고서",
            "HIPAA-on-AWS-Compliance-Bericht",
        ],
        other => panic!("no expected heading for format {other}"),
    };
    row[Lang::ALL.iter().position(|l| *l == lang).unwrap()]
}

#[test]
fn every_format_speaks_every_language() {
    let scan = clinic();
    for format in FORMATS {
        let english = render_in(&scan, format, Lang::En);
        assert!(english.contains(expected(format, Lang::En)), "{format} en");
        for lang in Lang::ALL.into_iter().skip(1) {
            let out = render_in(&scan, format, lang);
            let want = expected(format, lang);
            assert!(
                out.contains(want),
                "{format} in {lang} lacks {want:?}:\n{out}"
            );
            assert!(
                !out.contains(expected(format, Lang::En)),
                "{format} in {lang} still has the English {:?}",
                expected(format, Lang::En)
            );
            // Identifiers stay: rule ids and CFR citations.
            for id in ["s3-bucket-encryption", "164.312(a)(2)(iv)"] {
                assert!(out.contains(id), "{format} in {lang} lost {id}");
            }
        }
    }
}

#[test]
fn machine_formats_keep_their_structure() {
    let scan = clinic();
    for format in ["json", "sarif", "asff"] {
        let en: serde_json::Value =
            serde_json::from_str(&render_in(&scan, format, Lang::En)).unwrap();
        for lang in Lang::ALL.into_iter().skip(1) {
            let other: serde_json::Value =
                serde_json::from_str(&render_in(&scan, format, lang)).unwrap();
            assert_eq!(
                shape(&en),
                shape(&other),
                "{format} in {lang}: keys changed"
            );
        }
    }
    // Verdict and severity values in JSON are identifiers, not words.
    let ja: serde_json::Value = serde_json::from_str(&render_in(&scan, "json", Lang::Ja)).unwrap();
    let f = &ja["findings"][0];
    assert!(
        ["fail", "pass", "unknown", "not_applicable"].contains(&f["verdict"].as_str().unwrap())
    );
}

/// The keys of a JSON value, recursively (array items by position), without the values.
fn shape(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => m.iter().map(|(k, v)| (k.clone(), shape(v))).collect(),
        serde_json::Value::Array(a) => a.iter().map(shape).collect(),
        _ => serde_json::Value::Null,
    }
}

#[test]
fn finding_messages_with_a_fluent_form_are_translated_whole() {
    let scan = clinic();
    let with_form = scan.findings.iter().filter(|f| f.l10n.is_some()).count();
    assert!(
        with_form > 0,
        "the sample has no finding with a Fluent form"
    );
    let ja: serde_json::Value = serde_json::from_str(&render_in(&scan, "json", Lang::Ja)).unwrap();
    let messages: Vec<&str> = ja["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    for (f, shown) in scan.findings.iter().zip(&messages) {
        match &f.l10n {
            // Translated: no English sentence of it is left.
            Some(_) => assert!(
                !shown.contains(f.message.split(['.', ';']).next().unwrap()),
                "{shown:?} still holds English {:?}",
                f.message
            ),
            // No Fluent form: the English message, whole.
            None => assert_eq!(*shown, f.message),
        }
    }
    assert!(
        messages
            .iter()
            .any(|m| m.contains("デフォルト暗号化 aws:kms が宣言されています。")),
        "{messages:?}"
    );
}

#[test]
fn a_shared_helper_message_translates_its_phrase_too() {
    // require_true's "what" is a message reference: rendered in the report's language, so
    // the sentence mixes no English phrase into Japanese.
    let p = phiguard_rules::MessagePart {
        id: "helper-true-off",
        args: vec![("path", "Encrypted".into())],
        refs: vec![("what", "what-ebs-encryption")],
        nested: Vec::new(),
    };
    let en = phiguard_report::l10n::part(phiguard_i18n::Tr::new(Lang::En), &p);
    assert_eq!(en, "EBS encryption is off: Encrypted is false");
    let ja = phiguard_report::l10n::part(phiguard_i18n::Tr::new(Lang::Ja), &p);
    assert_eq!(ja, "EBS 暗号化 が無効です: Encrypted は false です。");
}

#[test]
fn sarif_attestations_speak_the_language_of_the_json_report() {
    let scan = clinic();
    for lang in Lang::ALL {
        let sarif: serde_json::Value =
            serde_json::from_str(&render_in(&scan, "sarif", lang)).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&render_in(&scan, "json", lang)).unwrap();
        let attestations = &sarif["runs"][0]["properties"]["attestations"];
        assert!(!attestations.as_array().unwrap().is_empty());
        assert_eq!(attestations, &json["attestations"], "{lang}");
    }
}
