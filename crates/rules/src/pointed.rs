//! Judging the resource another resource points at: the S3 bucket a job writes to,
//! the Glue connection a dataset reads through. A pointer is a reference
//! (`!Ref Bucket`, `!GetAtt Bucket.Arn`), a string holding one (`arn:aws:s3:::${Bucket}/*`)
//! or a literal name that a resource in the scan declares (`BucketName: claims-exports`).

use crate::{Ctx, Outcome, unknown_reason};
use phiguard_model::{Lookup, Node, Resource, Value};

/// What a pointer leads to.
#[derive(Debug)]
pub enum Linked<'g> {
    /// A resource of the wanted kind in the scan.
    Found(&'g Resource),
    /// A name or ARN that no resource in the scan declares (managed elsewhere).
    External(String),
    /// A resource of another kind in the scan.
    Other(&'g Resource),
    /// The pointer cannot be resolved before deployment (the reason).
    Unknown(String),
}

/// Resolves `node`, written in `from`, to a resource of one of `kinds`. `name_prop` is the
/// property that holds the resource's own name (`BucketName`), for literal names.
pub fn resolve<'g>(
    ctx: &Ctx<'g>,
    from: &Resource,
    node: &Node,
    kinds: &[&str],
    name_prop: &str,
) -> Linked<'g> {
    match &node.value {
        Value::Ref { target, .. } => by_token(ctx, from, target, kinds),
        Value::Str(s) => resolve_str(ctx, from, s, kinds, name_prop),
        _ => Linked::Unknown(unknown_reason(node)),
    }
}

/// Resolves a string that is either exactly one `${Name}` / `${Name.Attr}` token or a
/// literal name.
pub fn resolve_str<'g>(
    ctx: &Ctx<'g>,
    from: &Resource,
    s: &str,
    kinds: &[&str],
    name_prop: &str,
) -> Linked<'g> {
    let s = s.trim();
    if let Some(inner) = s.strip_prefix("${").and_then(|r| r.strip_suffix('}'))
        && !inner.contains("${")
        && !inner.starts_with("AWS::")
    {
        return by_token(ctx, from, inner, kinds);
    }
    if s.is_empty() {
        return Linked::Unknown("the name is empty".into());
    }
    let has_token = s.contains("${");
    let graph = ctx.graph;
    for kind in kinds {
        for r in graph.of_kind(kind) {
            // Names built from pseudo parameters are only comparable within one unit.
            if has_token && r.unit != from.unit {
                continue;
            }
            if r.get(name_prop).node().and_then(Node::as_str) == Some(s) {
                return Linked::Found(r);
            }
        }
    }
    if has_token {
        Linked::Unknown(format!("'{s}' is known only at deploy time"))
    } else {
        Linked::External(s.to_string())
    }
}

/// Resolves a token `Name`, `Name.Attr` or a Terraform address `type.name.attr`: the
/// longest dotted prefix that names a resource in `from`'s unit.
fn by_token<'g>(ctx: &Ctx<'g>, from: &Resource, token: &str, kinds: &[&str]) -> Linked<'g> {
    let parts: Vec<&str> = token.split('.').collect();
    for n in (1..=parts.len()).rev() {
        let name = parts[..n].join(".");
        if let Some(r) = ctx.graph.by_name(from.unit, &name) {
            return if kinds.contains(&r.kind.as_str()) {
                Linked::Found(r)
            } else {
                Linked::Other(r)
            };
        }
    }
    Linked::Unknown(format!("'{token}' is not a resource in this scan"))
}

/// The bucket named by an S3 bucket name, bucket ARN, object ARN, `s3://` URL or a
/// reference to a bucket.
pub fn bucket<'g>(ctx: &Ctx<'g>, from: &Resource, node: &Node) -> Linked<'g> {
    const KINDS: &[&str] = &["AWS::S3::Bucket"];
    match &node.value {
        Value::Str(s) => {
            let name = bucket_name_of(s);
            resolve_str(ctx, from, name, KINDS, "BucketName")
        }
        _ => resolve(ctx, from, node, KINDS, "BucketName"),
    }
}

/// The bucket part of an S3 ARN, URL or `bucket/key` path.
pub fn bucket_name_of(s: &str) -> &str {
    let s = s.trim();
    let rest = if let Some(r) = s.strip_prefix("s3://") {
        r
    } else if let Some(i) = s.find(":s3:::") {
        &s[i + 6..]
    } else {
        s.trim_start_matches('/')
    };
    // `${Bucket.Arn}/*` is an object ARN of the bucket.
    let end = rest.find('/').unwrap_or(rest.len());
    &rest[..end]
}

/// A bucket's declared default encryption.
#[derive(Debug)]
pub enum Declared {
    /// Declared, with the algorithm (`AES256`, `aws:kms`).
    Yes(String),
    /// Not declared.
    No,
    /// Written but not resolvable (the reason).
    Unknown(String),
}

