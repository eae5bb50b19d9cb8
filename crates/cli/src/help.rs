//! The command line's own words in the report languages: `--help`, usage lines and clap's
//! errors.
//!
//! The clap definitions (their doc comments) are the English source, and English is
//! clap's own output, untouched. For another language the language is decided before
//! parsing ([`lang_of`]), and the built `clap::Command` is rewritten from `help.ftl`:
//! every command's about texts, every argument's help, possible values' help, and clap's
//! headings, templates and error messages. Identifiers (commands, flags, value names,
//! possible values, defaults) are never translated. A text that has no translation keeps
//! its English.
//!
//! Message ids follow the command path and the argument id: `help-scan-about`,
//! `help-scan-fail-on`, `help-scan-input-terraform-plan` (a possible value's help),
//! `help-lang` (an argument of the top command, global ones included); clap's own words
//! are `help-clap-…`. [`english_ftl`] generates `en/help.ftl` from the definitions.

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command};
use phiguard_i18n::{Lang, Tr};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The about text of clap's generated `help` command.
const HELP_ABOUT: &str = "Print this message or the help of the given subcommand(s)";

/// clap's own words: the key of `help-clap-<key>` and its English Fluent source. The
/// texts clap puts on its generated flags and `help` command are matched by their English.
const CLAP: &[(&str, &str)] = &[
    ("usage", "Usage"),
    ("commands", "Commands"),
    ("arguments", "Arguments"),
    ("options", "Options"),
    ("default", "default"),
    ("possible-values", "possible values"),
    ("possible-values-heading", "Possible values"),
    ("print-help", "Print help"),
    ("print-help-more", "Print help (see more with '--help')"),
    ("print-help-summary", "Print help (see a summary with '-h')"),
    ("print-version", "Print version"),
    ("help-about", HELP_ABOUT),
    ("help-subcommand", "Print help for the subcommand(s)"),
    ("error", "error"),
    ("tip", "tip"),
    ("try-help", "For more information, try '{ $help }'."),
    (
        "unexpected-argument",
        "unexpected argument '{ $arg }' found",
    ),
    (
        "pass-as-value",
        "to pass '{ $arg }' as a value, use '{ $suggestion }'",
    ),
    ("similar-argument", "a similar argument exists: { $names }"),
    (
        "similar-subcommand",
        "a similar subcommand exists: { $names }",
    ),
    ("similar-value", "a similar value exists: { $names }"),
    (
        "unrecognized-subcommand",
        "unrecognized subcommand '{ $name }'",
    ),
    ("invalid-value", "invalid value '{ $value }' for '{ $arg }'"),
    (
        "value-required",
        "a value is required for '{ $arg }' but none was supplied",
    ),
    (
        "missing-required",
        "the following required arguments were not provided:",
    ),
    (
        "missing-subcommand",
        "'{ $name }' requires a subcommand but one was not provided",
    ),
    (
        "used-multiple-times",
        "the argument '{ $arg }' cannot be used multiple times",
    ),
    (
        "cannot-be-used-with",
        "the argument '{ $arg }' cannot be used with { $other }",
    ),
    (
        "no-equals",
        "equal sign is needed when assigning values to '{ $arg }'",
    ),
    (
        "too-many-values",
        "unexpected value '{ $value }' for '{ $arg }' found; no more were expected",
    ),
    (
        "wrong-number-of-values",
        "{ $expected } values required for '{ $arg }' but { $actual } were provided",
    ),
    (
        "invalid-utf8",
        "invalid UTF-8 was detected in one or more arguments",
    ),
];

/// phiguard's own words about a flag's value (its value parsers): the key of
/// `help-value-<key>` and its English Fluent source.
const VALUES: &[(&str, &str)] = &[
    (
        "lang",
        "expected one of en, ja, zh, ko, de; got '{ $value }'",
    ),
    (
        "severity",
        "expected one of critical, high, medium, low; got '{ $value }'",
    ),
    (
        "account",
        "an AWS account id is 12 digits; got '{ $value }'",
    ),
    (
        "region",
        "expected an AWS region such as us-east-1; got '{ $value }'",
    ),
];

