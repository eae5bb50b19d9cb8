//! phiguard's human-facing text in the languages the AWS HIPAA whitepaper is published in.
//!
//! One Fluent message directory per language (`locales/<lang>/*.ftl`), embedded in the
//! binary. English is the source: every other language falls back to it per message, so
//! a message not yet translated is shown whole in English, never half translated.
//! Bundles are parsed once per process and language, on first use; messages are
//! formatted only when a report renders them.
//!
//! Identifiers (rule ids, property names, CFR citations, JSON keys) are never messages.

mod locale;

pub use fluent_bundle::FluentValue;
pub use locale::{Lang, from_locale};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The message files, in load order (an id defined twice is a test failure).
pub const FILES: &[&str] = &[
    "report",
    "cli",
    "diagnostics",
    "hipaa",
    "findings",
    "whitepaper",
    "rules",
    "help",
];

macro_rules! files {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../locales/", $lang, "/diagnostics.ftl")),
            include_str!(concat!("../locales/", $lang, "/hipaa.ftl")),
            include_str!(concat!("../locales/", $lang, "/findings.ftl")),
            include_str!(concat!("../locales/", $lang, "/whitepaper.ftl")),
            include_str!(concat!("../locales/", $lang, "/rules.ftl")),
            include_str!(concat!("../locales/", $lang, "/help.ftl")),
        ]
    };
}

/// The embedded sources of one language, in [`FILES`] order.
pub fn sources(lang: Lang) -> [&'static str; 8] {
    match lang {
        Lang::En => files!("en"),
        Lang::Ja => files!("ja"),
        Lang::Zh => files!("zh"),
        Lang::Ko => files!("ko"),
        Lang::De => files!("de"),
    }
}

/// The ids not yet translated in `lang` (shown in English), one per line
/// (`locales/<lang>/untranslated.txt`; a test keeps it exact).
pub fn untranslated(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Ja => include_str!("../locales/ja/untranslated.txt"),
        Lang::Zh => include_str!("../locales/zh/untranslated.txt"),
        Lang::Ko => include_str!("../locales/ko/untranslated.txt"),
        Lang::De => include_str!("../locales/de/untranslated.txt"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 5] = [const { OnceLock::new() }; 5];
    BUNDLES[lang as usize].get_or_init(|| {
        let mut b = Bundle::new_concurrent(vec![lang.langid()]);
        // Reports are not bidirectional text: no FSI/PDI marks around values.
        b.set_use_isolating(false);
        for src in sources(lang) {
            // The files are ours and checked by tests; a syntax error keeps the rest.
            let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
            b.add_resource_overriding(res);
        }
        b
    })
}

/// Formats messages in one language, falling back to English per message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tr {
    /// The language.
    pub lang: Lang,
}

impl Tr {
    /// The translator for `lang`.
    pub const fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// Whether `lang` itself (not the English fallback) has `id`.
    pub fn has(&self, id: &str) -> bool {
        bundle(self.lang).has_message(id)
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with arguments: `tr.args("summary", &[("count", 3.into())])`.
    pub fn args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut a = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        self.format(id, Some(&a))
    }

    /// `english` in English; otherwise message `id` when this language has it, else
    /// `english` (rule texts, whose English source is the rule's own statics).
    pub fn or<'a>(&self, id: &str, english: &'a str) -> Cow<'a, str> {
        if self.lang == Lang::En || !self.has(id) {
            Cow::Borrowed(english)
        } else {
            Cow::Owned(self.t(id))
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for lang in [self.lang, Lang::En] {
            let b = bundle(lang);
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        // Every id the code uses is in English (tested); show the id rather than panic.
        id.to_string()
    }
}

/// A message id for free text that is not an identifier: lower-case ASCII letters and
/// digits, other runs as one `-` (`Amazon S3` → `amazon-s3`).
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The message id of a whitepaper section title (`section-amazon-s3...`).
pub fn section_id(english: &str) -> String {
    format!("section-{}", slug(english))
}

/// A whitepaper section title in `tr`'s language (the seed editions' wording).
pub fn section<'a>(tr: Tr, english: &'a str) -> Cow<'a, str> {
    tr.or(&section_id(english), english)
}

/// Joins translated sentences the way the language does (no space in Japanese and Chinese).
pub fn join_sentences(lang: Lang, parts: &[String]) -> String {
    match lang {
        Lang::Ja | Lang::Zh => parts.concat(),
        _ => parts.join(" "),
    }
}