/// Reads `BucketEncryption` of an `AWS::S3::Bucket`.
pub fn bucket_encryption(bucket: &Resource) -> Declared {
    const PATH: &str = "BucketEncryption.ServerSideEncryptionConfiguration";
    let rules = match bucket.get(PATH) {
        Lookup::Absent => return Declared::No,
        Lookup::Unknown(n) => return Declared::Unknown(unknown_reason(n)),
        Lookup::Set(n) => n,
    };
    let mut unknown = None;
    for rule in rules.items() {
        match rule.get("ServerSideEncryptionByDefault.SSEAlgorithm") {
            Lookup::Set(a) => match a.as_str() {
                Some(alg @ ("AES256" | "aws:kms" | "aws:kms:dsse")) => {
                    return Declared::Yes(alg.to_string());
                }
                Some(_) => {}
                None => unknown = Some(unknown_reason(a)),
            },
            Lookup::Unknown(n) => unknown = Some(unknown_reason(n)),
            Lookup::Absent => {}
        }
    }
    match unknown {
        Some(why) => Declared::Unknown(why),
        None => Declared::No,
    }
}

/// Judges the encryption of the bucket `node` (at `path` in `from`) points at: pass when
/// the bucket declares default encryption, the AWS-default verdict when it does not,
/// unknown when the bucket is not in the scan or cannot be resolved.
pub fn judge_bucket_encryption(
    ctx: &Ctx,
    from: &Resource,
    path: &str,
    node: &Node,
    role: &str,
) -> Outcome {
    let loc = node.location.as_ref();
    match bucket(ctx, from, node) {
        Linked::Found(b) => match bucket_encryption(b) {
            Declared::Yes(alg) => Outcome::pass(format!(
                "the {role} bucket '{}' declares default encryption ({alg})",
                b.name
            ))
            .at(path, loc),
            Declared::No => {
                let out = ctx.aws_default(
                    path,
                    &format!("The {role} bucket '{}' declares no default encryption", b.name),
                    "has encrypted new S3 objects with SSE-S3 since January 2023",
                );
                out.at(path, loc)
            }
            Declared::Unknown(why) => Outcome::unknown(format!(
                "the encryption of the {role} bucket '{}' {why}",
                b.name
            ))
            .at(path, loc),
        },
        Linked::External(name) => Outcome::unknown(format!(
            "the {role} bucket '{name}' is not defined in this scan; check its default encryption where it is managed"
        ))
        .at(path, loc),
        Linked::Other(o) => Outcome::unknown(format!(
            "the {role} bucket points at '{}', a {}, not a bucket",
            o.name, o.kind
        ))
        .at(path, loc),
        Linked::Unknown(why) => {
            Outcome::unknown(format!("the {role} bucket cannot be resolved: {why}")).at(path, loc)
        }
    }
}

/// Whether a Glue connection enforces SSL on its JDBC connection: `None` when it is not a
/// JDBC connection.
pub fn glue_connection_ssl(conn: &Resource) -> Option<Outcome> {
    const TYPE: &str = "ConnectionInput.ConnectionType";
    const SSL: &str = "ConnectionInput.ConnectionProperties.JDBC_ENFORCE_SSL";
    match conn.get(TYPE) {
        Lookup::Set(n) => match n.as_str() {
            Some(t) if t.eq_ignore_ascii_case("JDBC") => {}
            Some(_) => return None,
            None => {
                return Some(
                    Outcome::unknown(format!("{TYPE} {}", unknown_reason(n)))
                        .at(TYPE, n.location.as_ref()),
                );
            }
        },
        Lookup::Unknown(n) => {
            return Some(
                Outcome::unknown(format!("{TYPE} {}", unknown_reason(n)))
                    .at(TYPE, n.location.as_ref()),
            );
        }
        // CloudFormation requires the type; Terraform defaults to JDBC.
        Lookup::Absent => {}
    }
    Some(match conn.get(SSL) {
        Lookup::Absent => Outcome::fail(format!(
            "JDBC connection '{}' does not set JDBC_ENFORCE_SSL, so Glue may connect without TLS",
            conn.name
        ))
        .at(SSL, None),
        Lookup::Unknown(n) => {
            Outcome::unknown(format!("JDBC_ENFORCE_SSL {}", unknown_reason(n))).at(SSL, n.location.as_ref())
        }
        Lookup::Set(n) => match n.as_bool() {
            Some(true) => Outcome::pass(format!("JDBC connection '{}' enforces SSL", conn.name)).at(SSL, n.location.as_ref()),
            Some(false) => Outcome::fail(format!(
                "JDBC connection '{}' sets JDBC_ENFORCE_SSL to false, so Glue may connect without TLS",
                conn.name
            ))
            .at(SSL, n.location.as_ref()),
            None => Outcome::unknown(format!("JDBC_ENFORCE_SSL {}", unknown_reason(n))).at(SSL, n.location.as_ref()),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::bucket_name_of;

    #[test]
    fn bucket_names_come_out_of_arns_and_urls() {
        assert_eq!(
            bucket_name_of("arn:aws:s3:::claims-exports/*"),
            "claims-exports"
        );
        assert_eq!(
            bucket_name_of("arn:${AWS::Partition}:s3:::${Exports}/in"),
            "${Exports}"
        );
        assert_eq!(
            bucket_name_of("s3://claims-exports/2024/"),
            "claims-exports"
        );
        assert_eq!(
            bucket_name_of("/claims-exports/home/alice"),
            "claims-exports"
        );
        assert_eq!(bucket_name_of("${Exports.Arn}/*"), "${Exports.Arn}");
        assert_eq!(bucket_name_of("claims-exports"), "claims-exports");
    }
}
