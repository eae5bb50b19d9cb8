//! Source files and the mapping from byte offsets to `file:line:col` locations.

use phiguard_model::Location;
use std::ops::Range;
use std::sync::Arc;

/// One file read for a scan, with its line index.
#[derive(Debug)]
pub struct SourceFile {
    /// Path as shown in reports.
    pub path: Arc<str>,
    /// The file's text.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Indexes `text`, read from `path`.
    pub fn new(path: &str, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            path: Arc::from(path),
            text,
            line_starts,
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
        Location::new(self.path.clone(), line as u32, column as u32)
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
