//! Byte-range edits on a file's text, and positions (1-based line, column in characters)
//! turned into byte offsets.

/// Replace `start..end` with `text` (an insertion when `start == end`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// First byte replaced.
    pub start: usize,
    /// One past the last byte replaced.
    pub end: usize,
    /// The new text.
    pub text: String,
}

impl Edit {
    /// Inserts `text` at `at`.
    pub fn insert(at: usize, text: impl Into<String>) -> Self {
        Self {
            start: at,
            end: at,
            text: text.into(),
        }
    }
}

/// Applies edits that do not overlap; insertions at the same offset keep their order.
/// New lines follow the file's line ending (`\r\n` when the file uses it).
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let crlf = text.contains("\r\n");
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| e.start);
    let mut out = String::with_capacity(text.len() + 256);
    let mut pos = 0;
    for e in sorted {
        if e.start < pos {
            continue; // overlapping: callers never produce these; skip rather than corrupt
        }
        out.push_str(&text[pos..e.start]);
        if crlf {
            out.push_str(&e.text.replace("\r\n", "\n").replace('\n', "\r\n"));
        } else {
            out.push_str(&e.text);
        }
        pos = e.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Line starts of a text, for position lookups.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, starts }
    }

    /// Byte offset of 1-based `line` and 1-based character `col`.
    pub fn offset(&self, line: u32, col: u32) -> Option<usize> {
        let start = *self.starts.get(line.checked_sub(1)? as usize)?;
        let rest = &self.text[start..];
        let skip = col.checked_sub(1)? as usize;
        rest.char_indices()
            .nth(skip)
            .map(|(i, _)| start + i)
            .or((skip == rest.chars().count()).then_some(self.text.len()))
    }

    /// Start of the line holding `offset`.
    pub fn line_start(&self, offset: usize) -> usize {
        let i = self.starts.partition_point(|&s| s <= offset);
        self.starts[i.saturating_sub(1)]
    }

    /// Start of the line before the one starting at `start`, if any.
    pub fn previous_line(&self, start: usize) -> Option<usize> {
        let i = self.starts.partition_point(|&s| s < start);
        (i > 0).then(|| self.starts[i - 1])
    }

    /// The text.
    pub fn text(&self) -> &'t str {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_not_bytes() {
        let l = Lines::new("a: é\nbé: c\n");
        assert_eq!(l.offset(2, 1), Some(6));
        assert_eq!(l.offset(2, 3), Some(9));
        assert_eq!(l.offset(9, 1), None);
    }

    #[test]
    fn new_lines_follow_a_crlf_file() {
        assert_eq!(
            apply("a\r\nb\r\n", &[Edit::insert(3, "x\ny\n")]),
            "a\r\nx\r\ny\r\nb\r\n"
        );
    }

    #[test]
    fn insertions_at_one_offset_keep_their_order() {
        let out = apply(
            "ab",
            &[
                Edit::insert(1, "1"),
                Edit::insert(1, "2"),
                Edit::insert(2, "!"),
            ],
        );
        assert_eq!(out, "a12b!");
    }
}
