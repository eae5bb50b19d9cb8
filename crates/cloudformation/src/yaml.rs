//! Loads template text (YAML or JSON) into a located tree, rewriting the short-form
//! intrinsic tags (`!Ref`, `!Sub`...) into their long form at load time.

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

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
pub fn parse(text: &str) -> Result<Raw, ParseError> {
    let docs = MarkedYaml::load_from_str(text).map_err(|e| {
        let m = e.marker();
        let (line, col) = (m.line() as u32, m.col() as u32 + 1);
        let message = if e.info().contains("duplicated key") {
            duplicate_key_message(text, line, col)
        } else {
            e.info().to_string()
        };
        ParseError { message, line, col }
    })?;
    let Some(doc) = docs.into_iter().next() else {
        return Err(ParseError {
            message: "the file is empty".into(),
            line: 1,
            col: 1,
        });
    };
    convert(&doc, None)
}

/// Names the duplicated key and where it was first defined (CloudFormation keeps only
/// one of the two silently, so both places matter to the user).
fn duplicate_key_message(text: &str, line: u32, col: u32) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some(here) = lines.get(line.saturating_sub(1) as usize) else {
        return "duplicated key in mapping".into();
    };
    let start = here
        .char_indices()
        .nth(col.saturating_sub(1) as usize)
        .map_or(here.len(), |(b, _)| b);
    let key: String = here[start..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| !matches!(c, ':' | '"' | '\''))
        .collect();
    let key = key.trim();
    let first = lines[..line.saturating_sub(1) as usize]
        .iter()
        .rposition(|l| {
            let t = l.trim_start();
            let t = t.trim_start_matches(['"', '\'', '{', ',', ' ']);
            t.strip_prefix(key).is_some_and(|rest| {
                rest.trim_start_matches(['"', '\''])
                    .trim_start()
                    .starts_with(':')
            })
        });
    match first {
        Some(i) => format!("duplicate key '{key}' (first defined at line {})", i + 1),
        None => format!("duplicate key '{key}'"),
    }
}

fn pos(node: &MarkedYaml<'_>, fallback: Option<(u32, u32)>) -> (u32, u32) {
    let s = node.span.start;
    // The inner scalar of a tagged node has an empty span at 0:0; use the tag's position.
    if (s.line() == 0 || (node.span.is_empty() && s.index() == 0))
        && let Some(p) = fallback
    {
        return p;
    }
    (s.line().max(1) as u32, s.col() as u32 + 1)
}

fn convert(node: &MarkedYaml<'_>, fallback: Option<(u32, u32)>) -> Result<Raw, ParseError> {
    let (line, col) = pos(node, fallback);
    let kind = match &node.data {
        YamlData::Value(s) => scalar(s),
        YamlData::Representation(text, _, _) => RawKind::Str(text.to_string()),
        YamlData::Sequence(items) => RawKind::Seq(
            items
                .iter()
                .map(|i| convert(i, Some((line, col))))
                .collect::<Result<_, _>>()?,
        ),
        YamlData::Mapping(map) => {
            let mut entries = Vec::with_capacity(map.len());
            for (k, v) in map.iter() {
                let (kl, kc) = pos(k, Some((line, col)));
                let name = match &k.data {
                    YamlData::Value(s) => scalar_key(s),
                    YamlData::Representation(t, _, _) => t.to_string(),
                    _ => {
                        return Err(ParseError {
                            message: "mapping keys must be plain strings".into(),
                            line: kl,
                            col: kc,
                        });
                    }
                };
                let value = convert(v, Some((kl, kc)))?;
                entries.push((
                    Key {
                        name,
                        line: kl,
                        col: kc,
                    },
                    value,
                ));
            }
            RawKind::Map(entries)
        }
        YamlData::Tagged(tag, inner) => {
            let inner = convert(inner, Some((line, col)))?;
            return Ok(expand_tag(&tag.handle, &tag.suffix, inner, line, col));
        }
        YamlData::Alias(_) => {
            return Err(ParseError {
                message: "YAML aliases are not supported in CloudFormation templates".into(),
                line,
                col,
            });
        }
        YamlData::BadValue => {
            return Err(ParseError {
                message: "invalid YAML value".into(),
                line,
                col,
            });
        }
    };
    Ok(Raw::new(kind, line, col))
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

fn scalar_key(s: &Scalar<'_>) -> String {
    match s {
        Scalar::Null => "null".into(),
        Scalar::Boolean(b) => b.to_string(),
        Scalar::Integer(i) => i.to_string(),
        Scalar::FloatingPoint(f) => f.to_string(),
        Scalar::String(s) => s.to_string(),
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