/// A value parser's complaint `help-value-<key>` about `value`, in the language the
/// command line is parsed in (clap shows it after "invalid value … for …").
pub fn value_error(key: &str, value: &str) -> String {
    let tr = TR.get().copied().unwrap_or_default();
    tr.args(&format!("help-value-{key}"), &[("value", value.into())])
}

/// The language the command line asks for: the last `--lang X` or `--lang=X` naming a
/// language (before `--`), else the locale ([`Lang::from_env`]). `args` is the whole
/// command line, the program first.
pub fn lang_of<T: AsRef<OsStr>>(args: impl IntoIterator<Item = T>) -> Lang {
    let mut found = None;
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let Some(arg) = arg.as_ref().to_str() else {
            continue;
        };
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            args.next()
                .and_then(|v| v.as_ref().to_str().and_then(Lang::parse))
        } else {
            arg.strip_prefix("--lang=").and_then(Lang::parse)
        };
        found = value.or(found);
    }
    found.unwrap_or_else(Lang::from_env)
}

static TR: OnceLock<Tr> = OnceLock::new();

/// Parses the command line with `cmd` (`Cli::command()`) speaking `tr`'s language: help,
/// usage and errors translated; exits as clap does on `--help`, `--version` and errors.
pub fn parse<T: clap::FromArgMatches>(cmd: Command, tr: Tr) -> T {
    let _ = TR.set(tr);
    let mut cmd = localize(cmd, tr);
    let result = cmd.try_get_matches_from_mut(std::env::args_os());
    let mut matches = result.unwrap_or_else(|e| exit(e, tr));
    T::from_arg_matches_mut(&mut matches).unwrap_or_else(|e| exit(e.format(&mut cmd), tr))
}

/// Prints a parse error (or the help or version clap answers with) and exits as clap does.
fn exit(e: clap::Error, tr: Tr) -> ! {
    if render_error(&e, tr).is_some() {
        e.apply::<Localized>().exit()
    }
    // Help, version, or a kind of error this module does not know: clap's own words.
    e.exit()
}

/// `cmd` (built here) with every text in `tr`'s language where it has one.
pub fn localize(mut cmd: Command, tr: Tr) -> Command {
    cmd.build();
    localize_command(cmd, tr, "", &[])
}

/// A message of `tr`'s own language (not the English fallback), if it has it.
fn text(tr: Tr, id: &str) -> Option<String> {
    tr.has(id).then(|| tr.t(id))
}

/// clap's own text `english` in `tr`'s language, if it is one of clap's words.
fn clap_text(tr: Tr, english: &str) -> Option<String> {
    let (key, _) = CLAP.iter().find(|(_, en)| *en == english)?;
    text(tr, &format!("help-clap-{key}"))
}

/// The id prefix of a command path (`help` for the top command, `help-scan`...).
fn prefix(path: &str) -> String {
    if path.is_empty() {
        "help".to_string()
    } else {
        format!("help-{path}")
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}-{name}")
    }
}

/// clap's generated `--help`/`--version` flags.
fn is_generated(a: &Arg) -> bool {
    matches!(
        a.get_action(),
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version
    )
}

/// clap's generated `help` command.
fn is_help_command(c: &Command) -> bool {
    c.get_name() == "help" && c.get_about().is_some_and(|a| a.to_string() == HELP_ABOUT)
}

/// An argument's message id, unless it is generated by clap or hidden; a global argument
/// has the id of the command that declares it (`globals`: id → prefix).
fn arg_id(a: &Arg, pre: &str, globals: &BTreeMap<String, String>) -> Option<String> {
    if is_generated(a) || a.is_hide_set() {
        return None;
    }
    let id = a.get_id().as_str();
    let pre = globals.get(id).map_or(pre, String::as_str);
    Some(format!("{pre}-{}", id.replace('_', "-")))
}

