//! Live AWS accounts into a phiguard inventory, with the official AWS SDK for Rust.
//!
//! Credentials come from the standard AWS chain (environment, shared config and profiles,
//! SSO, web identity, instance and container metadata); they are never printed or written.
//! Each service's collector ([`services`]) turns API responses into the model vocabulary,
//! so every rule judges live resources as it judges templates. What was collected is an
//! [`Inventory`]: the scan reads it exactly as it reads a saved one.

pub mod cx;
pub mod services;

use aws_config::BehaviorVersion;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use cx::{Cx, Fault};
use phiguard_inventory::{FORMAT, Inventory, Scope};
use phiguard_model::Gap;
use std::sync::Arc;
use std::time::Duration;

/// Why a collection could not start (or an account could not be entered).
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// `--services` named services without a collector.
    UnknownServices {
        /// The names given that have no collector.
        unknown: String,
        /// The names that have one.
        known: String,
    },
    /// The credentials do not identify an account (`sts:GetCallerIdentity` failed).
    Identify(String),
    /// `ec2:DescribeRegions` failed (`--all-regions`).
    Regions(String),
    /// `organizations:ListAccounts` failed (`--organization`).
    Organization(String),
    /// The organization lists no active account.
    NoActiveAccount,
    /// A collector outlived its scan (a bug).
    Internal,
}

impl Error {
    /// The message id of `cli.ftl` and its arguments (AWS's own error text passes as is).
    pub fn l10n(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Error::UnknownServices { unknown, known } => (
                "live-unknown-services",
                vec![("services", unknown.clone()), ("known", known.clone())],
            ),
            Error::Identify(e) => ("live-cannot-identify", vec![("error", e.clone())]),
            Error::Regions(e) => ("live-cannot-list-regions", vec![("error", e.clone())]),
            Error::Organization(e) => ("live-cannot-list-organization", vec![("error", e.clone())]),
            Error::NoActiveAccount => ("live-no-active-account", Vec::new()),
            Error::Internal => ("live-internal", Vec::new()),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::UnknownServices { unknown, known } => {
                write!(f, "unknown service {unknown} (known: {known})")
            }
            Error::Identify(e) => write!(f, "cannot identify the account: {e}"),
            Error::Regions(e) => write!(
                f,
                "cannot list the account's regions (ec2:DescribeRegions): {e}"
            ),
            Error::Organization(e) => write!(
                f,
                "cannot list the organization's accounts (organizations:ListAccounts): {e}"
            ),
            Error::NoActiveAccount => f.write_str("the organization has no active account"),
            Error::Internal => f.write_str("a collector outlived its scan"),
        }
    }
}

impl std::error::Error for Error {}

/// Told after each service of each account and region: (what, done, total).
pub type Progress = Arc<dyn Fn(&str, usize, usize) + Send + Sync>;

/// What to collect, and how.
#[derive(Clone, Default)]
pub struct Options {
    /// Named profile of the shared config files.
    pub profile: Option<String>,
    /// Regions to read (empty: the profile's region, else us-east-1).
    pub regions: Vec<String>,
    /// Read every region enabled in the account (`ec2:DescribeRegions`).
    pub all_regions: bool,
    /// Services to read (empty: all), by [`services::Service::name`].
    pub services: Vec<String>,
    /// Calls in flight at once, per account.
    pub concurrency: usize,
    /// Attempts per API call, the first included (None: [`DEFAULT_MAX_ATTEMPTS`]); a call
    /// still throttled or failing after the last is unreadable, never a pass.
    pub max_attempts: Option<u32>,
    /// Endpoint override (an emulator such as moto in tests).
    pub endpoint_url: Option<String>,
    /// A role to assume in each of `accounts`; `{account}` is replaced by the account id.
    pub role_arn: Option<String>,
    /// Member accounts to read through `role_arn` (empty: the caller's own account).
    pub accounts: Vec<String>,
    /// Read every active account of the caller's organization through `role_arn`
    /// (`organizations:ListAccounts`, from the management or a delegated administrator
    /// account), added to `accounts`.
    pub organization: bool,
    /// Told as services finish.
    pub progress: Option<Progress>,
}

/// Attempts per API call unless [`Options::max_attempts`] says otherwise.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 5;

/// The IAM actions a scan needs besides the collectors' own.
const BASE_ACTIONS: &[&str] = &[
    "sts:GetCallerIdentity",
    "ec2:DescribeRegions",
    "organizations:ListAccounts",
];

/// Every IAM action the collectors call, sorted: the read-only policy `phiguard
/// aws-policy` prints.
pub fn actions() -> Vec<&'static str> {
    let mut out: Vec<&str> = BASE_ACTIONS
        .iter()
        .chain(services::SERVICES.iter().flat_map(|s| s.actions))
        .copied()
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The least-privilege read-only IAM policy document for a scan.
pub fn policy_document() -> String {
    let doc = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Sid": "PhiguardReadOnlyScan",
            "Effect": "Allow",
            "Action": actions(),
            "Resource": "*",
        }],
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// The names `--services` takes.
pub fn service_names() -> Vec<&'static str> {
    services::SERVICES.iter().map(|s| s.name).collect()
}

