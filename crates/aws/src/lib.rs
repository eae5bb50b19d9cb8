//! Live AWS accounts into a phiguard inventory, with the official AWS SDK for Rust.
//!
//! Credentials come from the standard AWS chain (environment, shared config and profiles,
//! SSO, web identity, instance and container metadata); they are never printed or written.
//! Each service's collector ([`services`]) turns API responses into the model vocabulary,
//! so every rule judges live resources as it judges templates.

pub mod cx;
pub mod services;

use aws_config::BehaviorVersion;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use cx::Cx;
use phiguard_inventory::{FORMAT, Inventory, Scope};
use std::sync::Arc;
use std::time::Duration;

/// What to collect, and how.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Named profile of the shared config files.
    pub profile: Option<String>,
    /// Regions to read (empty: the configured default region).
    pub regions: Vec<String>,
    /// Services to read (empty: all), by [`services::Service::name`].
    pub services: Vec<String>,
    /// Calls in flight at once.
    pub concurrency: usize,
    /// Endpoint override (an emulator such as moto in tests).
    pub endpoint_url: Option<String>,
}

/// Collects one account into an inventory.
pub async fn collect(opts: &Options) -> Result<Inventory, String> {
    let base = config(opts, None).await;
    let sts = aws_sdk_sts::Client::new(&base);
    let me = sts
        .get_caller_identity()
        .send()
        .await
        .map_err(|e| format!("cannot identify the account: {}", cx::fault(&e).reason()))?;
    let account = me.account().unwrap_or_default().to_string();
    let partition = me
        .arn()
        .and_then(|a| a.split(':').nth(1))
        .unwrap_or("aws")
        .to_string();
    let regions = if opts.regions.is_empty() {
        vec![base.region().map_or("us-east-1".into(), |r| r.to_string())]
    } else {
        opts.regions.clone()
    };
    let wanted: Vec<&services::Service> = services::SERVICES
        .iter()
        .copied()
        .filter(|s| opts.services.is_empty() || opts.services.iter().any(|n| n == s.name))
        .collect();
    let limit = Arc::new(tokio::sync::Semaphore::new(opts.concurrency.max(1)));
    let mut inventory = Inventory {
        format: FORMAT.into(),
        tool: format!("phiguard {}", env!("CARGO_PKG_VERSION")),
        ..Default::default()
    };
    let mut tasks = tokio::task::JoinSet::new();
    let mut contexts = Vec::new();
    for (i, region) in regions.iter().enumerate() {
        let cx = Arc::new(Cx::new(
            config(opts, Some(region)).await,
            &account,
            region,
            &partition,
        ));
        inventory.scopes.push(Scope {
            account: account.clone(),
            region: region.clone(),
            services: opts.services.clone(),
        });
        for svc in wanted.iter().filter(|s| !s.global || i == 0) {
            let (cx, limit, collect) = (cx.clone(), limit.clone(), svc.collect);
            tasks.spawn(async move {
                let _permit = limit.acquire().await;
                collect(&cx).await;
            });
        }
        contexts.push(cx);
    }
    while tasks.join_next().await.is_some() {}
    for cx in contexts {
        let cx = Arc::try_unwrap(cx).map_err(|_| "a collector outlived its scan".to_string())?;
        let (items, gaps, _calls) = cx.finish();
        inventory.resources.extend(items);
        inventory.gaps.extend(gaps);
    }
    inventory.collected_at = now();
    Ok(inventory)
}

/// The SDK configuration: the standard credential chain, adaptive retry, bounded timeouts.
async fn config(opts: &Options, region: Option<&str>) -> aws_config::SdkConfig {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .retry_config(RetryConfig::adaptive().with_max_attempts(5))
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
    loader.load().await
}

/// Now, RFC 3339 in UTC.
fn now() -> String {
    aws_smithy_types::DateTime::from(std::time::SystemTime::now())
        .fmt(aws_smithy_types::date_time::Format::DateTime)
        .unwrap_or_default()
}