/// Whether clap shows a long help for `cmd` (as `Command::long_help_exists` decides at
/// build time, before this module hides what it renders itself).
fn long_help_exists(cmd: &Command) -> bool {
    let long = |a: &Arg| {
        !a.is_hide_set()
            && (a.get_long_help().is_some()
                || a.is_hide_long_help_set()
                || a.is_hide_short_help_set()
                || (!a.is_hide_possible_values_set()
                    && a.get_possible_values()
                        .iter()
                        .any(|p| !p.is_hide_set() && p.get_help().is_some())))
    };
    cmd.get_long_about().is_some()
        || cmd.get_before_long_help().is_some()
        || cmd.get_after_long_help().is_some()
        || cmd.get_arguments().any(long)
}

fn localize_command(cmd: Command, tr: Tr, path: &str, inherited: &[(String, String)]) -> Command {
    let pre = prefix(path);
    let long = long_help_exists(&cmd);
    let styles = cmd.get_styles().clone();
    let mut globals: BTreeMap<String, String> = inherited.iter().cloned().collect();
    for a in cmd.get_arguments().filter(|a| a.is_global_set()) {
        globals
            .entry(a.get_id().to_string())
            .or_insert_with(|| pre.clone());
    }
    let template = template(&cmd, tr, &styles);
    let mut cmd = cmd.help_template(template);
    if let Some(t) = text(tr, &format!("{pre}-about")) {
        cmd = cmd.about(t);
    }
    if let Some(t) = text(tr, &format!("{pre}-long-about")) {
        cmd = cmd.long_about(t);
    }
    if let Some(t) = text(tr, &format!("{pre}-after-help")) {
        cmd = cmd.after_help(t);
    }
    if let Some(t) = text(tr, &format!("{pre}-after-long-help")) {
        cmd = cmd.after_long_help(t);
    }
    cmd = cmd.mut_args(|a| {
        let id = arg_id(&a, &pre, &globals);
        localize_arg(a, tr, id.as_deref(), long, &styles)
    });
    let globals: Vec<(String, String)> = globals.into_iter().collect();
    cmd.mut_subcommands(|sc| {
        if is_help_command(&sc) {
            localize_help_command(sc, tr, path)
        } else {
            let sub = join(path, sc.get_name());
            localize_command(sc, tr, &sub, &globals)
        }
    })
}

/// clap's `help` command: its own words, and the about texts of the commands it copies.
fn localize_help_command(sc: Command, tr: Tr, path: &str) -> Command {
    let mut sc = sc;
    if let Some(t) = clap_text(tr, HELP_ABOUT) {
        sc = sc.about(t);
    }
    let styles = sc.get_styles().clone();
    let template = template(&sc, tr, &styles);
    sc = sc.help_template(template);
    sc = sc.mut_args(|a| localize_arg(a, tr, None, false, &styles));
    sc.mut_subcommands(|c| {
        if is_help_command(&c) {
            return localize_help_command(c, tr, path);
        }
        let sub = join(path, c.get_name());
        match text(tr, &format!("{}-about", prefix(&sub))) {
            Some(t) => c.about(t),
            None => c,
        }
    })
}

/// clap's help template with its headings in `tr`'s language: usage, then commands,
/// arguments and options as clap orders them.
fn template(cmd: &Command, tr: Tr, styles: &Styles) -> StyledStr {
    let usage = styles.get_usage();
    let header = styles.get_header();
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}",
        tr.t("help-clap-usage")
    );
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(("help-clap-commands", "{subcommands}"));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(("help-clap-arguments", "{positionals}"));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(("help-clap-options", "{options}"));
    }
    for (heading, tag) in sections {
        let _ = write!(t, "\n\n{header}{}:{header:#}\n{tag}", tr.t(heading));
    }
    t += "{after-help}";
    StyledStr::from(t)
}

