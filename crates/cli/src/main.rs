//! The `phiguard` command line.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use phiguard::inputs::InputKind;
use phiguard::{ScanOptions, scan};
use phiguard_report::Options;
use phiguard_rules::{Config, Severity, Verdict};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Check AWS architectures against the HIPAA-on-AWS whitepaper.
#[derive(Parser)]
#[command(name = "phiguard", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan templates and report findings.
    Scan(ScanArgs),
    /// List every rule.
    Rules {
        /// Output format: text, json or markdown.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Show one rule's full documentation.
    Explain {
        /// Rule id.
        rule: String,
    },
}

#[derive(clap::Args)]
struct ScanArgs {
    /// Files or folders to scan.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Report format.
    #[arg(short, long, default_value = "text")]
    format: String,
    /// Write the report here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Exit 1 when a failing finding is at or above this severity.
    #[arg(long, default_value = "low", value_parser = parse_severity)]
    fail_on: Severity,
    /// CloudFormation parameter value, overriding the default (repeatable).
    #[arg(long = "param", value_name = "KEY=VALUE")]
    params: Vec<String>,
    /// Terraform variable value (repeatable; wins over variable files).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    vars: Vec<String>,
    /// Terraform variable file, `.tfvars` or `.tfvars.json` (repeatable, later wins).
    #[arg(long = "var-file", value_name = "FILE")]
    var_files: Vec<PathBuf>,
    /// Treat the input as this format instead of detecting it.
    #[arg(long)]
    input: Option<InputKind>,
    /// Configuration file (default: phiguard.toml in the current folder, if present).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Accept protections AWS applies by default (S3 SSE-S3, SQS-managed SSE...).
    #[arg(long)]
    trust_aws_defaults: bool,
    /// Mark a resource (logical id or address) as holding PHI (repeatable).
    #[arg(long = "phi", value_name = "RESOURCE")]
    phi: Vec<String>,
    /// Also list passing and not-applicable findings (text format).
    #[arg(long)]
    show_passed: bool,
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s)
        .ok_or_else(|| format!("expected one of critical, high, medium, low; got '{s}'"))
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Scan(args) => run_scan(args),
        Command::Rules { format } => {
            let out = match format.as_str() {
                "text" => phiguard::catalog::rules_text(),
                "json" => phiguard::catalog::rules_json(),
                "markdown" => phiguard::catalog::rules_markdown_index(),
                other => bail!("unknown format '{other}' (text, json, markdown)"),
            };
            print!("{out}");
            Ok(0)
        }
        Command::Explain { rule } => match phiguard_rules::find(&rule) {
            Some(r) => {
                print!("{}", phiguard::catalog::rule_markdown(r));
                Ok(0)
            }
            None => bail!("no rule '{rule}'; `phiguard rules` lists them"),
        },
    }
}

fn load_config(path: Option<&PathBuf>) -> Result<Config> {
    let default = PathBuf::from("phiguard.toml");
    let path = match path {
        Some(p) => p.clone(),
        None if default.is_file() => default,
        None => return Ok(Config::default()),
    };
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("in config file {}", path.display()))
}

fn run_scan(args: ScanArgs) -> Result<u8> {
    let mut config = load_config(args.config.as_ref())?;
    config.trust_aws_defaults |= args.trust_aws_defaults;
    config.phi.resources.extend(args.phi.iter().cloned());
    let mut opts = ScanOptions {
        input: args.input,
        config,
        ..ScanOptions::default()
    };
    for p in &args.params {
        let (k, v) = p
            .split_once('=')
            .with_context(|| format!("--param needs KEY=VALUE, got '{p}'"))?;
        opts.cloudformation
            .params
            .insert(k.to_string(), v.to_string());
    }
    for v in &args.vars {
        let (k, v) = v
            .split_once('=')
            .with_context(|| format!("--var needs NAME=VALUE, got '{v}'"))?;
        opts.terraform.vars.push((k.to_string(), v.to_string()));
    }
    opts.terraform.var_files = args.var_files.clone();
    let report_opts = Options {
        show_passed: args.show_passed,
        ..Options::default()
    };
    if phiguard_report::renderer(&args.format, &report_opts).is_none() {
        bail!(
            "unknown format '{}' ({})",
            args.format,
            phiguard_report::FORMATS.join(", ")
        );
    }
    let (result, sources) = scan(&args.paths, &opts);
    let report_opts = Options {
        sources: std::sync::Arc::new(sources),
        ..report_opts
    };
    let renderer =
        phiguard_report::renderer(&args.format, &report_opts).expect("format checked above");
    match &args.output {
        Some(path) => {
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(path)
                    .with_context(|| format!("creating {}", path.display()))?,
            );
            renderer.render(&result, &mut f)?;
            f.flush()?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            renderer.render(&result, &mut lock)?;
        }
    }
    if result.inputs.is_empty() && result.diagnostics.is_empty() {
        eprintln!(
            "warning: no CloudFormation template or Terraform file found under the given paths"
        );
    }
    let failing = result
        .findings
        .iter()
        .any(|f| f.is_failure() && f.rule.severity >= args.fail_on);
    let input_error = result.summary().input_errors > 0;
    let _ = Verdict::Fail;
    Ok(if input_error {
        2
    } else if failing {
        1
    } else {
        0
    })
}
