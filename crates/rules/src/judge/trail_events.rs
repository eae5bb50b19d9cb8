//! What a CloudTrail trail records, from its event selectors (GetEventSelectors, in the
//! resource-schema shape): management events (read, write, excluded event sources) and
//! S3 data events of a given bucket.
//!
//! A trail uses either `EventSelectors` or `AdvancedEventSelectors`; with neither, it
//! records every management event (read and write) and no data event, as AWS does.

use crate::judge::live::text_or_target;
use crate::{MessagePart, unknown_reason};
use phiguard_model::{Lookup, Node, Resource};

/// The management events a trail records.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Management {
    /// Read-only API calls (`Describe*`, `Get*`, `List*`).
    pub read: bool,
    /// Calls that change something.
    pub write: bool,
    /// Event sources the selectors leave out (`kms.amazonaws.com`), or a note that only
    /// some sources are recorded.
    pub excluded: Vec<String>,
}

impl Management {
    /// Read and write events of every service.
    pub fn is_complete(&self) -> bool {
        self.read && self.write && self.excluded.is_empty()
    }

    /// What is missing, for messages.
    pub fn gaps(&self) -> String {
        let mut parts = Vec::new();
        match (self.read, self.write) {
            (false, false) => parts.push("records no management events".to_string()),
            (true, false) => parts.push("records read-only management events only".to_string()),
            (false, true) => parts.push("records write management events only".to_string()),
            (true, true) => {}
        }
        if !self.excluded.is_empty() {
            parts.push(format!("leaves out {}", self.excluded.join(", ")));
        }
        parts.join(" and ")
    }

    /// [`Management::gaps`] as a Fluent message; `None` when a left-out source is a
    /// phrase rather than an event source's name (it stays English).
    pub fn gaps_said(&self) -> Option<MessagePart> {
        let mut parts = Vec::new();
        match (self.read, self.write) {
            (false, false) => parts.push(MessagePart::new("cloudtrail-gap-no-management", &[])),
            (true, false) => parts.push(MessagePart::new("cloudtrail-gap-read-only", &[])),
            (false, true) => parts.push(MessagePart::new("cloudtrail-gap-write-only", &[])),
            (true, true) => {}
        }
        if !self.excluded.is_empty() {
            if self.excluded.iter().any(|x| x.contains(' ')) {
                return None;
            }
            let sources = self.excluded.join(", ");
            parts.push(MessagePart::new(
                "cloudtrail-gap-leaves-out",
                &[("sources", &sources)],
            ));
        }
        parts.into_iter().rev().reduce(|rest, first| {
            MessagePart::new("cloudtrail-gap-and", &[])
                .with("first", first)
                .with("rest", rest)
        })
    }
}

/// A value that cannot be read: the path and why.
pub(crate) type Unread = (String, String);

fn strings(n: &Node) -> Vec<String> {
    n.items()
        .iter()
        .filter_map(|v| text_or_target(&v.value).map(str::to_string))
        .collect()
}

/// The field selectors of one advanced selector as (field, operator, values).
fn fields(sel: &Node, path: &str) -> Result<Vec<(String, String, Vec<String>)>, Unread> {
    let list = match sel.get("FieldSelectors") {
        Lookup::Absent => return Ok(Vec::new()),
        Lookup::Unknown(n) => return Err((format!("{path}.FieldSelectors"), unknown_reason(n))),
        Lookup::Set(n) => n,
    };
    let mut out = Vec::new();
    for (i, fs) in list.items().iter().enumerate() {
        let Some(field) = fs.get("Field").node().and_then(Node::as_str) else {
            return Err((
                format!("{path}.FieldSelectors.{i}.Field"),
                "is not a literal value".into(),
            ));
        };
        for op in [
            "Equals",
            "NotEquals",
            "StartsWith",
            "NotStartsWith",
            "EndsWith",
            "NotEndsWith",
        ] {
            match fs.get(op) {
                Lookup::Absent => {}
                Lookup::Unknown(n) => {
                    return Err((format!("{path}.FieldSelectors.{i}.{op}"), unknown_reason(n)));
                }
                Lookup::Set(n) => out.push((field.to_string(), op.to_string(), strings(n))),
            }
        }
    }
    Ok(out)
}

