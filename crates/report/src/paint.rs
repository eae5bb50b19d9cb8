//! Colour for the terminal report, added after [`crate::neutralise`] has made every
//! control character from the scanned files visible: the only escape sequences in a
//! painted report are the ones added here.

use crate::l10n;
use phiguard_i18n::{FluentValue, Tr};
use phiguard_model::Level;
use phiguard_rules::{Severity, Verdict};

/// ANSI SGR codes per leading word of a line of the text report, in the report's
/// language: the words are taken from the messages the text report writes them with.
fn styles(tr: Tr) -> Vec<(String, &'static str)> {
    // A finding's tag is written upper-case and padded, so a space always follows it.
    let tag = |word: String| format!("{} ", word.to_uppercase());
    vec![
        (tag(l10n::severity(tr, Severity::Critical)), "1;31"),
        (tag(l10n::severity(tr, Severity::High)), "31"),
        (tag(l10n::severity(tr, Severity::Medium)), "33"),
        (tag(l10n::severity(tr, Severity::Low)), "36"),
        (tag(l10n::verdict(tr, Verdict::Unknown)), "35"),
        (tag(l10n::verdict(tr, Verdict::Pass)), "32"),
        (tag(l10n::verdict(tr, Verdict::NotApplicable)), "2"),
        (l10n::diagnostic_level(tr, Level::Error), "1;31"),
        (l10n::diagnostic_level(tr, Level::Warning), "1;33"),
        ("note:".to_string(), "2"),
        (
            format!("  {}", lead(tr, "text-suppressed", &["reason"], false)),
            "2",
        ),
        (
            format!(
                "  {}",
                lead(tr, "suppression-expired", &["date", "reason"], true)
            ),
            "1;33",
        ),
    ]
}

/// The words message `id` (with arguments `args`) starts with, before its first argument:
/// `suppressed:` of `suppressed: { $reason }`. With `preposition`, a last word separated
/// from the argument by a space introduces it (`on` of `suppression expired on { $date }`)
/// and is left out, unless it is the only word.
fn lead(tr: Tr, id: &str, args: &[&str], preposition: bool) -> String {
    const MARK: &str = "\u{e000}";
    let args: Vec<(&str, FluentValue<'_>)> =
        args.iter().map(|a| (*a, FluentValue::from(MARK))).collect();
    let text = tr.args(id, &args);
    let head = text.split(MARK).next().unwrap_or_default();
    let words = head.trim_end_matches([' ', '(', '（']);
    match words.rsplit_once(' ') {
        Some((before, _)) if preposition && head.ends_with(' ') => before.to_string(),
        _ => words.to_string(),
    }
}

/// `text` (a neutralised text report in `tr`'s language) with its verdict tags,
/// diagnostics' levels and suppression notes coloured.
pub fn paint(text: &str, tr: Tr) -> String {
    let styles = styles(tr);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.split_inclusive('\n') {
        match styles
            .iter()
            .find(|(word, _)| !word.trim().is_empty() && line.starts_with(word.as_str()))
        {
            Some((word, code)) => {
                let word = word.trim_end();
                out.push_str(&format!("\x1b[{code}m{word}\x1b[0m"));
                out.push_str(&line[word.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use phiguard_i18n::Lang;

    #[test]
    fn tags_are_coloured_and_other_text_is_kept() {
        let t = "CRITICAL s3  x\n  --> a.yaml:1:1\nwarning: y\n  suppressed: r\n  \
                 suppression expired on 2024-01-01: r\n";
        assert_eq!(
            paint(t, Tr::default()),
            "\x1b[1;31mCRITICAL\x1b[0m s3  x\n  --> a.yaml:1:1\n\x1b[1;33mwarning\x1b[0m: y\n\
             \x1b[2m  suppressed:\x1b[0m r\n\x1b[1;33m  suppression expired\x1b[0m on \
             2024-01-01: r\n"
        );
    }

    #[test]
    fn translated_words_are_coloured() {
        let t = "重大     s3  x\n判定不能     s3  y\n警告: z\n  抑制: r\n  抑制の期限切れ (2024-01-01): r\n\
                 CRITICAL s3\n";
        assert_eq!(
            paint(t, Tr::new(Lang::Ja)),
            "\x1b[1;31m重大\x1b[0m     s3  x\n\x1b[35m判定不能\x1b[0m     s3  y\n\
             \x1b[1;33m警告\x1b[0m: z\n\x1b[2m  抑制:\x1b[0m r\n\
             \x1b[1;33m  抑制の期限切れ\x1b[0m (2024-01-01): r\nCRITICAL s3\n"
        );
        let de = paint(
            "HOCH     s3  x\n  Unterdrückung abgelaufen am 2024-01-01: r\n",
            Tr::new(Lang::De),
        );
        assert_eq!(
            de,
            "\x1b[31mHOCH\x1b[0m     s3  x\n\x1b[1;33m  Unterdrückung abgelaufen\x1b[0m am \
             2024-01-01: r\n"
        );
    }
}
