//! Colour for the terminal report, added after [`crate::neutralise`] has made every
//! control character from the scanned files visible: the only escape sequences in a
//! painted report are the ones added here.

/// ANSI SGR codes per leading word of a line of the text report.
const STYLES: &[(&str, &str)] = &[
    ("CRITICAL ", "1;31"),
    ("HIGH ", "31"),
    ("MEDIUM ", "33"),
    ("LOW ", "36"),
    ("UNKNOWN ", "35"),
    ("PASS ", "32"),
    ("NOT_APPLICABLE ", "2"),
    ("error", "1;31"),
    ("warning", "1;33"),
    ("note:", "2"),
    ("  suppressed:", "2"),
    ("  suppression expired", "1;33"),
];

/// `text` (a neutralised text report) with its verdict tags, diagnostics' levels and
/// suppression notes coloured.
pub fn paint(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.split_inclusive('\n') {
        match STYLES.iter().find(|(word, _)| line.starts_with(word)) {
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

    #[test]
    fn tags_are_coloured_and_other_text_is_kept() {
        let t = "CRITICAL s3  x\n  --> a.yaml:1:1\nwarning: y\n";
        assert_eq!(
            paint(t),
            "\x1b[1;31mCRITICAL\x1b[0m s3  x\n  --> a.yaml:1:1\n\x1b[1;33mwarning\x1b[0m: y\n"
        );
    }
}