/// Collects the caller's account, or each of `opts.accounts` through `opts.role_arn`, into
/// one inventory. An account that cannot be entered is an error for that account only: it
/// is reported as a gap covering everything, and the others are collected.
pub async fn collect(opts: &Options) -> Result<Inventory, Error> {
    let unknown: Vec<&str> = opts
        .services
        .iter()
        .filter(|s| !service_names().contains(&s.as_str()))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(Error::UnknownServices {
            unknown: unknown.join(", "),
            known: service_names().join(", "),
        });
    }
    let mut inventory = Inventory {
        format: FORMAT.into(),
        tool: format!("phiguard {}", env!("CARGO_PKG_VERSION")),
        ..Default::default()
    };
    let base = config(opts, None, None).await;
    let mut accounts = opts.accounts.clone();
    if opts.organization {
        accounts.extend(organization_accounts(&base).await?);
        accounts.sort();
        accounts.dedup();
    }
    if accounts.is_empty() {
        account(opts, &base, &mut inventory).await?;
    } else {
        let role = opts.role_arn.as_deref().unwrap_or_default();
        let parallel = Arc::new(tokio::sync::Semaphore::new(4));
        let mut tasks = tokio::task::JoinSet::new();
        for id in &accounts {
            let (opts, base, parallel) = (opts.clone(), base.clone(), parallel.clone());
            let (id, role) = (id.clone(), role.replace("{account}", id));
            tasks.spawn(async move {
                let _permit = parallel.acquire().await;
                let sdk = assume(&opts, &base, &role).await;
                let mut inv = Inventory::default();
                let result = account(&opts, &sdk, &mut inv).await;
                (id, role, result.map(|_| inv))
            });
        }
        let mut done = Vec::new();
        while let Some(r) = tasks.join_next().await {
            done.extend(r.ok());
        }
        done.sort_by(|a, b| a.0.cmp(&b.0));
        for (id, role, r) in done {
            match r {
                Ok(inv) => {
                    inventory.scopes.extend(inv.scopes);
                    inventory.resources.extend(inv.resources);
                    inventory.gaps.extend(inv.gaps);
                    inventory.api_calls += inv.api_calls;
                }
                Err(why) => inventory.gaps.push(Gap {
                    account: id,
                    region: "global".into(),
                    kinds: vec!["*".into()],
                    action: "sts:AssumeRole".into(),
                    reason: format!("{role}: {why}"),
                    tags_unread: Vec::new(),
                }),
            }
        }
    }
    inventory.collected_at = now();
    Ok(inventory)
}

/// The active accounts of the caller's organization.
async fn organization_accounts(sdk: &aws_config::SdkConfig) -> Result<Vec<String>, Error> {
    let client = aws_sdk_organizations::Client::new(sdk);
    let mut pages = client.list_accounts().into_paginator().send();
    let mut out = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| Error::Organization(cx::fault(&e).reason().into()))?;
        out.extend(
            page.accounts()
                .iter()
                .filter(|a| {
                    a.state()
                        .is_none_or(|s| *s == aws_sdk_organizations::types::AccountState::Active)
                })
                .filter_map(|a| a.id().map(str::to_string)),
        );
    }
    if out.is_empty() {
        return Err(Error::NoActiveAccount);
    }
    Ok(out)
}

/// The SDK configuration of a member account, through `role`.
async fn assume(opts: &Options, base: &aws_config::SdkConfig, role: &str) -> aws_config::SdkConfig {
    let provider = aws_config::sts::AssumeRoleProvider::builder(role)
        .session_name("phiguard-scan")
        .configure(base)
        .build()
        .await;
    config(
        opts,
        None,
        Some(aws_credential_types::provider::SharedCredentialsProvider::new(provider)),
    )
    .await
}

