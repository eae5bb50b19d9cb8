//! The `phiguard` command line.

mod live;

use anyhow::{Context, Result, bail};
use clap::{CommandFactory, Parser, Subcommand};
use phiguard::Said;
use phiguard::inputs::InputKind;
use phiguard::{ScanOptions, scan_with_progress};
use phiguard_i18n::{Lang, Tr};
use phiguard_report::{ConfigSource, ScanResult, ScanScope};
use phiguard_report::{Options, neutralise};
use phiguard_rules::{Config, Severity};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

// Parsing allocates many small nodes; mimalloc roughly halves allocation cost here.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Check AWS architectures against the HIPAA-on-AWS whitepaper.
#[derive(Parser)]
#[command(name = "phiguard", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of reports and messages: en, ja, zh, ko, de (default: from LC_ALL,
    /// LC_MESSAGES or LANG, else en). Ids, property names and citations stay as they are.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| phiguard::help::value_error("lang", s))
}

#[derive(Subcommand)]
enum Command {
    /// Scan templates and report findings.
    Scan(ScanArgs),
    /// List every rule.
    Rules {
        #[command(flatten)]
        policies: PolicyArgs,
        /// Output format: text, json or markdown.
        #[arg(long, default_value = "text")]
        format: String,
        /// With markdown: write the index and one page per rule into this folder (docs/rules).
        #[arg(long, value_name = "DIR")]
        output_dir: Option<PathBuf>,
    },
    /// Show one rule's full documentation.
    Explain {
        /// Rule id.
        rule: String,
        #[command(flatten)]
        policies: PolicyArgs,
    },
    /// Show how every whitepaper requirement is accounted for.
    Coverage {
        #[command(flatten)]
        policies: PolicyArgs,
        /// Output format: text or json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Draw where data (and PHI) flows between resources, with failing hops in red.
    Graph(GraphArgs),
    /// Show (as a diff) or write the edits that fix failing findings.
    Fix(FixArgs),
    /// Show the compliance trend over recorded scans (`scan --history`), per HIPAA
    /// safeguard paragraph and per rule, and what changed in the last scan.
    History(HistoryArgs),
    /// Print the least-privilege read-only IAM policy that live scans (`phiguard scan aws`)
    /// need, generated from the collectors.
    AwsPolicy {
        /// List the services `--services` takes instead.
        #[arg(long)]
        services: bool,
    },
    /// Compare two JSON reports: new, fixed and changed findings.
    #[command(after_help = DIFF_EXIT_CODES)]
    Diff {
        /// The earlier report (`phiguard scan --format json`).
        old: PathBuf,
        /// The later report.
        new: PathBuf,
        /// Output format: text, json or markdown (for a pull-request comment).
        #[arg(short, long, default_value = "text", value_parser = ["text", "json", "markdown"])]
        format: String,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
struct HistoryArgs {
    /// How many of the last recorded scans to show.
    #[arg(long, default_value_t = 10)]
    last: usize,
    /// Output format: text or json.
    #[arg(long, default_value = "text")]
    format: String,
    /// The history: a SQLite file or a postgres:// URL (default: the config's `history`,
    /// else .phiguard/history.db).
    #[arg(long, value_name = "PATH|URL")]
    history: Option<String>,
    /// Configuration file (default: phiguard.toml in the current folder, if present).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Load no configuration file.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
}

#[derive(clap::Args)]
#[command(after_help = FIX_EXIT_CODES)]
struct FixArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// Write the fixes into the files instead of showing the diff.
    #[arg(long)]
    write: bool,
    /// Also apply fixes that can break a deployment or lose data (each says why).
    #[arg(long)]
    unsafe_fixes: bool,
    /// Only fix this rule's findings (repeatable).
    #[arg(long = "rule", value_name = "ID")]
    rules: Vec<String>,
    /// Output: a unified diff, or json (files, fixes, findings left and why).
    #[arg(long, default_value = "diff", value_parser = ["diff", "json"])]
    format: String,
}

const FIX_EXIT_CODES: &str = "Exit codes:
  0  nothing to fix, or the fixes were written (--write)
  1  fixes are available and were shown, not written
  2  usage or config error, an input that could not be read, a file that could not
     be written, or no input read at all (unless --allow-empty)";

const DIFF_EXIT_CODES: &str = "Exit codes:
  0  no new failing finding
  1  new failing findings (new, or changed to failing)
  2  a report could not be read";

/// Custom rules (shared by every command that lists or runs rules).
#[derive(clap::Args)]
struct PolicyArgs {
    /// Folder of custom rules written in Rego (repeatable; added to `policy_dirs` of the
    /// configuration). See docs/custom-rules.md.
    #[arg(long = "policy-dir", value_name = "DIR")]
    policy_dirs: Vec<PathBuf>,
}

impl PolicyArgs {
    /// Loads the custom rules (with the configuration's `policy_dirs` from phiguard.toml
    /// in the working directory) and prints what could not be loaded; true when
    /// something could not.
    fn load_listing(&self, tr: Tr) -> Result<bool> {
        let policies = phiguard::policy::load(&self.policy_dirs, None, false)?;
        let errors = policies.errors();
        for d in &errors {
            eprintln!(
                "{}",
                neutralise(&phiguard_report::l10n::diagnostic_line(tr, d))
            );
        }
        Ok(!errors.is_empty())
    }
}

/// How inputs are read and judged (shared by `scan` and `graph`).
#[derive(clap::Args)]
struct InputArgs {
    /// Files or folders to scan; `aws` scans the live AWS account (see below).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// CloudFormation parameter value, overriding the default (repeatable).
    #[arg(long = "param", value_name = "KEY=VALUE")]
    params: Vec<String>,
    /// Terraform variable value (repeatable; wins over variable files).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    vars: Vec<String>,
    /// Terraform variable file, `.tfvars` or `.tfvars.json` (repeatable, later wins).
    #[arg(long = "var-file", value_name = "FILE")]
    var_files: Vec<PathBuf>,
    /// Terraform `file()`, `templatefile()` and module sources read only files under this
    /// folder (default: the repository holding the scanned paths, else their common folder).
    #[arg(long, value_name = "DIR")]
    root: Option<PathBuf>,
    /// Treat the input as this format instead of detecting it.
    #[arg(long)]
    input: Option<InputKind>,
    /// Configuration file (default: phiguard.toml in the current folder, if present; every
    /// report names the file used).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Load no configuration file, not even phiguard.toml in the current folder.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    /// Exit 0 when the paths hold no input at all (monorepo jobs that run on every change);
    /// by default a scan that read nothing exits 2.
    #[arg(long)]
    allow_empty: bool,
    /// Accept protections AWS applies by default (S3 SSE-S3, SQS-managed SSE...).
    #[arg(long)]
    trust_aws_defaults: bool,
    /// Mark a resource (logical id or address) as holding PHI (repeatable).
    #[arg(long = "phi", value_name = "RESOURCE")]
    phi: Vec<String>,
    /// The day suppression expiries are judged on, YYYY-MM-DD (default: `PHIGUARD_NOW`,
    /// else today in UTC). For tests and for replaying a past scan.
    #[arg(long, hide = true, value_name = "DATE")]
    now: Option<String>,
    #[command(flatten)]
    policies: PolicyArgs,
    #[command(flatten)]
    live: live::LiveArgs,
}

#[derive(clap::Args)]
struct GraphArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// Graph format: dot (Graphviz), mermaid or json.
    #[arg(short, long, default_value = "dot")]
    format: String,
    /// Write the graph here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(clap::Args)]
#[command(after_help = EXIT_CODES)]
struct ScanArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// Report format.
    #[arg(short, long, default_value = "text", value_parser = clap::builder::PossibleValuesParser::new(phiguard_report::FORMATS.iter().copied()))]
    format: String,
    /// Write the report here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Exit 1 when a failing finding is at or above this severity
    /// [possible values: critical, high, medium, low].
    #[arg(long, default_value = "low", value_parser = parse_severity)]
    fail_on: Severity,
    /// The folder SARIF result paths are relative to (default: the git repository holding
    /// the first scanned path, else the current folder).
    #[arg(long, value_name = "DIR")]
    sarif_base: Option<PathBuf>,
    /// Also list passing and not-applicable findings (text format).
    #[arg(long)]
    show_passed: bool,
    /// Print the manual attestation checklist (text format; other formats always include it).
    #[arg(long)]
    attestations: bool,
    /// AWS account id the findings belong to (asff format).
    #[arg(long, value_name = "ACCOUNT_ID", value_parser = parse_account)]
    aws_account: Option<String>,
    /// AWS region to import the findings into (asff format).
    #[arg(long, value_name = "REGION", value_parser = parse_region)]
    aws_region: Option<String>,
    /// Record this scan in the scan history: a SQLite file or a postgres:// URL (without
    /// a value: the config's `history`, else .phiguard/history.db). Put it last or write
    /// --history=PATH so it does not take a scanned path as its value.
    #[arg(long, value_name = "PATH|URL", num_args = 0..=1, default_missing_value = "")]
    history: Option<String>,
    /// A previous JSON report: report and gate only on findings it does not have.
    #[arg(long, value_name = "REPORT.json")]
    baseline: Option<PathBuf>,
    /// Colour in the text report: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, default_value = "auto", value_parser = ["auto", "always", "never"])]
    color: String,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
    /// Also write the input document custom Rego rules read (docs/custom-rules.md).
    #[arg(long, value_name = "FILE")]
    policy_input: Option<PathBuf>,
}

const EXIT_CODES: &str = "Exit codes:
  0  no failing finding at or above --fail-on
  1  failing findings at or above --fail-on
  2  usage or config error, an input that could not be read (the others are still
     reported), no input read at all (unless --allow-empty), no rule left to run,
     -o naming an input file, or a scan history (--history) that could not be written";

fn parse_account(s: &str) -> Result<String, String> {
    if s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(s.to_string())
    } else {
        Err(phiguard::help::value_error("account", s))
    }
}

