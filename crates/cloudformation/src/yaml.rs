//! Loads template text (YAML or JSON) into a located tree, rewriting the short-form
//! intrinsic tags (`!Ref`, `!Sub`...) into their long form at load time.

use saphyr::Scalar;
use saphyr_parser::{Event, Parser, ScalarStyle, Span, SpannedEventReceiver, Tag};
use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Collections nested deeper than this are an error (CloudFormation's own limit is far
/// lower), so that no later recursive walk, drop included, can overflow the stack.
pub const MAX_NESTING: usize = 256;

/// Mappings of this many keys or more get a hash index for the duplicate-key check.
const INDEX_FROM: usize = 16;

/// A template value with its position (1-based line and column).
#[derive(Clone, Debug, PartialEq)]
pub struct Raw {
    /// The value.
    pub kind: RawKind,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

/// The shape of a [`Raw`] value.
#[derive(Clone, Debug, PartialEq)]
pub enum RawKind {
    /// `null` or `~` or nothing.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// A string.
    Str(String),
    /// A sequence.
    Seq(Vec<Raw>),
    /// A mapping, in source order; each key keeps its own position.
    Map(Vec<(Key, Raw)>),
}

/// A mapping key and where it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    /// The key text.
    pub name: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

/// A parse error with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    /// What is wrong.
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

impl Raw {
    /// A new value at a position.
    pub fn new(kind: RawKind, line: u32, col: u32) -> Self {
        Self { kind, line, col }
    }

    /// The value of key `name`, if this is a mapping that has it.
    pub fn get(&self, name: &str) -> Option<&Raw> {
        self.entry(name).map(|(_, v)| v)
    }

    /// The key and value of `name`, if this is a mapping that has it.
    pub fn entry(&self, name: &str) -> Option<(&Key, &Raw)> {
        match &self.kind {
            RawKind::Map(e) => e.iter().find(|(k, _)| k.name == name).map(|(k, v)| (k, v)),
            _ => None,
        }
    }

    /// The string, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            RawKind::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Scalars as text (strings, numbers, booleans).
    pub fn scalar_text(&self) -> Option<String> {
        match &self.kind {
            RawKind::Str(s) => Some(s.clone()),
            RawKind::Int(i) => Some(i.to_string()),
            RawKind::Float(f) => Some(f.to_string()),
            RawKind::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// The entries, if this is a mapping.
    pub fn entries(&self) -> &[(Key, Raw)] {
        match &self.kind {
            RawKind::Map(e) => e,
            _ => &[],
        }
    }
}

/// Parses YAML or JSON text into a [`Raw`] tree (the first document).
///
/// Events are pulled in a loop (not through the parser's recursive `load`), so nesting
/// depth is bounded by [`MAX_NESTING`] and not by the stack.
pub fn parse(text: &str) -> Result<Raw, ParseError> {
    if text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{')
        && let Some(raw) = crate::json::parse(text)
    {
        return Ok(raw);
    }
    parse_yaml(text)
}

/// [`parse`] without the JSON fast path.
pub(crate) fn parse_yaml(text: &str) -> Result<Raw, ParseError> {
    let mut builder = Builder::default();
    for next in Parser::new_from_str(text) {
        let (ev, span) = next.map_err(|e| {
            let m = e.marker();
            ParseError {
                message: e.info().to_string(),
                line: m.line() as u32,
                col: m.col() as u32 + 1,
            }
        })?;
        let end = matches!(ev, Event::DocumentEnd | Event::StreamEnd);
        builder.on_event(ev, span);
        if let Some(e) = builder.error.take() {
            return Err(e);
        }
        if end {
            break;
        }
    }
    builder.root.ok_or(ParseError {
        message: "the file is empty".into(),
        line: 1,
        col: 1,
    })
}

/// An open collection while events stream in.
enum Frame {
    Seq {
        items: Vec<Raw>,
        line: u32,
        col: u32,
        tag: Option<Tag>,
    },
    Map {
        entries: Vec<(Key, Raw)>,
        /// Key name to entry, once the mapping is large enough that a linear
        /// duplicate search would make loading quadratic.
        index: Option<HashMap<String, usize>>,
        key: Option<Key>,
        line: u32,
        col: u32,
        tag: Option<Tag>,
    },
}

/// Builds a [`Raw`] tree from parser events, checking duplicate keys on the way
/// (CloudFormation would silently keep one of them).
#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Option<Raw>,
    error: Option<ParseError>,
}

impl Builder {
    fn fail(&mut self, message: impl Into<String>, line: u32, col: u32) {
        if self.error.is_none() {
            self.error = Some(ParseError {
                message: message.into(),
                line,
                col,
            });
        }
    }

    /// Adds a finished value to the open collection (or makes it the document).
    fn push(&mut self, value: Raw) {
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(value);
                }
            }
            Some(Frame::Seq { items, .. }) => items.push(value),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                Some(k) => entries.push((k, value)),
                None => {
                    let (line, col) = (value.line, value.col);
                    self.fail("mapping keys must be plain strings", line, col);
                }
            },
        }
    }

    /// Whether the next scalar is a mapping key.
    fn expects_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    /// Records the key of the next entry of the open mapping (see [`Self::expects_key`]).
    fn take_key(&mut self, name: String, line: u32, col: u32) {
        let Some(Frame::Map {
            entries,
            index,
            key,
            ..
        }) = self.stack.last_mut()
        else {
            return;
        };
        if index.is_none() && entries.len() >= INDEX_FROM {
            let map = entries
                .iter()
                .enumerate()
                .map(|(i, (k, _))| (k.name.clone(), i));
            *index = Some(map.collect());
        }
        let first = match index {
            Some(index) => match index.entry(name.clone()) {
                Entry::Occupied(e) => Some(*e.get()),
                Entry::Vacant(e) => {
                    e.insert(entries.len());
                    None
                }
            },
            None => entries.iter().position(|(k, _)| k.name == name),
        };
        if let Some(i) = first {
            let msg = format!(
                "duplicate key '{name}' (first defined at line {})",
                entries[i].0.line
            );
            self.fail(msg, line, col);
            return;
        }
        *key = Some(Key { name, line, col });
    }
}

