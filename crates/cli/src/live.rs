//! `phiguard scan aws`: live accounts, collected with the AWS SDK (`phiguard-aws`) into an
//! inventory that the scan reads exactly as it reads a saved one (`--save-inventory`).

use anyhow::Result;
use std::path::{Path, PathBuf};

/// The pseudo-path that means "the live account": `aws:` always, `aws` unless a file or
/// folder of that name exists.
pub fn is_live(path: &Path) -> bool {
    let s = path.as_os_str();
    s == "aws:" || (s == "aws" && !path.exists())
}

/// Where and how to read live accounts.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct LiveArgs {
    /// Named profile of the shared AWS config files (default: the standard credential chain:
    /// environment, AWS_PROFILE, SSO, web identity, instance or container role).
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Region to read (repeatable; default: the profile's region).
    #[arg(long = "region", value_name = "REGION")]
    pub regions: Vec<String>,
    /// Read every region enabled in the account.
    #[arg(long, conflicts_with = "regions")]
    pub all_regions: bool,
    /// Only these services, comma-separated (`phiguard aws-policy --services` lists them).
    #[arg(long, value_delimiter = ',', value_name = "S3,RDS,...")]
    pub services: Vec<String>,
    /// API calls in flight at once per account (throttling is retried with adaptive backoff).
    #[arg(long, default_value_t = 16, value_name = "N")]
    pub concurrency: usize,
    /// Attempts per API call (the first included) before a throttled or failing call counts
    /// as unreadable, its findings unknown.
    #[arg(long, default_value_t = 5, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=20))]
    pub max_attempts: u32,
    /// Also write what was collected as an inventory (judge it later with `phiguard scan FILE`).
    #[arg(long, value_name = "FILE")]
    pub save_inventory: Option<PathBuf>,
    /// Role to assume in each of --accounts or --organization; `{account}` is replaced by
    /// the account id (arn:aws:iam::{account}:role/PhiguardAudit).
    #[arg(long, value_name = "ARN", requires = "members")]
    pub role_arn: Option<String>,
    /// Member accounts to scan through --role-arn, comma-separated.
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "ID,...",
        requires = "role_arn",
        group = "members"
    )]
    pub accounts: Vec<String>,
    /// Scan every active account of the organization through --role-arn (listed with
    /// organizations:ListAccounts from the management or a delegated administrator account).
    #[arg(long, requires = "role_arn", group = "members")]
    pub organization: bool,
}

/// Without the `aws` feature there is no SDK to collect with.
#[cfg(not(feature = "aws"))]
pub fn collect(_: &LiveArgs, _: bool, _: phiguard_i18n::Tr) -> Result<Vec<(String, String)>> {
    Err(phiguard::Said::new("live-not-built", &[]).into())
}

/// Collects the live accounts into inventory JSON, one per account labelled for reports
/// (`aws:111122223333`, so reports group findings by account), writing all of it into one
/// inventory at `--save-inventory` when asked.
#[cfg(feature = "aws")]
pub fn collect(
    args: &LiveArgs,
    quiet: bool,
    tr: phiguard_i18n::Tr,
) -> Result<Vec<(String, String)>> {
    if args
        .role_arn
        .as_deref()
        .is_some_and(|r| !r.contains("{account}"))
        && (args.accounts.len() > 1 || args.organization)
    {
        return Err(phiguard::Said::new("live-role-placeholder", &[]).into());
    }
    let bar = std::sync::Arc::new(phiguard::progress::Progress::labelled(
        !quiet,
        tr,
        "progress-collecting",
    ));
    let progress: phiguard_aws::Progress = {
        let bar = bar.clone();
        std::sync::Arc::new(move |_account: &str, done: usize, total: usize| bar.tick(done, total))
    };
    let opts = phiguard_aws::Options {
        profile: args.profile.clone(),
        regions: args.regions.clone(),
        all_regions: args.all_regions,
        services: args.services.clone(),
        concurrency: args.concurrency,
        max_attempts: Some(args.max_attempts),
        endpoint_url: None, // AWS_ENDPOINT_URL, read by the SDK (an emulator in tests)
        role_arn: args.role_arn.clone(),
        accounts: args.accounts.clone(),
        organization: args.organization,
        progress: Some(progress),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| phiguard::Said::new("live-runtime", &[("error", &e)]))?;
    let inventory = runtime
        .block_on(phiguard_aws::collect(&opts))
        .map_err(|e| {
            let (id, args) = e.l10n();
            phiguard::Said {
                id,
                args,
                list: Vec::new(),
            }
        })?;
    bar.finish();
    if let Some(path) = &args.save_inventory {
        let text = serde_json::to_string_pretty(&inventory)?;
        std::fs::write(path, text).map_err(|e| {
            phiguard::Said::new("cli-writing", &[("path", &path.display()), ("error", &e)])
        })?;
    }
    let mut accounts: Vec<&str> = inventory
        .scopes
        .iter()
        .map(|s| s.account.as_str())
        .chain(inventory.gaps.iter().map(|g| g.account.as_str()))
        .collect();
    accounts.sort_unstable();
    accounts.dedup();
    accounts
        .iter()
        .map(|a| {
            let one = phiguard_inventory::Inventory {
                scopes: inventory
                    .scopes
                    .iter()
                    .filter(|s| s.account == *a)
                    .cloned()
                    .collect(),
                resources: inventory
                    .resources
                    .iter()
                    .filter(|r| r.account == *a)
                    .cloned()
                    .collect(),
                gaps: inventory
                    .gaps
                    .iter()
                    .filter(|g| g.account == *a)
                    .cloned()
                    .collect(),
                format: inventory.format.clone(),
                tool: inventory.tool.clone(),
                collected_at: inventory.collected_at.clone(),
                api_calls: 0,
            };
            Ok((format!("aws:{a}"), serde_json::to_string(&one)?))
        })
        .collect()
}

/// The read-only IAM policy live scans need, or (`services`) the services they read.
#[cfg(feature = "aws")]
pub fn policy(services: bool) -> Result<String> {
    Ok(if services {
        phiguard_aws::service_names().join("\n")
    } else {
        phiguard_aws::policy_document()
    })
}

/// Without the `aws` feature there are no collectors to describe.
#[cfg(not(feature = "aws"))]
pub fn policy(_: bool) -> Result<String> {
    collect(&LiveArgs::default(), true, phiguard_i18n::Tr::default()).map(|_| String::new())
}