fn parse_region(s: &str) -> Result<String, String> {
    let ok = s.split('-').count() >= 3
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(s.to_string())
    } else {
        Err(phiguard::help::value_error("region", s))
    }
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s).ok_or_else(|| phiguard::help::value_error("severity", s))
}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    // The language is decided before parsing, so help and usage errors speak it too.
    let cli = match phiguard::help::lang_of(std::env::args_os()) {
        Lang::En => Cli::parse(),
        lang => phiguard::help::parse(Cli::command(), Tr::new(lang)),
    };
    let tr = Tr::new(cli.lang.unwrap_or_else(Lang::from_env));
    match run(tr, cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("{}", neutralise(&error_line(tr, &e)));
            ExitCode::from(2)
        }
    }
}

/// The line an error is shown as: phiguard's own sentence ([`Said`]) in `tr`'s language;
/// an error with other text in it (a parser's, a wrapped cause), whole in English.
fn error_line(tr: Tr, e: &anyhow::Error) -> String {
    match own(e) {
        Some(said) => tr.args("cli-error", &[("message", said.tr(tr).into())]),
        None => format!("error: {e:#}"),
    }
}

/// An error's text: phiguard's own sentence in `tr`'s language, any other in English.
fn said_text(tr: Tr, e: &anyhow::Error) -> String {
    own(e).map_or_else(|| format!("{e:#}"), |said| said.tr(tr))
}