/// Collects one account (the one `sdk`'s credentials belong to) into `inventory`.
async fn account(
    opts: &Options,
    sdk: &aws_config::SdkConfig,
    inventory: &mut Inventory,
) -> Result<(), Error> {
    let sts = aws_sdk_sts::Client::new(sdk);
    let me = sts
        .get_caller_identity()
        .send()
        .await
        .map_err(|e| Error::Identify(cx::fault(&e).reason().into()))?;
    let account = me.account().unwrap_or_default().to_string();
    let partition = me
        .arn()
        .and_then(|a| a.split(':').nth(1))
        .unwrap_or("aws")
        .to_string();
    let regions = regions(opts, sdk).await?;
    let wanted: Vec<&services::Service> = services::SERVICES
        .iter()
        .copied()
        .filter(|s| opts.services.is_empty() || opts.services.iter().any(|n| n == s.name))
        .collect();
    let limit = Arc::new(tokio::sync::Semaphore::new(opts.concurrency.max(1)));
    let mut tasks = tokio::task::JoinSet::new();
    let mut contexts = Vec::new();
    let mut home = None;
    for region in &regions {
        let regional = with_region(sdk, region);
        inventory.scopes.push(Scope {
            account: account.clone(),
            region: region.clone(),
            services: opts.services.clone(),
        });
        if let Err(f) = reachable(&regional).await {
            // Not enabled, or not reachable: said once; every rule there is unknown.
            inventory.gaps.push(Gap {
                account: account.clone(),
                region: region.clone(),
                kinds: vec!["*".into()],
                action: "sts:GetCallerIdentity".into(),
                reason: format!("region skipped: {}", f.reason()),
                tags_unread: Vec::new(),
            });
            continue;
        }
        let cx = Arc::new(Cx::new(regional, &account, region, &partition));
        let first = home.is_none();
        home.get_or_insert(region.clone());
        contexts.push(cx.clone());
        for svc in wanted.iter().filter(|s| !s.global || first) {
            let (cx, limit, collect) = (cx.clone(), limit.clone(), svc.collect);
            tasks.spawn(async move {
                let _permit = limit.acquire().await;
                collect(&cx).await;
            });
        }
    }
    // Services left out with --services: their absence proves nothing.
    for svc in services::SERVICES
        .iter()
        .filter(|s| !wanted.iter().any(|w| w.name == s.name))
    {
        let regions: Vec<&str> = if svc.global {
            vec!["global"]
        } else {
            regions.iter().map(String::as_str).collect()
        };
        for region in regions {
            inventory.gaps.push(Gap {
                account: account.clone(),
                region: region.into(),
                kinds: svc.kinds.iter().map(|k| k.to_string()).collect(),
                action: "--services".into(),
                reason: format!("{} was not collected", svc.name),
                tags_unread: Vec::new(),
            });
        }
    }
    if home.is_some() && wanted.iter().any(|s| s.global) {
        inventory.scopes.push(Scope {
            account: account.clone(),
            region: "global".into(),
            services: opts.services.clone(),
        });
    }
    let total = tasks.len();
    let mut finished = 0;
    while tasks.join_next().await.is_some() {
        finished += 1;
        if let Some(p) = &opts.progress {
            p(&account, finished, total);
        }
    }
    for cx in contexts {
        let cx = Arc::try_unwrap(cx).map_err(|_| Error::Internal)?;
        let (items, gaps, calls) = cx.finish();
        inventory.api_calls += calls;
        inventory.resources.extend(items);
        inventory.gaps.extend(gaps);
    }
    Ok(())
}

/// The regions to read: as asked, every enabled one, or the profile's.
async fn regions(opts: &Options, sdk: &aws_config::SdkConfig) -> Result<Vec<String>, Error> {
    if opts.all_regions {
        let ec2 = aws_sdk_ec2::Client::new(sdk);
        let out = ec2
            .describe_regions()
            .send()
            .await
            .map_err(|e| Error::Regions(cx::fault(&e).reason().into()))?;
        let mut r: Vec<String> = out
            .regions()
            .iter()
            .filter_map(|r| r.region_name().map(str::to_string))
            .collect();
        r.sort();
        return Ok(r);
    }
    if opts.regions.is_empty() {
        return Ok(vec![
            sdk.region().map_or("us-east-1".into(), |r| r.to_string()),
        ]);
    }
    Ok(opts.regions.clone())
}

/// Whether a region answers (an opt-in region that is not enabled refuses the caller).
async fn reachable(sdk: &aws_config::SdkConfig) -> Result<(), Fault> {
    aws_sdk_sts::Client::new(sdk)
        .get_caller_identity()
        .send()
        .await
        .map(|_| ())
        .map_err(|e| cx::fault(&e))
}

fn with_region(sdk: &aws_config::SdkConfig, region: &str) -> aws_config::SdkConfig {
    sdk.to_builder()
        .region(aws_config::Region::new(region.to_string()))
        .build()
}

/// The SDK configuration: the standard credential chain (or `credentials`), adaptive
/// retry, bounded timeouts, and one HTTPS client.
async fn config(
    opts: &Options,
    region: Option<&str>,
    credentials: Option<aws_credential_types::provider::SharedCredentialsProvider>,
) -> aws_config::SdkConfig {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .http_client(https_client())
        .retry_config(
            RetryConfig::adaptive()
                .with_max_attempts(opts.max_attempts.unwrap_or(DEFAULT_MAX_ATTEMPTS).max(1)),
        )
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(Duration::from_secs(5))
                .operation_timeout(Duration::from_secs(60))
                .build(),
        );
    if let Some(p) = &opts.profile {
        loader = loader.profile_name(p);
    }
    if let Some(r) = region {
        loader = loader.region(aws_config::Region::new(r.to_string()));
    }
    if let Some(url) = &opts.endpoint_url {
        loader = loader.endpoint_url(url);
    }
    if let Some(c) = credentials {
        loader = loader.credentials_provider(c);
    }
    loader.load().await
}

/// One HTTPS client (rustls with ring) for every SDK client.
fn https_client() -> aws_smithy_runtime_api::client::http::SharedHttpClient {
    use aws_smithy_http_client::tls::{Provider, rustls_provider::CryptoMode};
    aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https()
}

/// Now, RFC 3339 in UTC.
fn now() -> String {
    aws_smithy_types::DateTime::from(std::time::SystemTime::now())
        .fmt(aws_smithy_types::date_time::Format::DateTime)
        .unwrap_or_default()
}