/// One argument in `tr`'s language. clap's `[default: …]` and `[possible values: …]`
/// are English, so they are hidden and written into the help text as clap writes them.
fn localize_arg(a: Arg, tr: Tr, id: Option<&str>, long: bool, styles: &Styles) -> Arg {
    let english = |s: Option<&StyledStr>| s.map(|s| s.ansi().to_string());
    let (help, long_help) = match id {
        Some(id) => (
            text(tr, id).or_else(|| english(a.get_help())),
            text(tr, &format!("{id}-long")).or_else(|| english(a.get_long_help())),
        ),
        None => (
            a.get_help()
                .map(|h| clap_text(tr, &h.to_string()).unwrap_or_else(|| h.ansi().to_string())),
            a.get_long_help()
                .map(|h| clap_text(tr, &h.to_string()).unwrap_or_else(|| h.ansi().to_string())),
        ),
    };
    let takes_values = a.get_action().takes_values();
    let defaults: Vec<String> = if takes_values && !a.is_hide_default_value_set() {
        a.get_default_values()
            .iter()
            .map(|v| {
                let v = v.to_string_lossy();
                if v.contains(char::is_whitespace) {
                    format!("{v:?}")
                } else {
                    v.into_owned()
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let values: Vec<_> = if takes_values && !a.is_hide_possible_values_set() {
        a.get_possible_values()
            .into_iter()
            .filter(|p| !p.is_hide_set())
            .collect()
    } else {
        Vec::new()
    };
    let apply = |a: Arg, help: Option<String>, long_help: Option<String>| {
        let a = match help {
            Some(h) => a.help(h),
            None => a,
        };
        match long_help {
            Some(h) => a.long_help(h),
            None => a,
        }
    };
    if defaults.is_empty() && values.is_empty() {
        return apply(a, help, long_help);
    }
    let (ctx, val, lit) = (
        styles.get_context(),
        styles.get_context_value(),
        styles.get_literal(),
    );
    let mut specs = Vec::new();
    if !defaults.is_empty() {
        let word = tr.t("help-clap-default");
        specs.push(format!(
            "{ctx}[{word}: {ctx:#}{val}{}{val:#}{ctx}]{ctx:#}",
            defaults.join(" ")
        ));
    }
    let values_list = || {
        let names: Vec<String> = values
            .iter()
            .map(|p| format!("{val}{}{val:#}", p.get_name()))
            .collect();
        let word = tr.t("help-clap-possible-values");
        format!(
            "{ctx}[{word}: {ctx:#}{}{ctx}]{ctx:#}",
            names.join(&format!("{ctx}, {ctx:#}"))
        )
    };
    let mut short_specs = specs.clone();
    if !values.is_empty() {
        short_specs.push(values_list());
    }
    let short = help.as_deref().unwrap_or_default();
    let short = [short.to_string(), short_specs.join(" ")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let a = a.hide_default_value(true).hide_possible_values(true);
    if !long {
        return apply(a, Some(short), None);
    }
    let mut parts: Vec<String> = long_help.or(help).into_iter().collect();
    let pv_help = values.iter().any(|p| p.get_help().is_some());
    if pv_help {
        let width = values.iter().map(|p| p.get_name().len()).max().unwrap_or(0);
        let mut list = format!("{}:", tr.t("help-clap-possible-values-heading"));
        for p in &values {
            let name = p.get_name();
            let _ = write!(list, "\n- {lit}{name}{lit:#}");
            if let Some(h) = p.get_help() {
                let pad = width - name.len();
                let own = id.and_then(|id| text(tr, &format!("{id}-{name}")));
                let h = own.unwrap_or_else(|| h.ansi().to_string());
                let _ = write!(list, ": {:pad$}{h}", "");
            }
        }
        parts.push(list);
    } else if !values.is_empty() {
        specs.push(values_list());
    }
    if !specs.is_empty() {
        parts.push(specs.join("\n"));
    }
    apply(a, Some(short), Some(parts.join("\n\n")))
}

/// clap's errors in the language [`parse`] was given.
struct Localized;

impl ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let tr = TR.get().copied().unwrap_or_default();
        render_error(error, tr).unwrap_or_default()
    }
}

/// A usage error in `tr`'s language, laid out as clap lays it out; `None` for a kind of
/// error (or a context) this module does not know.
fn render_error<F: ErrorFormatter>(error: &clap::error::Error<F>, tr: Tr) -> Option<StyledStr> {
    let styles = Styles::default();
    let (invalid, valid, literal) = (
        styles.get_invalid(),
        styles.get_valid(),
        styles.get_literal(),
    );
    let string = |k: ContextKind| match error.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let bad = |s: &str| format!("{invalid}{s}{invalid:#}");
    let lit = |s: &str| format!("{literal}{s}{literal:#}");
    let msg = |key: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, phiguard_i18n::FluentValue)> =
            args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
        tr.args(&format!("help-clap-{key}"), &args)
    };
    let arg = string(ContextKind::InvalidArg);
    let value = string(ContextKind::InvalidValue);
    let mut out = String::new();
    let error_style = styles.get_error();
    let _ = write!(
        out,
        "{error_style}{}:{error_style:#} ",
        tr.t("help-clap-error")
    );
    let body = match (error.kind(), arg, value) {
        (ErrorKind::UnknownArgument, Some(a), _) => {
            Some(msg("unexpected-argument", &[("arg", bad(&a))]))
        }
        (ErrorKind::InvalidSubcommand, _, _) => string(ContextKind::InvalidSubcommand)
            .map(|n| msg("unrecognized-subcommand", &[("name", bad(&n))])),
        (ErrorKind::InvalidValue, Some(a), Some(v)) => {
            let mut m = if v.is_empty() {
                msg("value-required", &[("arg", bad(&a))])
            } else {
                msg("invalid-value", &[("value", bad(&v)), ("arg", lit(&a))])
            };
            if let Some(ContextValue::Strings(list)) = error.get(ContextKind::ValidValue)
                && !list.is_empty()
            {
                let names: Vec<String> = list
                    .iter()
                    .map(|v| format!("{valid}{v}{valid:#}"))
                    .collect();
                let word = tr.t("help-clap-possible-values");
                let _ = write!(m, "\n  [{word}: {}]", names.join(", "));
            }
            Some(m)
        }
        (ErrorKind::ValueValidation, Some(a), Some(v)) => {
            let mut m = msg("invalid-value", &[("value", bad(&v)), ("arg", lit(&a))]);
            if let Some(source) = std::error::Error::source(error) {
                let _ = write!(m, ": {source}");
            }
            Some(m)
        }
        (ErrorKind::MissingRequiredArgument, _, _) => match error.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(list)) => {
                let mut m = msg("missing-required", &[]);
                for v in list {
                    let _ = write!(m, "\n  {valid}{v}{valid:#}");
                }
                Some(m)
            }
            _ => None,
        },
        (ErrorKind::MissingSubcommand, _, _) => string(ContextKind::InvalidSubcommand)
            .map(|n| msg("missing-subcommand", &[("name", bad(&n))])),
        (ErrorKind::ArgumentConflict, Some(a), _) => match error.get(ContextKind::PriorArg) {
            Some(ContextValue::String(p)) if *p == a => {
                Some(msg("used-multiple-times", &[("arg", bad(&a))]))
            }
            Some(ContextValue::String(p)) => Some(msg(
                "cannot-be-used-with",
                &[("arg", bad(&a)), ("other", format!("'{}'", bad(p)))],
            )),
            Some(ContextValue::Strings(list)) => {
                let others: Vec<String> = list.iter().map(|p| format!("'{}'", bad(p))).collect();
                Some(msg(
                    "cannot-be-used-with",
                    &[("arg", bad(&a)), ("other", others.join(", "))],
                ))
            }
            _ => None,
        },
        (ErrorKind::NoEquals, Some(a), _) => Some(msg("no-equals", &[("arg", bad(&a))])),
        (ErrorKind::TooManyValues, Some(a), Some(v)) => Some(msg(
            "too-many-values",
            &[("value", bad(&v)), ("arg", lit(&a))],
        )),
        (ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues, Some(a), _) => {
            let number = |k| match error.get(k) {
                Some(ContextValue::Number(n)) => Some(*n),
                _ => None,
            };
            let expected =
                number(ContextKind::ExpectedNumValues).or_else(|| number(ContextKind::MinValues));
            let actual = number(ContextKind::ActualNumValues);
            expected.zip(actual).map(|(e, n)| {
                msg(
                    "wrong-number-of-values",
                    &[
                        ("expected", format!("{valid}{e}{valid:#}")),
                        ("arg", lit(&a)),
                        ("actual", bad(&n.to_string())),
                    ],
                )
            })
        }
        (ErrorKind::InvalidUtf8, _, _) => Some(msg("invalid-utf8", &[])),
        _ => None,
    };
    out += &body?;
    let tip = |out: &mut String, text: String| {
        let _ = write!(out, "\n  {valid}{}:{valid:#} {text}", tr.t("help-clap-tip"));
    };
    let names = |v: &ContextValue| match v {
        ContextValue::String(s) => vec![format!("'{valid}{s}{valid:#}'")],
        ContextValue::Strings(l) => l.iter().map(|s| format!("'{valid}{s}{valid:#}'")).collect(),
        _ => Vec::new(),
    };
    let mut tips = Vec::new();
    for (kind, key) in [
        (ContextKind::SuggestedSubcommand, "similar-subcommand"),
        (ContextKind::SuggestedArg, "similar-argument"),
        (ContextKind::SuggestedValue, "similar-value"),
    ] {
        if let Some(v) = error.get(kind) {
            tips.push(msg(key, &[("names", names(v).join(", "))]));
        }
    }
    if let Some(ContextValue::StyledStrs(list)) = error.get(ContextKind::Suggested) {
        for s in list {
            tips.push(suggestion(tr, &s.to_string()).unwrap_or_else(|| s.ansi().to_string()));
        }
    }
    if !tips.is_empty() {
        out += "\n";
    }
    for t in tips {
        tip(&mut out, t);
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.ansi().to_string();
        let word = tr.t("help-clap-usage");
        out += "\n\n";
        out += &usage.replacen("Usage:", &format!("{word}:"), 1);
    }
    let help = format!("{literal}--help{literal:#}");
    let _ = writeln!(out, "\n\n{}", msg("try-help", &[("help", help)]));
    Some(StyledStr::from(out))
}

