//! A fast path for JSON templates: valid JSON is read straight into the same located
//! [`Raw`] tree the YAML loader builds (same scalar typing, same positions), several
//! times faster than through the YAML scanner. Anything else (a syntax error, a
//! duplicate key, a lone `\r`, nesting past [`MAX_NESTING`]) returns `None`, and the
//! caller reads the text as YAML, which gives the authoritative result or error.

use crate::yaml::{Key, MAX_NESTING, Raw, RawKind, plain_scalar};
use std::collections::HashSet;

/// Parses `text` if it is plain, valid JSON whose mappings have no duplicate keys.
pub fn parse(text: &str) -> Option<Raw> {
    let mut p = Reader {
        b: text.as_bytes(),
        text,
        pos: 0,
        line: 1,
        col: 1,
    };
    p.ws()?;
    let root = p.value(0)?;
    p.ws()?;
    (p.pos == p.b.len()).then_some(root)
}

struct Reader<'t> {
    b: &'t [u8],
    text: &'t str,
    pos: usize,
    line: u32,
    /// 1-based column in characters, as the YAML scanner counts it.
    col: u32,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    /// Skips JSON whitespace; `None` on a `\r` that is not part of `\r\n`.
    fn ws(&mut self) -> Option<()> {
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' => self.col += 1,
                b'\n' => {
                    self.line += 1;
                    self.col = 1;
                }
                b'\r' if self.b.get(self.pos + 1) == Some(&b'\n') => {}
                b'\r' => return None,
                _ => return Some(()),
            }
            self.pos += 1;
        }
        Some(())
    }

    /// Advances over `n` bytes of one line (no line breaks among them).
    fn advance(&mut self, n: usize) {
        let end = self.pos + n;
        self.col += self.b[self.pos..end]
            .iter()
            .filter(|&&c| c & 0xC0 != 0x80)
            .count() as u32;
        self.pos = end;
    }

    fn value(&mut self, depth: usize) -> Option<Raw> {
        let (line, col) = (self.line, self.col);
        let kind = match self.peek()? {
            b'{' => return self.map(depth + 1),
            b'[' => return self.seq(depth + 1),
            b'"' => RawKind::Str(self.string()?),
            _ => {
                let start = self.pos;
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.pos += 1;
                }
                let word = &self.text[start..self.pos];
                self.col += word.chars().count() as u32;
                if !is_json_literal(word) {
                    return None;
                }
                plain_scalar(word)
            }
        };
        Some(Raw::new(kind, line, col))
    }

    fn map(&mut self, depth: usize) -> Option<Raw> {
        if depth > MAX_NESTING {
            return None;
        }
        let (line, col) = (self.line, self.col);
        self.advance(1);
        let mut entries: Vec<(Key, Raw)> = Vec::new();
        let mut names: Option<HashSet<String>> = None;
        self.ws()?;
        if self.peek()? == b'}' {
            self.advance(1);
            return Some(Raw::new(RawKind::Map(entries), line, col));
        }
        loop {
            self.ws()?;
            let (kline, kcol) = (self.line, self.col);
            if self.peek()? != b'"' {
                return None;
            }
            let name = self.string()?;
            let duplicate = match &mut names {
                Some(set) => !set.insert(name.clone()),
                None => entries.iter().any(|(k, _)| k.name == name),
            };
            if duplicate {
                return None;
            }
            if names.is_none() && entries.len() >= 16 {
                let mut set: HashSet<String> =
                    entries.iter().map(|(k, _)| k.name.clone()).collect();
                set.insert(name.clone());
                names = Some(set);
            }
            self.ws()?;
            if self.peek()? != b':' {
                return None;
            }
            self.advance(1);
            self.ws()?;
            let value = self.value(depth)?;
            let key = Key {
                name,
                line: kline,
                col: kcol,
            };
            entries.push((key, value));
            self.ws()?;
            match self.peek()? {
                b',' => self.advance(1),
                b'}' => {
                    self.advance(1);
                    return Some(Raw::new(RawKind::Map(entries), line, col));
                }
                _ => return None,
            }
        }
    }

    fn seq(&mut self, depth: usize) -> Option<Raw> {
        if depth > MAX_NESTING {
            return None;
        }
        let (line, col) = (self.line, self.col);
        self.advance(1);
        let mut items = Vec::new();
        self.ws()?;
        if self.peek()? == b']' {
            self.advance(1);
            return Some(Raw::new(RawKind::Seq(items), line, col));
        }
        loop {
            self.ws()?;
            items.push(self.value(depth)?);
            self.ws()?;
            match self.peek()? {
                b',' => self.advance(1),
                b']' => {
                    self.advance(1);
                    return Some(Raw::new(RawKind::Seq(items), line, col));
                }
                _ => return None,
            }
        }
    }

    /// A string at the current `"`; `None` on control characters, bad escapes and lone
    /// surrogates.
    fn string(&mut self) -> Option<String> {
        self.advance(1);
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(c) = self.peek() {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            let run = &self.text[start..self.pos];
            out.push_str(run);
            self.col += run.chars().count() as u32;
            match self.peek()? {
                b'"' => {
                    self.advance(1);
                    return Some(out);
                }
                b'\\' => {
                    let c = match *self.b.get(self.pos + 1)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4(self.pos + 2)?;
                            if (0xD800..0xDC00).contains(&hi) {
                                if self.b.get(self.pos + 6..self.pos + 8)? != b"\\u" {
                                    return None;
                                }
                                let lo = self.hex4(self.pos + 8)?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return None;
                                }
                                self.advance(6);
                                char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))?
                            } else {
                                char::from_u32(hi)?
                            }
                        }
                        _ => return None,
                    };
                    let len = if self.b[self.pos + 1] == b'u' { 6 } else { 2 };
                    self.advance(len);
                    out.push(c);
                }
                _ => return None,
            }
        }
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.text.get(at..at + 4)?;
        if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }
}

