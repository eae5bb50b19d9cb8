//! What a collector works with: the SDK configuration for one account and region, and
//! the sink for what it reads (resources, and gaps where a call failed).

use aws_smithy_async::future::pagination_stream::PaginationStream;
use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use phiguard_inventory::Item;
use phiguard_model::Gap;
use serde_json::{Map, Value, json};
use std::fmt::Debug;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// One account and region being collected.
pub struct Cx {
    /// SDK configuration (credentials, region, retry, timeouts, endpoint).
    pub sdk: aws_config::SdkConfig,
    /// Account id.
    pub account: String,
    /// Region (`global` is never used here: global services run in the home region).
    pub region: String,
    /// ARN partition (`aws`, `aws-us-gov`, `aws-cn`).
    pub partition: String,
    items: Mutex<Vec<Item>>,
    gaps: Mutex<Vec<Gap>>,
    calls: AtomicU64,
}

/// Why a call failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// Refused by IAM (or an SCP, or a disabled service): the affected facts are unknown.
    Denied(String),
    /// The thing asked about does not exist (a bucket without an encryption configuration).
    NotFound(String),
    /// Throttled past the SDK's retries, timed out, or the endpoint was unreachable.
    Unavailable(String),
    /// Anything else.
    Other(String),
}

impl Fault {
    /// The reason, for messages.
    pub fn reason(&self) -> &str {
        match self {
            Fault::Denied(s) | Fault::NotFound(s) | Fault::Unavailable(s) | Fault::Other(s) => s,
        }
    }
}

/// Error codes AWS services use for "refused".
const DENIED: &[&str] = &[
    "AccessDenied",
    "AccessDeniedException",
    "UnauthorizedOperation",
    "UnrecognizedClientException",
    "AuthorizationError",
    "AuthFailure",
    "InvalidClientTokenId",
    "OptInRequired",
    "SubscriptionRequiredException",
    // Cloud Control: the type's handler was refused with the caller's credentials.
    "InvalidCredentialsException",
];

/// Classifies an SDK error.
pub fn fault<E>(err: &SdkError<E, HttpResponse>) -> Fault
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    match err {
        SdkError::TimeoutError(_) => Fault::Unavailable("timed out".into()),
        SdkError::DispatchFailure(e) => Fault::Unavailable(format!(
            "endpoint unreachable ({})",
            if e.is_timeout() {
                "timeout"
            } else {
                "connection failed"
            }
        )),
        SdkError::ServiceError(_) => {
            let code = err.code().unwrap_or("Unknown");
            let message = err.message().unwrap_or_default();
            let text = match (err.code(), err.raw_response()) {
                (None, Some(raw)) if raw.status().is_success() => format!(
                    "the response could not be read (HTTP {})",
                    raw.status().as_u16()
                ),
                (None, Some(raw)) => {
                    format!("HTTP {} without an error code", raw.status().as_u16())
                }
                _ => format!("{code}: {message}"),
            };
            if DENIED.contains(&code) {
                Fault::Denied(text)
            } else if code.contains("NotFound") || code.starts_with("NoSuch") {
                Fault::NotFound(text)
            } else if code.contains("Throttl") || code == "RequestLimitExceeded" {
                Fault::Unavailable(text)
            } else {
                Fault::Other(text)
            }
        }
        other => Fault::Other(format!("{other}")),
    }
}