/// clap's "to pass '-x' as a value, use '-- -x'" tip in `tr`'s language.
fn suggestion(tr: Tr, english: &str) -> Option<String> {
    let rest = english.strip_prefix("to pass '")?;
    let (arg, rest) = rest.split_once("' as a value, use '")?;
    let suggestion = rest.strip_suffix('\'')?;
    let args = [("arg", arg.into()), ("suggestion", suggestion.into())];
    Some(tr.args("help-clap-pass-as-value", &args))
}

/// A text as a Fluent value: braces as string literals, continuation lines indented, a
/// continuation line's special first character (`[`, `*`, `.`) as a literal.
fn ftl_value(text: &str) -> String {
    let escaped = text
        .replace('{', "\u{0}")
        .replace('}', "{\"}\"}")
        .replace('\u{0}', "{\"{\"}");
    let mut lines = escaped.lines();
    let first = lines.next().unwrap_or_default().to_string();
    let rest: Vec<String> = lines
        .map(|l| match l.chars().next() {
            Some(c @ ('[' | '*' | '.')) => format!("    {{\"{c}\"}}{}", &l[1..]),
            _ if l.is_empty() => String::new(),
            _ => format!("    {l}"),
        })
        .collect();
    if rest.is_empty() && !first.starts_with(' ') {
        first
    } else {
        format!("\n    {first}\n{}", rest.join("\n"))
    }
}