/// The error when it is one of phiguard's own sentences, whole.
fn own(e: &anyhow::Error) -> Option<&Said> {
    e.downcast_ref::<Said>()
        .filter(|said| said.to_string() == format!("{e:#}"))
}

/// A reader that stops early (`phiguard rules | head`) ends phiguard as it ends other Unix
/// tools: by SIGPIPE, quietly, instead of a "Broken pipe" panic from `print!`. Rust
/// ignores SIGPIPE by default; this restores the default action, once, for every command.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread starts; resetting a signal's
    // disposition to its default has no other precondition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn run(tr: Tr, cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Scan(args) => run_scan(tr, args),
        Command::Graph(args) => run_graph(tr, args),
        Command::Fix(args) => run_fix(tr, args),
        Command::AwsPolicy { services } => {
            println!("{}", live::policy(services)?);
            Ok(0)
        }
        Command::History(args) => {
            let loaded = phiguard::config::load(args.config.as_deref(), args.no_config)?;
            let location = phiguard::history::location(
                args.history.as_deref(),
                &loaded.config,
                loaded.source.as_ref().map(|s| s.path.as_str()),
            );
            print!(
                "{}",
                phiguard::history::report(tr, &location, args.last, &args.format)?
            );
            Ok(0)
        }
        Command::Diff {
            old,
            new,
            format,
            output,
        } => {
            let diff = phiguard::diff::Diff::of(&old, &new)?;
            let text = diff.render(tr, &format).context("rendering the diff")?;
            write_out(output.as_ref(), |out| {
                let mut safe = phiguard_report::ControlSafe::new(out);
                safe.write_all(text.as_bytes())?;
                safe.flush()
            })?;
            Ok(u8::from(diff.new_failures() > 0))
        }
        Command::Rules {
            format,
            output_dir: Some(dir),
            ..
        } => {
            if format != "markdown" {
                bail!(Said::new("cli-output-dir-markdown", &[]));
            }
            std::fs::create_dir_all(&dir).map_err(|e| {
                Said::new("cli-creating", &[("path", &dir.display()), ("error", &e)])
            })?;
            for (name, text) in phiguard::catalog::rule_docs() {
                std::fs::write(dir.join(&name), text)
                    .map_err(|e| Said::new("cli-writing", &[("path", &name), ("error", &e)]))?;
            }
            Ok(0)
        }
        Command::Rules {
            format,
            output_dir: None,
            policies,
        } => {
            let broken = policies.load_listing(tr)?;
            let out = match format.as_str() {
                "text" => phiguard::catalog::rules_text(tr),
                "json" => phiguard::catalog::rules_json(tr),
                "markdown" => phiguard::catalog::rules_markdown_index(),
                other => bail!(unknown_format(other, "text, json, markdown")),
            };
            print!("{out}");
            Ok(if broken { 2 } else { 0 })
        }
        Command::Explain { rule, policies } => {
            let broken = policies.load_listing(tr)?;
            match phiguard_rules::find(&rule) {
                Some(r) => {
                    print!("{}", phiguard::catalog::rule_markdown(tr, r));
                    print!("\n{}", phiguard::catalog::fix_markdown(tr, r.id));
                    Ok(if broken { 2 } else { 0 })
                }
                None => bail!(Said::new("cli-no-rule", &[("rule", &rule)])),
            }
        }
        Command::Coverage { format, policies } => {
            let broken = policies.load_listing(tr)?;
            let rows = phiguard::coverage::rows();
            match format.as_str() {
                "text" => print!("{}", phiguard::coverage::text(tr, &rows)),
                "json" => {
                    let mut all = serde_json::to_value(&rows)?;
                    if let Some(list) = all.as_array_mut() {
                        list.extend(phiguard::coverage::custom_rows());
                    }
                    println!("{}", serde_json::to_string_pretty(&all)?)
                }
                other => bail!(unknown_format(other, "text, json")),
            }
            Ok(if broken { 2 } else { 0 })
        }
    }
}

