//! Input mutations for the loader fuzz tests (shared with `crates/terraform/tests/fuzz.rs`):
//! byte flips, truncation, deletion, duplication, syntax-token insertion and deep
//! nesting, applied to the repository's own fixtures.

use proptest::prelude::*;
use std::path::Path;
use std::time::{Duration, Instant};

/// One edit of an input; positions are taken modulo the input's length.
#[derive(Clone, Debug)]
pub enum Edit {
    Flip(usize, u8),
    Truncate(usize),
    Delete(usize, usize),
    Duplicate(usize, usize, usize),
    Insert(usize, &'static str),
    Nest(usize, usize, &'static str, &'static str),
}

/// Tokens that steer the loaders into their interesting paths.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "{",
    "}",
    "\"",
    "'",
    ":",
    ": ",
    "- ",
    ",",
    "\n",
    "\n  ",
    "\t",
    "!Ref ",
    "!Sub ",
    "!If ",
    "!GetAtt ",
    "!FindInMap ",
    "!Condition ",
    "&a ",
    "*a",
    "? ",
    "|\n",
    ">-\n",
    "${",
    "${var.x}",
    "${local.y}",
    "%{ for x in y }",
    "%{ endfor }",
    "<<EOF\n",
    "\nEOF\n",
    "...",
    "---\n",
    "#",
    "//",
    "/*",
    "*/",
    "\\u0000",
    "\\",
    "\u{feff}",
    "é",
    "0x",
    "1e999",
    "-9223372036854775809",
    "null",
    "true",
    "count = 3\n",
    "for_each = var.m\n",
    "dynamic \"x\" {\n",
    "[for i in range(100) : i]",
    "module \"m\" { source = \"./\" }\n",
    "Fn::ForEach::L",
    "\"Fn::If\"",
    "\"Ref\"",
    "lookup(",
    "merge(",
    "jsonencode(",
    "try(",
];

fn edit() -> impl Strategy<Value = Edit> {
    let token = proptest::sample::select(TOKENS);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Edit::Flip(p, b)),
        any::<usize>().prop_map(Edit::Truncate),
        (any::<usize>(), 1usize..64).prop_map(|(p, n)| Edit::Delete(p, n)),
        (any::<usize>(), 1usize..256, any::<usize>())
            .prop_map(|(p, n, q)| Edit::Duplicate(p, n, q)),
        (any::<usize>(), token).prop_map(|(p, t)| Edit::Insert(p, t)),
        (
            any::<usize>(),
            1usize..400,
            proptest::sample::select(&[("[", "]"), ("{", "}"), ("{\"a\": ", "}"), ("(", ")")][..])
        )
            .prop_map(|(p, n, (o, c))| Edit::Nest(p, n, o, c)),
    ]
}

/// A few edits.
pub fn edits() -> impl Strategy<Value = Vec<Edit>> {
    proptest::collection::vec(edit(), 1..4)
}

/// Applies edits to bytes; the result is read as (lossy) UTF-8, as the loaders take text.
pub fn apply(input: &str, edits: &[Edit]) -> String {
    let mut b = input.as_bytes().to_vec();
    for e in edits {
        let at = |p: usize, b: &Vec<u8>| if b.is_empty() { 0 } else { p % (b.len() + 1) };
        match *e {
            Edit::Flip(p, x) if !b.is_empty() => {
                let i = p % b.len();
                b[i] ^= x.max(1);
            }
            Edit::Flip(..) => {}
            Edit::Truncate(p) => b.truncate(at(p, &b)),
            Edit::Delete(p, n) => {
                let i = at(p, &b);
                b.drain(i..(i + n).min(b.len()));
            }
            Edit::Duplicate(p, n, q) => {
                let i = at(p, &b);
                let part = b[i..(i + n).min(b.len())].to_vec();
                let j = at(q, &b);
                b.splice(j..j, part);
            }
            Edit::Insert(p, t) => {
                let i = at(p, &b);
                b.splice(i..i, t.bytes());
            }
            Edit::Nest(p, n, open, close) => {
                let i = at(p, &b);
                let wrapped = format!("{}1{}", open.repeat(n), close.repeat(n));
                b.splice(i..i, wrapped.into_bytes());
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// The files under `dirs` (recursively) whose names end with one of `suffixes`, as
/// (name, text), sorted by name.
pub fn corpus(dirs: &[&Path], suffixes: &[&str]) -> Vec<(String, String)> {
    fn walk(dir: &Path, suffixes: &[&str], out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, suffixes, out);
            } else if let Some(name) = p.to_str()
                && suffixes.iter().any(|s| name.ends_with(s))
                && let Ok(text) = std::fs::read_to_string(&p)
            {
                out.push((name.to_string(), text));
            }
        }
    }
    let mut out = Vec::new();
    for d in dirs {
        walk(d, suffixes, &mut out);
    }
    out.sort();
    assert!(!out.is_empty(), "no fuzz corpus under {dirs:?}");
    out
}

/// Cases per fuzz target: `PHIGUARD_FUZZ_CASES`, else `default` (sized for `cargo test`).
pub fn cases(default: u32) -> u32 {
    std::env::var("PHIGUARD_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Longest any one input may take (debug build, shared CI machine): a hang detector,
/// not a performance test.
pub const PER_INPUT: Duration = Duration::from_secs(10);

/// Runs `f`, failing the case when it takes longer than [`PER_INPUT`].
pub fn timed<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    prop_assert!(took < PER_INPUT, "{what} took {took:?}");
    Ok(out)
}