/// Every text of `cmd` (not yet built) and its commands: (message id, English), in
/// help order.
pub fn english_texts(mut cmd: Command) -> Vec<(String, String)> {
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, "", &BTreeMap::new(), &mut out);
    out
}

fn collect(
    cmd: &Command,
    path: &str,
    inherited: &BTreeMap<String, String>,
    out: &mut Vec<(String, String)>,
) {
    let pre = prefix(path);
    let mut globals = inherited.clone();
    for a in cmd.get_arguments().filter(|a| a.is_global_set()) {
        globals
            .entry(a.get_id().to_string())
            .or_insert_with(|| pre.clone());
    }
    let own = |s: Option<&StyledStr>| s.map(|s| s.to_string());
    for (suffix, t) in [
        ("about", own(cmd.get_about())),
        ("long-about", own(cmd.get_long_about())),
        ("after-help", own(cmd.get_after_help())),
        ("after-long-help", own(cmd.get_after_long_help())),
    ] {
        if let Some(t) = t {
            out.push((format!("{pre}-{suffix}"), t));
        }
    }
    for a in cmd.get_arguments() {
        let Some(id) = arg_id(a, &pre, &globals) else {
            continue;
        };
        if inherited.contains_key(a.get_id().as_str()) {
            continue;
        }
        if let Some(h) = a.get_help() {
            out.push((id.clone(), h.to_string()));
        }
        if let Some(h) = a.get_long_help() {
            out.push((format!("{id}-long"), h.to_string()));
        }
        if a.get_action().takes_values() {
            for p in a.get_possible_values() {
                if let Some(h) = p.get_help().filter(|_| !p.is_hide_set()) {
                    out.push((format!("{id}-{}", p.get_name()), h.to_string()));
                }
            }
        }
    }
    for sc in cmd.get_subcommands() {
        if !is_help_command(sc) && !sc.is_hide_set() {
            collect(sc, &join(path, sc.get_name()), &globals, out);
        }
    }
}