fn selectors<'a>(t: &'a Resource, path: &str) -> Result<Option<&'a [Node]>, Unread> {
    match t.get(path) {
        Lookup::Absent => Ok(None),
        Lookup::Unknown(n) => Err((path.to_string(), unknown_reason(n))),
        Lookup::Set(n) if n.items().is_empty() => Ok(None),
        Lookup::Set(n) => Ok(Some(n.items())),
    }
}

/// Read and write flags of a basic selector's `ReadWriteType` (default `All`).
fn read_write(sel: &Node, path: &str) -> Result<(bool, bool), Unread> {
    match sel.get("ReadWriteType") {
        Lookup::Absent => Ok((true, true)),
        Lookup::Unknown(n) => Err((format!("{path}.ReadWriteType"), unknown_reason(n))),
        Lookup::Set(n) => match n.as_str() {
            Some("All") => Ok((true, true)),
            Some("ReadOnly") => Ok((true, false)),
            Some("WriteOnly") => Ok((false, true)),
            _ => Err((
                format!("{path}.ReadWriteType"),
                "is not All, ReadOnly or WriteOnly".into(),
            )),
        },
    }
}

/// Read and write flags of an advanced selector's `readOnly` field (absent: both).
fn read_only_field(fields: &[(String, String, Vec<String>)]) -> (bool, bool) {
    match fields
        .iter()
        .find(|(f, op, _)| f == "readOnly" && op == "Equals")
    {
        Some((_, _, v)) if v.iter().all(|x| x == "true") => (true, false),
        Some((_, _, v)) if v.iter().all(|x| x == "false") => (false, true),
        _ => (true, true),
    }
}

/// The management events a trail records.
pub(crate) fn management(t: &Resource) -> Result<Management, Unread> {
    if let Some(list) = selectors(t, "AdvancedEventSelectors")? {
        let mut m = Management::default();
        let mut excluded: Option<Vec<String>> = None;
        for (i, sel) in list.iter().enumerate() {
            let f = fields(sel, &format!("AdvancedEventSelectors.{i}"))?;
            let management = f.iter().any(|(field, op, v)| {
                field == "eventCategory" && op == "Equals" && v.iter().any(|x| x == "Management")
            });
            if !management {
                continue;
            }
            let (r, w) = read_only_field(&f);
            m.read |= r;
            m.write |= w;
            let mut mine = Vec::new();
            for (field, op, v) in &f {
                if field != "eventSource" {
                    continue;
                }
                match op.as_str() {
                    "NotEquals" => mine.extend(v.iter().cloned()),
                    "Equals" => mine.push(format!("every event source but {}", v.join(", "))),
                    _ => mine.push(format!("event sources by an {op} filter")),
                }
            }
            // Several management selectors: a source is left out only when every one
            // leaves it out.
            excluded = Some(match excluded {
                None => mine,
                Some(prev) => prev.into_iter().filter(|x| mine.contains(x)).collect(),
            });
        }
        m.excluded = excluded.unwrap_or_default();
        return Ok(m);
    }
    let Some(list) = selectors(t, "EventSelectors")? else {
        return Ok(Management {
            read: true,
            write: true,
            excluded: Vec::new(),
        });
    };
    let mut m = Management::default();
    let mut excluded: Option<Vec<String>> = None;
    for (i, sel) in list.iter().enumerate() {
        let path = format!("EventSelectors.{i}");
        let include = match sel.get("IncludeManagementEvents") {
            Lookup::Absent => true,
            Lookup::Unknown(n) => {
                return Err((format!("{path}.IncludeManagementEvents"), unknown_reason(n)));
            }
            Lookup::Set(n) => n.as_bool().ok_or_else(|| {
                (
                    format!("{path}.IncludeManagementEvents"),
                    "is not a boolean".to_string(),
                )
            })?,
        };
        if !include {
            continue;
        }
        let (r, w) = read_write(sel, &path)?;
        m.read |= r;
        m.write |= w;
        let mine = match sel.get("ExcludeManagementEventSources") {
            Lookup::Absent => Vec::new(),
            Lookup::Unknown(n) => {
                return Err((
                    format!("{path}.ExcludeManagementEventSources"),
                    unknown_reason(n),
                ));
            }
            Lookup::Set(n) => strings(n),
        };
        excluded = Some(match excluded {
            None => mine,
            Some(prev) => prev.into_iter().filter(|x| mine.contains(x)).collect(),
        });
    }
    m.excluded = excluded.unwrap_or_default();
    Ok(m)
}

