//! Source files and the mapping from byte offsets to `file:line:col` locations.

use phiguard_model::Location;
use std::ops::Range;
use std::sync::Arc;

/// One file read for a scan, with its line index.
#[derive(Debug)]
pub struct SourceFile {
    /// Path as shown in reports.
    pub path: Arc<str>,
    /// The text that is parsed (for `.tf.json`, its rewrite into native syntax).
    pub text: String,
    line_starts: Vec<usize>,
    /// For a rewritten file: its own text, and the position each rewritten line came from.
    original: Option<(String, Vec<(u32, u32)>)>,
}

impl SourceFile {
    /// Indexes `text`, read from `path`.
    pub fn new(path: &str, text: String) -> Self {
        // Terraform reads files saved with a UTF-8 byte order mark; the parser does not.
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            path: Arc::from(path),
            text,
            line_starts,
            original: None,
        }
    }

    /// Reads a configuration file: `.tf.json` files are rewritten into native syntax.
    pub fn load(path: &str, text: String) -> Result<Self, phiguard_model::Diagnostic> {
        if !path.ends_with(".json") {
            return Ok(Self::new(path, text));
        }
        let r = crate::json_syntax::rewrite(path, &text)?;
        let mut f = Self::new(path, r.text);
        f.original = Some((text, r.lines));
        Ok(f)
    }

    /// The file's own text (as written, for source snippets).
    pub fn original_text(&self) -> &str {
        self.original.as_ref().map_or(&self.text, |(t, _)| t)
    }

    /// The location of a 1-based line and column of the parsed text.
    pub fn line_col(&self, line: u32, column: u32) -> Location {
        match &self.original {
            Some((_, lines)) => {
                let (l, c) = lines
                    .get(line.saturating_sub(1) as usize)
                    .copied()
                    .unwrap_or((1, 1));
                Location::new(self.path.clone(), l, c)
            }
            None => Location::new(self.path.clone(), line, column),
        }
    }

    /// The location of a byte offset (1-based line, 1-based column in characters).
    pub fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        self.line_col(line as u32, column as u32)
    }

    /// The location where a span starts, when the parser recorded one.
    pub fn span(&self, span: Option<Range<usize>>) -> Option<Location> {
        span.map(|s| self.location(s.start))
    }

    /// The start of the file.
    pub fn start(&self) -> Location {
        Location::new(self.path.clone(), 1, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let f = SourceFile::new("main.tf", "a = 1\n  é = \"x\"\n".into());
        let l = f.location(0);
        assert_eq!((l.line, l.column), (1, 1));
        let l = f.location(8);
        assert_eq!((l.line, l.column), (2, 3));
        let l = f.location(11);
        assert_eq!((l.line, l.column), (2, 5));
    }
}