fn own_tag(tag: Option<Cow<'_, Tag>>) -> Option<Tag> {
    tag.map(Cow::into_owned)
}

fn tagged(tag: Option<Tag>, value: Raw) -> Raw {
    match tag {
        Some(t) => {
            let (line, col) = (value.line, value.col);
            expand_tag(&t.handle, &t.suffix, value, line, col)
        }
        None => value,
    }
}

impl<'input> SpannedEventReceiver<'input> for Builder {
    fn on_event(&mut self, ev: Event<'input>, span: Span) {
        if self.error.is_some() {
            return;
        }
        let (line, col) = (span.start.line().max(1) as u32, span.start.col() as u32 + 1);
        match ev {
            Event::Scalar(text, style, _, tag) => {
                if tag.is_none() && self.expects_key() {
                    return self.take_key(text.into_owned(), line, col);
                }
                let kind = if tag.as_ref().is_some_and(|t| !t.is_yaml_core_schema()) {
                    // `!Ref Name`: the argument is a string whatever it looks like.
                    match style {
                        ScalarStyle::Plain if text.is_empty() => RawKind::Null,
                        _ => RawKind::Str(text.into_owned()),
                    }
                } else if style != ScalarStyle::Plain && tag.is_none() {
                    RawKind::Str(text.into_owned())
                } else if tag.is_none() {
                    plain_scalar(&text)
                } else {
                    let core_tag = tag.as_ref();
                    match Scalar::parse_from_cow_and_metadata(Cow::Borrowed(&text), style, core_tag)
                    {
                        // `012345678901`: YAML 1.1 (PyYAML, CloudFormation) keeps the leading
                        // zero of what is usually an account id; YAML 1.2 would drop it.
                        Some(Scalar::Integer(_)) if core_tag.is_none() && leading_zero(&text) => {
                            RawKind::Str(text.into_owned())
                        }
                        Some(Scalar::String(_)) | None => RawKind::Str(text.into_owned()),
                        Some(sc) => scalar(&sc),
                    }
                };
                let value = tagged(own_tag(tag), Raw::new(kind, line, col));
                self.push(value);
            }
            Event::SequenceStart(..) | Event::MappingStart(..)
                if self.stack.len() >= MAX_NESTING =>
            {
                self.fail(
                    format!("collections nested more than {MAX_NESTING} levels deep"),
                    line,
                    col,
                );
            }
            Event::SequenceStart(_, tag) => {
                if matches!(self.stack.last(), Some(Frame::Map { key: None, .. })) {
                    return self.fail("mapping keys must be plain strings", line, col);
                }
                self.stack.push(Frame::Seq {
                    items: Vec::new(),
                    line,
                    col,
                    tag: own_tag(tag),
                });
            }
            Event::MappingStart(_, tag) => {
                if matches!(self.stack.last(), Some(Frame::Map { key: None, .. })) {
                    return self.fail("mapping keys must be plain strings", line, col);
                }
                self.stack.push(Frame::Map {
                    entries: Vec::new(),
                    index: None,
                    key: None,
                    line,
                    col,
                    tag: own_tag(tag),
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let value = match self.stack.pop() {
                    Some(Frame::Seq {
                        items,
                        line,
                        col,
                        tag,
                    }) => tagged(tag, Raw::new(RawKind::Seq(items), line, col)),
                    Some(Frame::Map {
                        entries,
                        line,
                        col,
                        tag,
                        ..
                    }) => tagged(tag, Raw::new(RawKind::Map(entries), line, col)),
                    None => return,
                };
                self.push(value);
            }
            Event::Alias(_) => self.fail(
                "YAML aliases are not allowed in CloudFormation templates",
                line,
                col,
            ),
            _ => {}
        }
    }
}

/// How an untagged plain scalar reads: YAML 1.2 core schema, except that numbers
/// written with a leading zero stay text.
pub(crate) fn plain_scalar(text: &str) -> RawKind {
    match Scalar::parse_from_cow_and_metadata(Cow::Borrowed(text), ScalarStyle::Plain, None) {
        // `012345678901`: YAML 1.1 (PyYAML, CloudFormation) keeps the leading zero of
        // what is usually an account id; YAML 1.2 would drop it.
        Some(Scalar::Integer(_)) if leading_zero(text) => RawKind::Str(text.to_string()),
        Some(Scalar::String(_)) | None => RawKind::Str(text.to_string()),
        Some(sc) => scalar(&sc),
    }
}

/// `0123`, `-0123`: decimal digits after a leading zero.
fn leading_zero(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

fn scalar(s: &Scalar<'_>) -> RawKind {
    match s {
        Scalar::Null => RawKind::Null,
        Scalar::Boolean(b) => RawKind::Bool(*b),
        Scalar::Integer(i) => RawKind::Int(*i),
        Scalar::FloatingPoint(f) => RawKind::Float(f.into_inner()),
        Scalar::String(s) => RawKind::Str(s.to_string()),
    }
}

/// Rewrites `!Name value` into `{"Fn::Name": value}` (`Ref` and `Condition` keep their names).
fn expand_tag(handle: &str, suffix: &str, inner: Raw, line: u32, col: u32) -> Raw {
    if handle != "!" {
        // Core-schema tags such as !!str: keep the value.
        return inner;
    }
    let key = match suffix {
        "Ref" | "Condition" => suffix.to_string(),
        other => format!("Fn::{other}"),
    };
    let value = if suffix == "GetAtt" {
        match &inner.kind {
            RawKind::Str(s) => match s.split_once('.') {
                Some((a, b)) => Raw::new(
                    RawKind::Seq(vec![
                        Raw::new(RawKind::Str(a.into()), line, col),
                        Raw::new(RawKind::Str(b.into()), line, col),
                    ]),
                    line,
                    col,
                ),
                None => inner,
            },
            _ => inner,
        }
    } else {
        inner
    };
    Raw::new(
        RawKind::Map(vec![(
            Key {
                name: key,
                line,
                col,
            },
            value,
        )]),
        line,
        col,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_form_tags_become_long_form_with_positions() {
        let raw =
            parse("A:\n  B: !Ref Foo\n  C: !GetAtt X.Arn\n  D: !Sub\n    - 'a-${x}'\n    - x: 1\n")
                .unwrap();
        let b = raw.get("A").unwrap().get("B").unwrap();
        assert_eq!(b.get("Ref").unwrap().as_str(), Some("Foo"));
        assert_eq!((b.line, b.col), (2, 6));
        let c = raw
            .get("A")
            .unwrap()
            .get("C")
            .unwrap()
            .get("Fn::GetAtt")
            .unwrap();
        assert!(matches!(&c.kind, RawKind::Seq(v) if v.len() == 2));
        assert!(
            raw.get("A")
                .unwrap()
                .get("D")
                .unwrap()
                .get("Fn::Sub")
                .is_some()
        );
    }

    #[test]
    fn duplicate_keys_are_found_in_large_mappings() {
        for (dup, at) in [(3, 22), (19, 22), (20, 23)] {
            let mut t: String = (0..21).map(|i| format!("K{i}: {i}\n")).collect();
            t.push_str(&format!("K{dup}: x\n"));
            if at == 23 {
                t = t.replacen(&format!("K{dup}: x\n"), &format!("K99: y\nK{dup}: x\n"), 1);
            }
            let e = parse(&t).unwrap_err();
            let want = format!("duplicate key 'K{dup}' (first defined at line {})", dup + 1);
            assert_eq!((e.message.as_str(), e.line), (want.as_str(), at as u32));
        }
        let t: String = (0..40).map(|i| format!("K{i}: {i}\n")).collect();
        assert_eq!(parse(&t).unwrap().entries().len(), 40);
    }

    #[test]
    fn account_ids_keep_their_leading_zero() {
        let raw = parse("A: 033677994240\nB: 0\nC: 12\nD: !!int 010\n").unwrap();
        assert_eq!(raw.get("A").unwrap().as_str(), Some("033677994240"));
        assert_eq!(raw.get("B").unwrap().kind, RawKind::Int(0));
        assert_eq!(raw.get("C").unwrap().kind, RawKind::Int(12));
        assert!(matches!(raw.get("D").unwrap().kind, RawKind::Int(_)));
    }

    #[test]
    fn json_loads_through_the_same_path() {
        let raw = parse("{\n  \"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}\n}").unwrap();
        let (k, _) = raw.get("Resources").unwrap().entry("B").unwrap();
        assert_eq!((k.line, k.col), (2, 17));
    }

    #[test]
    fn errors_carry_a_position() {
        let e = parse("A:\n  B: [1, 2\n").unwrap_err();
        assert!(e.line >= 2, "{e:?}");
        let e = parse("Resources:\n  Bucket:\n    Type: X\n  Bucket:\n    Type: Y\n").unwrap_err();
        assert_eq!(
            e.message,
            "duplicate key 'Bucket' (first defined at line 2)"
        );
        assert_eq!(e.line, 4);
        let e = parse("{\n  \"A\": 1,\n  \"A\": 2\n}").unwrap_err();
        assert_eq!(
            e.message, "duplicate key 'A' (first defined at line 2)",
            "{e:?}"
        );
    }
}
