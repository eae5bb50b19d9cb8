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

// Parsing allocates many small nodes; mimalloc roughly halves allocation cost here.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        /// With markdown: write the index and one page per rule into this folder (docs/rules).
        #[arg(long, value_name = "DIR")]
        output_dir: Option<PathBuf>,
    },
    /// Show one rule's full documentation.
    Explain {
        /// Rule id.
        rule: String,
    },
    /// Show how every whitepaper requirement is accounted for.
    Coverage {
        /// Output format: text or json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Draw where data (and PHI) flows between resources, with failing hops in red.
    Graph(GraphArgs),
}

/// How inputs are read and judged (shared by `scan` and `graph`).
#[derive(clap::Args)]
struct InputArgs {
    /// Files or folders to scan.
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
    /// Configuration file (default: phiguard.toml in the current folder, if present).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Accept protections AWS applies by default (S3 SSE-S3, SQS-managed SSE...).
    #[arg(long)]
    trust_aws_defaults: bool,
    /// Mark a resource (logical id or address) as holding PHI (repeatable).
    #[arg(long = "phi", value_name = "RESOURCE")]
    phi: Vec<String>,
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
struct ScanArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// Report format.
    #[arg(short, long, default_value = "text")]
    format: String,
    /// Write the report here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Exit 1 when a failing finding is at or above this severity.
    #[arg(long, default_value = "low", value_parser = parse_severity)]
    fail_on: Severity,
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
}

fn parse_account(s: &str) -> Result<String, String> {
    if s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(s.to_string())
    } else {
        Err(format!("an AWS account id is 12 digits; got '{s}'"))
    }
}

fn parse_region(s: &str) -> Result<String, String> {
    let ok = s.split('-').count() >= 3
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(s.to_string())
    } else {
        Err(format!(
            "expected an AWS region such as us-east-1; got '{s}'"
        ))
    }
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
        Command::Graph(args) => run_graph(args),
        Command::Rules {
            format,
            output_dir: Some(dir),
        } => {
            if format != "markdown" {
                bail!("--output-dir needs --format markdown");
            }
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            for (name, text) in phiguard::catalog::rule_docs() {
                std::fs::write(dir.join(&name), text).with_context(|| format!("writing {name}"))?;
            }
            Ok(0)
        }
        Command::Rules {
            format,
            output_dir: None,
        } => {
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
        Command::Coverage { format } => {
            let rows = phiguard::coverage::rows();
            match format.as_str() {
                "text" => print!("{}", phiguard::coverage::text(&rows)),
                "json" => println!("{}", serde_json::to_string_pretty(&rows)?),
                other => bail!("unknown format '{other}' (text, json)"),
            }
            Ok(0)
        }
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

/// Scan options from the flags `scan` and `graph` share.
fn scan_options(args: &InputArgs) -> Result<ScanOptions> {
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
    opts.terraform.root = args.root.clone();
    Ok(opts)
}

/// Writes to the file, or to standard output.
fn write_out(
    output: Option<&PathBuf>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match output {
        Some(path) => {
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(path)
                    .with_context(|| format!("creating {}", path.display()))?,
            );
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

fn run_graph(args: GraphArgs) -> Result<u8> {
    let Some(renderer) = phiguard_report::graph_renderer(&args.format) else {
        bail!(
            "unknown graph format '{}' ({})",
            args.format,
            phiguard_report::GRAPH_FORMATS.join(", ")
        );
    };
    let opts = scan_options(&args.inputs)?;
    let (result, _) = scan(&args.inputs.paths, &opts);
    write_out(args.output.as_ref(), |out| renderer.render(&result, out))?;
    for d in &result.diagnostics {
        eprintln!("{d}");
    }
    Ok(if result.summary().input_errors > 0 {
        2
    } else {
        0
    })
}

fn run_scan(args: ScanArgs) -> Result<u8> {
    let opts = scan_options(&args.inputs)?;
    let report_opts = Options {
        show_passed: args.show_passed,
        show_attestations: args.attestations,
        aws_account: args.aws_account.clone(),
        aws_region: args.aws_region.clone(),
        ..Options::default()
    };
    if phiguard_report::renderer(&args.format, &report_opts).is_none() {
        bail!(
            "unknown format '{}' ({})",
            args.format,
            phiguard_report::FORMATS.join(", ")
        );
    }
    if args.format == "asff" && (args.aws_account.is_none() || args.aws_region.is_none()) {
        eprintln!(
            "warning: ASFF findings need --aws-account and --aws-region; using {} and {} where missing",
            phiguard_report::Asff::DEFAULT_ACCOUNT,
            phiguard_report::Asff::DEFAULT_REGION
        );
    }
    let (result, sources) = scan(&args.inputs.paths, &opts);
    let report_opts = Options {
        sources: std::sync::Arc::new(sources),
        ..report_opts
    };
    let renderer =
        phiguard_report::renderer(&args.format, &report_opts).expect("format checked above");
    write_out(args.output.as_ref(), |out| renderer.render(&result, out))?;
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