impl Cx {
    /// Makes one API call named by its IAM `action` (counted; the error classified).
    pub async fn call<T, E>(
        &self,
        _action: &str,
        call: impl std::future::Future<Output = Result<T, SdkError<E, HttpResponse>>>,
    ) -> Result<T, Fault>
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        self.called();
        call.await.map_err(|e| fault(&e))
    }

    /// Every page of a paginated list call named by its IAM `action`.
    pub async fn pages<T, E>(
        &self,
        _action: &str,
        mut pages: PaginationStream<Result<T, SdkError<E, HttpResponse>>>,
    ) -> Result<Vec<T>, Fault>
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        let mut out = Vec::new();
        while let Some(page) = pages.next().await {
            self.called();
            out.push(page.map_err(|e| fault(&e))?);
        }
        Ok(out)
    }

    /// A context for one account and region.
    pub fn new(sdk: aws_config::SdkConfig, account: &str, region: &str, partition: &str) -> Self {
        Self {
            sdk,
            account: account.into(),
            region: region.into(),
            partition: partition.into(),
            items: Mutex::default(),
            gaps: Mutex::default(),
            calls: AtomicU64::new(0),
        }
    }

    /// `arn:<partition>:<service>:<region>:<account>:<resource>`.
    pub fn arn(&self, service: &str, resource: &str) -> String {
        format!(
            "arn:{}:{service}:{}:{}:{resource}",
            self.partition, self.region, self.account
        )
    }

    /// Counts one API call (for the "calls per resource" figure).
    pub fn called(&self) {
        self.calls.fetch_add(1, Ordering::Relaxed);
    }

    /// API calls made so far.
    pub fn calls(&self) -> u64 {
        self.calls.load(Ordering::Relaxed)
    }

    /// Adds a resource of `kind` with its properties (schema vocabulary) and tags, in this
    /// context's account and region (`region` overrides it for global resources).
    pub fn add(
        &self,
        kind: &str,
        arn: String,
        ids: Vec<String>,
        properties: Map<String, Value>,
        tags: Vec<(String, String)>,
    ) {
        let item = Item {
            arn,
            account: self.account.clone(),
            region: self.region.clone(),
            kind: kind.into(),
            ids,
            properties,
            tags: tags.into_iter().collect(),
        };
        self.items.lock().expect("items").push(item);
    }

    /// [`Cx::add`] in another region (`global` for IAM users and the account).
    pub fn add_at(
        &self,
        region: &str,
        kind: &str,
        arn: String,
        properties: Map<String, Value>,
        tags: Vec<(String, String)>,
    ) {
        let item = Item {
            arn,
            account: self.account.clone(),
            region: region.into(),
            kind: kind.into(),
            ids: Vec::new(),
            properties,
            tags: tags.into_iter().collect(),
        };
        self.items.lock().expect("items").push(item);
    }

    /// Records that a list call failed: `kinds` were not read here. A `NotFound` is not a
    /// gap (nothing to list).
    pub fn gap(&self, action: &str, kinds: &[&str], fault: &Fault) {
        if matches!(fault, Fault::NotFound(_)) {
            return;
        }
        self.gaps.lock().expect("gaps").push(Gap {
            account: self.account.clone(),
            region: self.region.clone(),
            kinds: kinds.iter().map(|k| k.to_string()).collect(),
            action: action.into(),
            reason: fault.reason().into(),
            tags_unread: Vec::new(),
        });
    }

    /// Records that the tags of `arn` could not be read (a `NotFound` is no tags): a PHI
    /// tag may be among them, so where PHI is marked by tags the resource is assumed to
    /// hold PHI. Returns the tags known, none, for the caller's `match`.
    pub fn tags_unread(&self, action: &str, arn: &str, fault: &Fault) -> Vec<(String, String)> {
        if !matches!(fault, Fault::NotFound(_)) {
            self.gaps.lock().expect("gaps").push(Gap {
                account: self.account.clone(),
                region: self.region.clone(),
                kinds: Vec::new(),
                action: action.into(),
                reason: fault.reason().into(),
                tags_unread: vec![arn.into()],
            });
        }
        Vec::new()
    }

    /// The value of a property whose call failed: `{"$unknown": "<action> ... (<reason>)"}`.
    pub fn unknown(action: &str, fault: &Fault) -> Value {
        let what = match fault {
            Fault::Denied(_) => "was refused",
            Fault::Unavailable(_) => "did not answer",
            _ => "failed",
        };
        json!({ "$unknown": format!("{action} {what} ({})", fault.reason()) })
    }

    /// Records a gap for `kinds` in another region (`global`).
    pub fn gap_at(&self, region: &str, action: &str, kinds: &[&str], fault: &Fault) {
        if matches!(fault, Fault::NotFound(_)) {
            return;
        }
        self.gaps.lock().expect("gaps").push(Gap {
            account: self.account.clone(),
            region: region.into(),
            kinds: kinds.iter().map(|k| k.to_string()).collect(),
            action: action.into(),
            reason: fault.reason().into(),
            tags_unread: Vec::new(),
        });
    }

    /// What was collected.
    pub fn finish(self) -> (Vec<Item>, Vec<Gap>, u64) {
        let calls = self.calls();
        (
            self.items.into_inner().unwrap_or_default(),
            self.gaps.into_inner().unwrap_or_default(),
            calls,
        )
    }
}

/// A JSON object literal as a property map (`obj(json!({...}))`); nulls are dropped, so
/// an absent value stays absent.
pub fn obj(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m.into_iter().filter(|(_, v)| !v.is_null()).collect(),
        _ => Map::new(),
    }
}

/// A JSON policy document as AWS returns it (URL-encoded by IAM, plain elsewhere).
pub fn policy(text: &str) -> Value {
    let decoded;
    let text = if text.starts_with('%') {
        decoded = percent_decode(text);
        &decoded
    } else {
        text
    };
    serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_string()))
}

/// RFC 3986 percent-decoding (IAM's policy documents).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).and_then(|c| hex(*c)),
            b.get(i + 2).and_then(|c| hex(*c)),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, ..) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An SDK timestamp in RFC 3339.
pub fn time(t: Option<&aws_smithy_types::DateTime>) -> Value {
    t.and_then(|t| t.fmt(aws_smithy_types::date_time::Format::DateTime).ok())
        .map_or(Value::Null, Value::String)
}
