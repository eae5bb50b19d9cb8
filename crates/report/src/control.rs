//! Control characters from scanned files never reach a report raw.
//!
//! A logical id, tag value or file name can carry ANSI colour (`ESC [ 31 m`), OSC 8 links
//! (`ESC ] 8 ;; url BEL`), a carriage return that overwrites the line, or any other C0/C1
//! control; printed in a CI log they rewrite what the reader sees. [`neutralise`] is the
//! one function that makes them visible text: C0 controls and DEL become their Unicode
//! control pictures (`ESC` → `␛`, `CR` → `␍`), C1 controls become `U+009B`. Line feed and
//! tab stay, and so does a carriage return right before a line feed (CSV's line ends).
//!
//! Every renderer [`crate::renderer`] and [`crate::graph_renderer`] return writes through
//! [`ControlSafe`], which applies it to every byte of the report.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether `c` is a control character a report must not carry raw.
fn is_hostile(c: char) -> bool {
    matches!(c, '\0'..='\x08' | '\x0b'..='\x1f' | '\x7f' | '\u{80}'..='\u{9f}')
}

/// Pushes the visible form of control character `c`.
fn push_visible(out: &mut String, c: char) {
    match c {
        '\0'..='\x1f' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
        '\x7f' => out.push('\u{2421}'),
        _ => out.push_str(&format!("U+{:04X}", c as u32)),
    }
}

/// `s` with every control character except line feed and tab (and a carriage return
/// followed by a line feed) replaced by a visible form.
pub fn neutralise(s: &str) -> Cow<'_, str> {
    let mut chars = s.char_indices().peekable();
    let first = loop {
        match chars.next() {
            None => return Cow::Borrowed(s),
            Some((_, '\r')) if chars.peek().is_some_and(|(_, n)| *n == '\n') => {}
            Some((i, c)) if c == '\r' || is_hostile(c) => break i,
            Some(_) => {}
        }
    };
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(&s[..first]);
    let mut rest = s[first..].chars().peekable();
    while let Some(c) = rest.next() {
        if c == '\r' && rest.peek() != Some(&'\n') || is_hostile(c) {
            push_visible(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A writer that passes a report through [`neutralise`].
///
/// Reports are UTF-8; bytes that may start a control sequence (a carriage return, the first
/// byte of a two-byte character) are held until the next write or [`Write::flush`], so a
/// sequence split across writes is still seen whole.
pub struct ControlSafe<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> ControlSafe<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }

    /// Writes what is held and returns the inner writer.
    pub fn into_inner(mut self) -> io::Result<W> {
        self.drain(true)?;
        Ok(self.inner)
    }

    /// Writes out `pending`, keeping an unfinished tail unless `all`.
    fn drain(&mut self, all: bool) -> io::Result<()> {
        let buf = std::mem::take(&mut self.pending);
        // Hold back a trailing CR or an incomplete UTF-8 character (at most 3 bytes).
        let keep = if all { 0 } else { incomplete_tail(&buf) };
        let (now, later) = buf.split_at(buf.len() - keep);
        let text = String::from_utf8_lossy(now);
        self.inner.write_all(neutralise(&text).as_bytes())?;
        self.pending.extend_from_slice(later);
        Ok(())
    }
}

/// How many bytes at the end of `b` may belong to something the next write completes.
fn incomplete_tail(b: &[u8]) -> usize {
    if b.last() == Some(&b'\r') {
        return 1;
    }
    // The start of the last character, if it is within three bytes of the end.
    for back in 1..=b.len().min(3) {
        let byte = b[b.len() - back];
        if byte & 0b1100_0000 != 0b1000_0000 {
            let need = match byte {
                0x00..=0x7f => 1,
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
            return if need > back { back } else { 0 };
        }
    }
    0
}

/// Whether `b` needs no change and no holding back (the common case, checked fast).
fn plain(b: &[u8]) -> bool {
    b.iter()
        .all(|&x| (0x20..0x7f).contains(&x) || x == b'\n' || x == b'\t')
}

impl<W: Write> Write for ControlSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.pending.is_empty() && plain(buf) {
            self.inner.write_all(buf)?;
        } else {
            self.pending.extend_from_slice(buf);
            self.drain(false)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.drain(true)?;
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible() {
        assert_eq!(neutralise("plain"), "plain");
        assert_eq!(neutralise("a\x1b[31mred"), "a␛[31mred");
        assert_eq!(neutralise("\x1b]8;;http://evil\x07x"), "␛]8;;http://evil␇x");
        assert_eq!(neutralise("over\rwrite"), "over␍write");
        assert_eq!(neutralise("line\r\nnext\tcol"), "line\r\nnext\tcol");
        assert_eq!(neutralise("c1 \u{9b}31m"), "c1 U+009B31m");
        assert_eq!(neutralise("del\x7f é ✓"), "del␡ é ✓");
    }

    #[test]
    fn split_writes_are_seen_whole() {
        let mut w = ControlSafe::new(Vec::new());
        for chunk in [&b"a\r"[..], b"b\xc2", b"\x9bc\xc3", b"\xa9\r", b"\n"] {
            w.write_all(chunk).unwrap();
        }
        let out = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(out, "a␍bU+009Bcé\r\n");
    }
}
