//! Follows a property that names another resource (`DBParameterGroupName`,
//! `OptionGroupName`, `ClusterParameterGroupName`, `TopicArn`...) to that resource.

use crate::{Ctx, Outcome, unknown_reason};
use phiguard_model::{Location, Lookup, Resource, Value};

/// What a property naming another resource points at.
#[derive(Debug)]
pub enum Linked<'a> {
    /// The property is not written.
    Absent,
    /// A resource of the expected kind in the same unit.
    Found {
        /// The resource named.
        resource: &'a Resource,
        /// Where the property is written.
        location: Option<&'a Location>,
    },
    /// A literal name that no resource of the expected kind in the unit carries: the
    /// resource lives outside the scanned files (or is an AWS default).
    Named {
        /// The name as written.
        name: &'a str,
        /// Where the property is written.
        location: Option<&'a Location>,
    },
    /// The property cannot be resolved; the outcome (an unknown verdict) says why.
    Unknown(Outcome),
}

/// Resolves `path` on `r` to a resource of `kind`. A reference (`!Ref`, `!GetAtt`, or a
/// string that is exactly `${Name}`) is followed; a literal name is matched against
/// the `name_property` of the unit's resources of `kind`.
pub fn linked<'a>(
    ctx: &Ctx<'a>,
    r: &'a Resource,
    path: &str,
    kind: &str,
    name_property: &str,
) -> Linked<'a> {
    let node = match r.get(path) {
        Lookup::Absent => return Linked::Absent,
        Lookup::Unknown(n) => {
            return Linked::Unknown(
                Outcome::unknown(format!("{path} {}", unknown_reason(n)))
                    .at(path, n.location.as_ref()),
            );
        }
        Lookup::Set(n) => n,
    };
    let location = node.location.as_ref();
    let target = match &node.value {
        Value::Ref { target, .. } => Some(target.as_str()),
        Value::Str(s) => whole_token(s),
        _ => None,
    };
    if let Some(target) = target {
        return match ctx.graph.by_name(r.unit, target) {
            Some(t) if t.kind == kind => Linked::Found {
                resource: t,
                location,
            },
            Some(t) => Linked::Unknown(
                Outcome::unknown(format!(
                    "{path} refers to '{}', a {} rather than a {kind}",
                    t.name, t.kind
                ))
                .at(path, location),
            ),
            None => Linked::Unknown(
                Outcome::unknown(format!(
                    "{path} refers to '{target}', which is not in this scan"
                ))
                .at(path, location),
            ),
        };
    }
    match &node.value {
        Value::Str(name) => {
            let found = ctx.graph.of_kind(kind).find(|g| {
                g.unit == r.unit
                    && g.get(name_property)
                        .node()
                        .and_then(|n| n.as_str())
                        .is_some_and(|n| n.eq_ignore_ascii_case(name))
            });
            match found {
                Some(resource) => Linked::Found { resource, location },
                None if name.is_empty() => Linked::Absent,
                None => Linked::Named { name, location },
            }
        }
        _ => Linked::Unknown(
            Outcome::unknown(format!("{path} {}", unknown_reason(node))).at(path, location),
        ),
    }
}

/// `Name` when `s` is exactly `${Name}` or `${Name.Attribute}`.
fn whole_token(s: &str) -> Option<&str> {
    let inner = s.strip_prefix("${")?.strip_suffix('}')?;
    if inner.contains(['$', '{', '}']) || inner.starts_with("AWS::") {
        return None;
    }
    inner.split('.').next().filter(|n| !n.is_empty())
}

#[cfg(test)]
mod tests {
    use super::whole_token;

    #[test]
    fn whole_tokens() {
        assert_eq!(whole_token("${ClaimsParams}"), Some("ClaimsParams"));
        assert_eq!(whole_token("${Topic.TopicArn}"), Some("Topic"));
        assert_eq!(whole_token("${AWS::StackName}-params"), None);
        assert_eq!(whole_token("prefix-${Name}"), None);
        assert_eq!(whole_token("${A}-${B}"), None);
    }
}
