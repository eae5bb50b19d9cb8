//! Engine versions compared as versions, not strings (`4.0.9` < `4.0.10`).

use std::cmp::Ordering;
use std::fmt;

/// A dotted version number such as `4.0.10`, `15.4` or `6.x`.
///
/// Missing components count as zero, so `6`, `6.0` and `6.x` are equal. A wildcard
/// component (`x`, `*`) ends the version: `6.x` reads as `6`.
#[derive(Clone, Debug)]
pub struct Version(Vec<u64>);

impl Version {
    /// Parses `1.2.3`, `v1.2`, `6.x`. Anything after the numeric components that is
    /// not a dot-separated number (a suffix such as `.R20240125` or `-rc1`) is
    /// ignored, but the string must start with a number.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let s = s.strip_prefix(['v', 'V']).unwrap_or(s);
        let mut parts = Vec::new();
        for seg in s.split('.') {
            if matches!(seg, "x" | "X" | "*") {
                break;
            }
            let digits: String = seg.chars().take_while(char::is_ascii_digit).collect();
            if digits.is_empty() {
                break;
            }
            parts.push(digits.parse().ok()?);
            if digits.len() != seg.len() {
                break;
            }
        }
        (!parts.is_empty()).then_some(Self(parts))
    }

    /// The first component (`15` for `15.4`).
    pub fn major(&self) -> u64 {
        self.0[0]
    }

    /// The version components.
    pub fn parts(&self) -> &[u64] {
        &self.0
    }

    /// Whether this version is at least `other` (which must parse).
    pub fn at_least(&self, other: &str) -> bool {
        Version::parse(other).is_some_and(|o| *self >= o)
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        let n = self.0.len().max(other.0.len());
        (0..n)
            .map(|i| {
                let a = self.0.get(i).copied().unwrap_or(0);
                let b = other.0.get(i).copied().unwrap_or(0);
                a.cmp(&b)
            })
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(u64::to_string).collect();
        f.write_str(&parts.join("."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn compares_numerically_not_lexically() {
        assert!(v("4.0.9") < v("4.0.10"));
        assert!(v("4.0.10") < v("5.0.6"));
        assert!(v("10.5") > v("9.6.22"));
        assert!(v("7.10") > v("7.9"));
    }

    #[test]
    fn missing_components_and_wildcards_are_zero() {
        assert_eq!(v("6"), v("6.0"));
        assert_eq!(v("6.x"), v("6.0.0"));
        assert!(v("6.x") >= v("4.0.10"));
        assert_eq!(v("6.x").to_string(), "6");
    }

    #[test]
    fn suffixes_are_ignored() {
        assert_eq!(v("19.0.0.0.ru-2024-01.rur-2024-01.r1"), v("19"));
        assert_eq!(v("15.4-R2"), v("15.4"));
        assert_eq!(v("v7.1"), v("7.1"));
        assert_eq!(v("5.7.mysql_aurora.2.11.2"), v("5.7"));
    }

    #[test]
    fn non_versions_do_not_parse() {
        assert!(Version::parse("").is_none());
        assert!(Version::parse("latest").is_none());
        assert!(Version::parse("x.1").is_none());
    }

    #[test]
    fn at_least_and_major() {
        assert!(v("15.4").at_least("15"));
        assert!(!v("14.10").at_least("15"));
        assert_eq!(v("11.8.2").major(), 11);
        assert!(v("3.2.6") == v("3.2.6"));
    }
}