/// Scan options from the flags `scan` and `graph` share, and the config file they used.
fn scan_options(
    args: &InputArgs,
    quiet: bool,
    tr: Tr,
) -> Result<(ScanOptions, Option<ConfigSource>)> {
    // Custom rules first: the configuration may name them.
    let policies = phiguard::policy::load(
        &args.policies.policy_dirs,
        args.config.as_deref(),
        args.no_config,
    )?;
    let loaded = phiguard::config::load(args.config.as_deref(), args.no_config)?;
    let source = loaded.source;
    let mut config: Config = loaded.config;
    let ran = phiguard_rules::all()
        .iter()
        .copied()
        .chain(policies.rules())
        .filter(|r| !config.skip_rules.iter().any(|s| s == r.id))
        .count();
    if ran == 0 {
        bail!(match &source {
            Some(s) => Said::new("cli-no-rule-would-run", &[("config", &s.path)]),
            None => Said::new("cli-no-rule-would-run-config", &[]),
        });
    }
    config.trust_aws_defaults |= args.trust_aws_defaults;
    config.phi.resources.extend(args.phi.iter().cloned());
    let mut opts = ScanOptions {
        input: args.input,
        config,
        policies,
        ..ScanOptions::default()
    };
    if args.paths.iter().any(|p| live::is_live(p)) {
        opts.collected = live::collect(&args.live, quiet, tr)?;
    }
    for p in &args.params {
        let (k, v) = p
            .split_once('=')
            .ok_or_else(|| Said::new("cli-param-pair", &[("value", p)]))?;
        opts.cloudformation
            .params
            .insert(k.to_string(), v.to_string());
    }
    for v in &args.vars {
        let (k, v) = v
            .split_once('=')
            .ok_or_else(|| Said::new("cli-var-pair", &[("value", v)]))?;
        opts.terraform.vars.push((k.to_string(), v.to_string()));
    }
    opts.terraform.var_files = args.var_files.clone();
    opts.terraform.root = args.root.clone();
    opts.now = today(args.now.as_deref())?;
    Ok((opts, source))
}