/// `en/help.ftl`, generated from `cmd` (`Cli::command()`): every command's and argument's
/// text (a text said before is a reference to its first message), then clap's words.
pub fn english_ftl(cmd: Command, generator: &str) -> String {
    let mut s = format!(
        "# Generated by `{generator}`; do not edit.\n# The command line's help: every command's and argument's text, from the clap\n# definitions, then clap's own words (headings, generated flags, errors).\n"
    );
    let mut first: BTreeMap<String, String> = BTreeMap::new();
    let mut section = None;
    for (id, english) in english_texts(cmd) {
        let command = id
            .strip_suffix("-about")
            .filter(|c| !c.ends_with("-long"))
            .map(str::to_string);
        if let Some(c) = command
            && section.as_ref() != Some(&c)
        {
            let name = c.strip_prefix("help-").unwrap_or("phiguard");
            let name = if c == "help" { "phiguard" } else { name };
            let _ = write!(s, "\n## {name}\n\n");
            section = Some(c);
        }
        match first.get(&english) {
            Some(earlier) => {
                let _ = writeln!(s, "{id} = {{ {earlier} }}");
            }
            None => {
                let value = ftl_value(&english);
                let sep = if value.starts_with('\n') { "" } else { " " };
                let _ = writeln!(s, "{id} ={sep}{value}");
                first.insert(english, id);
            }
        }
    }
    s += "\n## values\n\n";
    for (key, english) in VALUES {
        let _ = writeln!(s, "help-value-{key} = {english}");
    }
    s += "\n## clap\n\n";
    for (key, english) in CLAP {
        let _ = writeln!(s, "help-clap-{key} = {english}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_flag() {
        let l = |args: &[&str]| lang_of(std::iter::once("phiguard").chain(args.iter().copied()));
        assert_eq!(l(&["scan", "--lang", "ja", "x"]), Lang::Ja);
        assert_eq!(l(&["--lang=de", "rules"]), Lang::De);
        assert_eq!(l(&["--lang", "ko", "--lang", "zh"]), Lang::Zh);
        assert_eq!(l(&["--lang=DE"]), Lang::De);
        // A value after `--` is an input, not the flag.
        let env = Lang::from_env();
        assert_eq!(l(&["scan", "--", "--lang", "ja"]), env);
        assert_eq!(l(&["--lang", "fr"]), env);
    }

    #[test]
    fn fluent_values_keep_the_text() {
        assert_eq!(ftl_value("a {b}"), "a {\"{\"}b{\"}\"}");
        assert_eq!(
            ftl_value("A:\n  0  x\n[y]"),
            "\n    A:\n      0  x\n    {\"[\"}y]"
        );
    }
}