/// `true`, `false`, `null` or a JSON number.
fn is_json_literal(word: &str) -> bool {
    if matches!(word, "true" | "false" | "null") {
        return true;
    }
    let b = word.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i > start
    };
    if b.get(i) == Some(&b'0') {
        i += 1;
    } else if !digits(&mut i) {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::parse_yaml;
    use std::path::Path;

    fn json_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                json_files(&p, out);
            } else if p
                .extension()
                .is_some_and(|x| x == "json" || x == "template")
            {
                out.push(p);
            }
        }
    }

    /// Every JSON file of the repository (more with `PHIGUARD_JSON_DIFF_DIR`) reads to
    /// exactly the tree, positions included, that the YAML loader gives.
    #[test]
    fn reads_json_exactly_as_the_yaml_loader_does() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut files = Vec::new();
        json_files(&root.join("crates"), &mut files);
        json_files(&root.join("examples"), &mut files);
        if let Ok(more) = std::env::var("PHIGUARD_JSON_DIFF_DIR") {
            json_files(Path::new(&more), &mut files);
        }
        let mut fast = 0;
        for f in &files {
            let Ok(text) = std::fs::read_to_string(f) else {
                continue;
            };
            if !text.trim_start().starts_with('{') {
                continue;
            }
            match (parse(&text), parse_yaml(&text)) {
                (Some(a), Ok(b)) => {
                    assert_eq!(a, b, "{}", f.display());
                    fast += 1;
                }
                (Some(_), Err(e)) => panic!("{}: only YAML rejects it: {e:?}", f.display()),
                (None, _) => {}
            }
        }
        assert!(fast > 100, "{fast} files took the fast path");
    }

    #[test]
    fn what_is_not_plain_json_falls_back() {
        for t in [
            "{\"a\": 1, \"a\": 2}",
            "{\"a\": 1,}",
            "{a: 1}",
            "{\"a\": 01}",
            "{\"a\": \"\\ud800\"}",
            "{\"a\": 1}\r{",
            "{\"a\": 1} x",
            "{\"a\": [1, 2}",
            "{\"a\": \"x\ty\"}",
        ] {
            assert!(parse(t).is_none(), "{t}");
        }
        let deep = format!("{}1{}", "[".repeat(300), "]".repeat(300));
        assert!(parse(&format!("{{\"a\": {deep}}}")).is_none());
        let ok = parse("{\"a\": [1, -2.5e3, true, null, \"\\u00e9\\ud83d\\ude00\\n\"], \"b\": {}}")
            .unwrap();
        let a = ok.get("a").unwrap();
        assert!(
            matches!(&a.kind, RawKind::Seq(v) if v.len() == 5 && v[4].as_str() == Some("é😀\n"))
        );
    }
}