/// The injected clock: `--now`, else `PHIGUARD_NOW`; `None` means the wall clock.
fn today(flag: Option<&str>) -> Result<Option<phiguard_rules::Date>> {
    let (given, from) = match (flag, std::env::var("PHIGUARD_NOW").ok()) {
        (Some(f), _) => (f.to_string(), "--now"),
        (None, Some(e)) if !e.is_empty() => (e, "PHIGUARD_NOW"),
        _ => return Ok(None),
    };
    // An RFC 3339 time counts by its date.
    let date = given.get(..10).and_then(phiguard_rules::Date::parse);
    match date {
        Some(d) => Ok(Some(d)),
        None => bail!(Said::new("cli-date", &[("flag", &from), ("value", &given)])),
    }
}

/// Runs the scan and adds what only the whole scan can tell: names in the config and flags
/// that matched nothing, the configuration behind the verdicts.
fn scan_with_scope(
    args: &InputArgs,
    opts: &ScanOptions,
    source: Option<ConfigSource>,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (ScanResult, Vec<(String, String)>) {
    let paths: Vec<PathBuf> = args
        .paths
        .iter()
        .filter(|p| !live::is_live(p))
        .cloned()
        .collect();
    let (mut result, sources) = scan_with_progress(&paths, opts, progress);
    let params: Vec<String> = opts.cloudformation.params.keys().cloned().collect();
    result.diagnostics.extend(phiguard::config::unmatched(
        &result,
        &opts.config,
        source.as_ref().map(|s| s.path.as_str()),
        &params,
    ));
    result.scope = ScanScope {
        config: source,
        skipped_rules: opts.config.skip_rules.clone(),
        ..ScanScope::default()
    };
    (result, sources)
}

/// Whether the scan read nothing; says so on stderr. `allow`: `--allow-empty`.
fn nothing_read(tr: Tr, result: &ScanResult, allow: bool) -> bool {
    if !result.inputs.is_empty() {
        return false;
    }
    if allow {
        eprintln!("{}", tr.t("cli-nothing-read-allowed"));
        false
    } else {
        eprintln!("{}", tr.t("cli-nothing-read"));
        true
    }
}

/// Refuses an output file that is one of the scan's inputs (it would overwrite it).
fn check_output(output: Option<&PathBuf>, args: &InputArgs, result: &ScanResult) -> Result<()> {
    let Some(out) = output else { return Ok(()) };
    let Ok(target) = out.canonicalize() else {
        return Ok(());
    };
    let inputs = args
        .paths
        .iter()
        .chain(&args.var_files)
        .chain(args.config.as_ref())
        .cloned()
        .chain(result.inputs.iter().map(|i| PathBuf::from(&i.path)));
    for p in inputs {
        if p.canonicalize().is_ok_and(|c| c == target) {
            bail!(Said::new(
                "cli-output-is-input",
                &[("path", &out.display())]
            ));
        }
    }
    Ok(())
}

/// The folder SARIF paths are relative to: the git repository (a folder with `.git`)
/// holding the first scanned path, else the current folder.
fn sarif_base(paths: &[PathBuf]) -> PathBuf {
    let start = paths
        .first()
        .and_then(|p| p.canonicalize().ok())
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default();
    start
        .ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| std::env::current_dir().unwrap_or_default())
}

