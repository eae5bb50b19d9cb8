//! The languages, and which one the environment asks for.

use unic_langid::{LanguageIdentifier, langid};

/// A language phiguard speaks: the languages of the whitepaper's editions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English (the source).
    #[default]
    En,
    /// Japanese.
    Ja,
    /// Chinese (Simplified, as the whitepaper's Chinese edition).
    Zh,
    /// Korean.
    Ko,
    /// German.
    De,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ja, Lang::Zh, Lang::Ko, Lang::De];

    /// The code `--lang` takes (`en`, `ja`, `zh`, `ko`, `de`).
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Zh => "zh",
            Lang::Ko => "ko",
            Lang::De => "de",
        }
    }

    /// The language for a `--lang` code.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The BCP 47 tag for Fluent's plural rules and HTML's `lang` attribute.
    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::Ja => langid!("ja"),
            Lang::Zh => langid!("zh-Hans"),
            Lang::Ko => langid!("ko"),
            Lang::De => langid!("de"),
        }
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty, as POSIX orders them; English when that names
    /// another language (or `C`/`POSIX`) or none is set.
    pub fn from_env() -> Lang {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        var("LC_ALL")
            .or_else(|| var("LC_MESSAGES"))
            .or_else(|| var("LANG"))
            .and_then(|v| from_locale(&v))
            .unwrap_or_default()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The language of a POSIX locale name (`ja_JP.UTF-8`, `zh_TW`, `de_AT@euro`, `ko`), if
/// phiguard speaks it.
pub fn from_locale(locale: &str) -> Option<Lang> {
    let lang = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default();
    Lang::parse(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names() {
        assert_eq!(from_locale("ja_JP.UTF-8"), Some(Lang::Ja));
        assert_eq!(from_locale("zh_CN.UTF-8"), Some(Lang::Zh));
        assert_eq!(from_locale("zh_TW"), Some(Lang::Zh));
        assert_eq!(from_locale("ko_KR.eucKR"), Some(Lang::Ko));
        assert_eq!(from_locale("de_AT@euro"), Some(Lang::De));
        assert_eq!(from_locale("de-CH"), Some(Lang::De));
        assert_eq!(from_locale("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(from_locale("fr_FR.UTF-8"), None);
        assert_eq!(from_locale("C.UTF-8"), None);
        assert_eq!(from_locale("POSIX"), None);
        assert_eq!(from_locale(""), None);
    }
}