/// Which kind of event selector records a bucket's S3 object events.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum DataSelector {
    /// `AdvancedEventSelectors`.
    Advanced,
    /// `EventSelectors`.
    Basic,
}

impl DataSelector {
    /// What records the events, for messages.
    pub fn english(self) -> &'static str {
        match self {
            DataSelector::Advanced => "an advanced event selector records its S3 object events",
            DataSelector::Basic => "an event selector records its S3 object events",
        }
    }
}

/// Whether a trail records S3 object-level events (read and write) of `bucket` (its
/// name): `Ok(Some(selector))` yes, `Ok(None)` no.
pub(crate) fn s3_data_events(t: &Resource, bucket: &str) -> Result<Option<DataSelector>, Unread> {
    let bucket_arn = format!("arn:aws:s3:::{bucket}/");
    let covers_prefix = |v: &str| {
        let v = v.trim();
        // `arn:aws:s3` (or `arn:aws:s3:::`) selects every bucket.
        v == "arn:aws:s3"
            || v == "arn:aws:s3:::"
            || v == bucket_arn
            || v == bucket_arn.trim_end_matches('/')
            || (v.ends_with('/') && bucket_arn.starts_with(v))
    };
    if let Some(list) = selectors(t, "AdvancedEventSelectors")? {
        let (mut read, mut write) = (false, false);
        for (i, sel) in list.iter().enumerate() {
            let f = fields(sel, &format!("AdvancedEventSelectors.{i}"))?;
            let is = |field: &str, value: &str| {
                f.iter()
                    .any(|(x, op, v)| x == field && op == "Equals" && v.iter().any(|y| y == value))
            };
            if !is("eventCategory", "Data") || !is("resources.type", "AWS::S3::Object") {
                continue;
            }
            let arn_filters: Vec<_> = f.iter().filter(|(x, _, _)| x == "resources.ARN").collect();
            let selected = arn_filters.iter().all(|(_, op, v)| match op.as_str() {
                "StartsWith" | "Equals" => v.iter().any(|x| covers_prefix(x)),
                "NotStartsWith" | "NotEquals" => !v.iter().any(|x| covers_prefix(x)),
                _ => false,
            });
            if selected {
                let (r, w) = read_only_field(&f);
                read |= r;
                write |= w;
            }
        }
        return Ok(match (read, write) {
            (true, true) => Some(DataSelector::Advanced),
            (true, false) => None,
            (false, true) => None,
            (false, false) => None,
        });
    }
    let Some(list) = selectors(t, "EventSelectors")? else {
        return Ok(None);
    };
    let (mut read, mut write) = (false, false);
    for (i, sel) in list.iter().enumerate() {
        let path = format!("EventSelectors.{i}");
        let resources = match sel.get("DataResources") {
            Lookup::Absent => continue,
            Lookup::Unknown(n) => return Err((format!("{path}.DataResources"), unknown_reason(n))),
            Lookup::Set(n) => n,
        };
        let selected = resources.items().iter().any(|d| {
            d.get("Type").node().and_then(Node::as_str) == Some("AWS::S3::Object")
                && d.get("Values")
                    .node()
                    .is_some_and(|v| strings(v).iter().any(|x| covers_prefix(x)))
        });
        if selected {
            let (r, w) = read_write(sel, &path)?;
            read |= r;
            write |= w;
        }
    }
    Ok((read && write).then_some(DataSelector::Basic))
}