/// Whether the text report is coloured: `always`; `auto` when it goes to a terminal
/// and `NO_COLOR` is unset or empty (<https://no-color.org>); never to a file.
fn colour(choice: &str, to_stdout: bool) -> bool {
    use std::io::IsTerminal;
    match choice {
        "always" => true,
        "never" => false,
        _ => {
            to_stdout
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// An unknown `--format` value and the formats there are.
fn unknown_format(format: &str, formats: &str) -> Said {
    Said::new(
        "cli-unknown-format",
        &[("format", &format), ("formats", &formats)],
    )
}

/// Writes to the file, or to standard output.
fn write_out(
    output: Option<&PathBuf>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match output {
        Some(path) => {
            let mut f = std::io::BufWriter::new(std::fs::File::create(path).map_err(|e| {
                Said::new("cli-creating", &[("path", &path.display()), ("error", &e)])
            })?);
            write(&mut f)?;
            f.flush()?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            write(&mut lock)?;
        }
    }
    Ok(())
}

fn run_graph(tr: Tr, args: GraphArgs) -> Result<u8> {
    let Some(renderer) = phiguard_report::graph_renderer(&args.format, tr) else {
        let formats = phiguard_report::GRAPH_FORMATS.join(", ");
        bail!(Said::new(
            "cli-unknown-graph-format",
            &[("format", &args.format), ("formats", &formats)]
        ));
    };
    let (opts, source) = scan_options(&args.inputs, false, tr)?;
    let (result, _) = scan_with_scope(&args.inputs, &opts, source, &|_, _| {});
    check_output(args.output.as_ref(), &args.inputs, &result)?;
    write_out(args.output.as_ref(), |out| renderer.render(&result, out))?;
    for d in &result.diagnostics {
        eprintln!(
            "{}",
            neutralise(&phiguard_report::l10n::diagnostic_line(tr, d))
        );
    }
    let empty = nothing_read(tr, &result, args.inputs.allow_empty);
    Ok(if result.summary().input_errors > 0 || empty {
        2
    } else {
        0
    })
}

/// Records the scan when `--history` or the config asks; returns the trend for the HTML
/// chart and whether recording failed (said on stderr; the report is still written).
fn record_history(
    tr: Tr,
    args: &ScanArgs,
    config: &Config,
    result: &ScanResult,
) -> (Option<phiguard_report::Trend>, bool) {
    if !phiguard::history::wanted(args.history.as_deref(), config) {
        return (None, false);
    }
    let config_file = result.scope.config.as_ref().map(|c| c.path.as_str());
    let location = phiguard::history::location(args.history.as_deref(), config, config_file);
    let chart = (args.format == "html").then_some(10);
    match phiguard::history::record(&location, result, chart) {
        Ok((id, trend)) => {
            let said = Said::new(
                "cli-history-recorded",
                &[("id", &id), ("history", &location)],
            );
            eprintln!("{}", neutralise(&said.tr(tr)));
            (trend, false)
        }
        Err(e) => {
            let what = Said::new(
                "cli-history-record-failed",
                &[("error", &said_text(tr, &e))],
            );
            eprintln!("{}", neutralise(&what.tr(tr)));
            (None, true)
        }
    }
}

fn run_scan(tr: Tr, args: ScanArgs) -> Result<u8> {
    let (opts, source) = scan_options(&args.inputs, args.quiet, tr)?;
    let sarif_base = args
        .sarif_base
        .clone()
        .unwrap_or_else(|| sarif_base(&args.inputs.paths));
    let report_opts = Options {
        show_passed: args.show_passed,
        show_attestations: args.attestations,
        aws_account: args.aws_account.clone(),
        aws_region: args.aws_region.clone(),
        sarif_base: Some(sarif_base.clone()),
        lang: tr.lang,
        ..Options::default()
    };
    if phiguard_report::renderer(&args.format, &report_opts).is_none() {
        bail!(unknown_format(
            &args.format,
            &phiguard_report::FORMATS.join(", ")
        ));
    }
    if args.format == "asff" && (args.aws_account.is_none() || args.aws_region.is_none()) {
        let args = [
            ("account", phiguard_report::Asff::DEFAULT_ACCOUNT.into()),
            ("region", phiguard_report::Asff::DEFAULT_REGION.into()),
        ];
        eprintln!("{}", tr.args("cli-asff-defaults", &args));
    }
    let bar = phiguard::progress::Progress::new(!args.quiet, tr);
    let (mut result, sources) = scan_with_scope(&args.inputs, &opts, source, &|done, total| {
        bar.tick(done, total)
    });
    bar.finish();
    if let Some(b) = &args.baseline {
        phiguard::baseline::apply(&mut result, b)?;
    }
    check_output(args.output.as_ref(), &args.inputs, &result)?;
    check_output(args.policy_input.as_ref(), &args.inputs, &result)?;
    if let Some(path) = &args.policy_input {
        let doc = phiguard::policy::input_document(&result)?;
        write_out(Some(path), |out| {
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)
        })?;
    }
    let (trend, history_failed) = record_history(tr, &args, &opts.config, &result);
    let report_opts = Options {
        sources: std::sync::Arc::new(sources),
        trend: trend.map(std::sync::Arc::new),
        ..report_opts
    };
    let renderer =
        phiguard_report::renderer(&args.format, &report_opts).expect("format checked above");
    if args.format == "text" && colour(&args.color, args.output.is_none()) {
        let mut plain = Vec::new();
        renderer.render(&result, &mut plain)?;
        let painted = phiguard_report::paint(&String::from_utf8_lossy(&plain), tr);
        write_out(args.output.as_ref(), |out| {
            out.write_all(painted.as_bytes())
        })?;
    } else {
        write_out(args.output.as_ref(), |out| renderer.render(&result, out))?;
    }
    if args.format == "asff" {
        // ASFF carries findings about resources only: its warnings go to the log.
        for d in &result.diagnostics {
            eprintln!(
                "{}",
                neutralise(&phiguard_report::l10n::diagnostic_line(tr, d))
            );
        }
    }
    if args.format == "sarif" {
        let sarif = phiguard_report::Sarif {
            base: Some(sarif_base),
            tr,
        };
        let omitted = sarif.omitted(&result);
        if !omitted.is_empty() {
            let count = omitted.len();
            eprintln!(
                "{}",
                tr.args("cli-sarif-omitted", &[("count", count.into())])
            );
            for (f, why) in omitted.iter().take(10) {
                let what = tr.args(
                    "cli-sarif-omitted-item",
                    &[
                        ("rule", f.rule.id.into()),
                        ("resource", phiguard_report::resource_label_in(tr, f).into()),
                        ("why", why.as_str().into()),
                    ],
                );
                eprintln!("  {}", neutralise(&what));
            }
            if omitted.len() > 10 {
                let more = omitted.len() - 10;
                eprintln!("  {}", tr.args("cli-and-more", &[("count", more.into())]));
            }
        }
    }
    let empty = nothing_read(tr, &result, args.inputs.allow_empty);
    let failing = result
        .findings
        .iter()
        .any(|f| f.is_failure() && f.rule.severity >= args.fail_on);
    let input_error = result.summary().input_errors > 0 || empty || history_failed;
    Ok(if input_error {
        2
    } else if failing {
        1
    } else {
        0
    })
}

fn run_fix(tr: Tr, args: FixArgs) -> Result<u8> {
    for r in &args.rules {
        if phiguard_rules::find(r).is_none() {
            bail!(Said::new("cli-no-rule", &[("rule", r)]));
        }
    }
    let (opts, source) = scan_options(&args.inputs, true, tr)?;
    let (result, sources) = scan_with_scope(&args.inputs, &opts, source, &|_, _| {});
    for d in &result.diagnostics {
        eprintln!(
            "{}",
            neutralise(&phiguard_report::l10n::diagnostic_line(tr, d))
        );
    }
    let empty = nothing_read(tr, &result, args.inputs.allow_empty);
    let fix_opts = phiguard_fix::Options {
        unsafe_fixes: args.unsafe_fixes,
        rules: args.rules.clone(),
    };
    let plan = phiguard_fix::plan(&result.findings, &sources, &fix_opts);
    let mut out = std::io::stdout().lock();
    if args.format == "json" {
        let files: Vec<_> = plan
            .files
            .iter()
            .map(|f| serde_json::json!({"path": f.path, "fixes": fixes_json(tr, &f.fixes), "diff": f.diff()}))
            .collect();
        let skipped: Vec<_> = plan
            .skipped
            .iter()
            .map(|s| serde_json::json!({"rule": s.rule, "resource": s.resource, "file": s.file, "reason": s.reason.tr(tr)}))
            .collect();
        let doc = serde_json::json!({"written": args.write, "files": files, "skipped": skipped, "unsafe_hidden": plan.unsafe_hidden});
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
    } else if !args.write {
        for f in &plan.files {
            write!(out, "{}", f.diff())?;
        }
    }
    let mut write_error = false;
    if args.write {
        for f in &plan.files {
            if let Err(e) = std::fs::write(&f.path, &f.after) {
                let said = Said::new("cli-writing", &[("path", &f.path), ("error", &e)]);
                let line = tr.args("cli-error", &[("message", said.tr(tr).into())]);
                eprintln!("{}", neutralise(&line));
                write_error = true;
            }
        }
    }
    let fixes: usize = plan.files.iter().map(|f| f.fixes.len()).sum();
    let summary = if args.write {
        "fix-summary-written"
    } else {
        "fix-summary-shown"
    };
    let counts = [("fixes", fixes.into()), ("files", plan.files.len().into())];
    eprintln!("{}", tr.args(summary, &counts));
    if plan.unsafe_hidden > 0 {
        let count = [("count", plan.unsafe_hidden.into())];
        eprintln!("{}", tr.args("fix-unsafe-left-out", &count));
    }
    let manual = plan.skipped.len() - plan.unsafe_hidden;
    if manual > 0 {
        eprintln!("{}", tr.args("fix-not-fixed", &[("count", manual.into())]));
    }
    let input_error = result.summary().input_errors > 0 || empty || write_error;
    Ok(if input_error {
        2
    } else if fixes > 0 && !args.write {
        1
    } else {
        0
    })
}

/// The fixes of a file as JSON, each unsafe one's why in `tr`'s language.
fn fixes_json(tr: Tr, fixes: &[phiguard_fix::Applied]) -> serde_json::Value {
    let mut v = serde_json::json!(fixes);
    for (f, j) in fixes.iter().zip(v.as_array_mut().into_iter().flatten()) {
        if let phiguard_fix::Safety::Unsafe(why) = f.safety {
            j["why"] = tr.or(&format!("fix-why-{}", f.rule), why).into();
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `en/help.ftl` is generated from the clap definitions, so a new flag cannot go
    /// untranslated: `UPDATE_FTL=1 cargo test -p phiguard --bin phiguard` rewrites it, and
    /// the completeness test of phiguard-i18n then asks every language for it.
    #[test]
    fn english_help_ftl_is_the_clap_definitions() {
        let generator = "UPDATE_FTL=1 cargo test -p phiguard --bin phiguard";
        let want = phiguard::help::english_ftl(Cli::command(), generator);
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/locales/en/help.ftl");
        if std::env::var_os("UPDATE_FTL").is_some() {
            std::fs::write(&path, &want).unwrap();
        } else {
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                have == want,
                "{} is out of date; run `{generator}`",
                path.display()
            );
        }
        // The value parsers' English is as it was.
        assert_eq!(
            parse_lang("fr").err().unwrap(),
            "expected one of en, ja, zh, ko, de; got 'fr'"
        );
        assert_eq!(
            parse_severity("x").unwrap_err(),
            "expected one of critical, high, medium, low; got 'x'"
        );
        assert_eq!(
            parse_account("1").unwrap_err(),
            "an AWS account id is 12 digits; got '1'"
        );
        assert_eq!(
            parse_region("x").unwrap_err(),
            "expected an AWS region such as us-east-1; got 'x'"
        );
        // And Fluent reads every text back exactly.
        let tr = Tr::new(Lang::En);
        for (id, english) in phiguard::help::english_texts(Cli::command()) {
            assert_eq!(tr.t(&id), english, "{id}");
        }
    }
}
