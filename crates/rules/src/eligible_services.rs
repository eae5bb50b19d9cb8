//! The whitepaper's view of which AWS services may handle PHI: `spec/eligible-services.yaml`,
//! embedded at build time and read once.
//!
//! AWS's own "HIPAA Eligible Services Reference" changes more often than the whitepaper;
//! services the whitepaper does not mention are reported as unknown, never as failures.

use phiguard_model::Resource;
use saphyr::{LoadableYamlNode, Yaml};
use std::sync::LazyLock;

/// The embedded list.
pub const SOURCE: &str = include_str!("../../../spec/eligible-services.yaml");

/// What the whitepaper lets a service do with PHI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// May store, process and transmit PHI when configured per the whitepaper.
    StoreProcess,
    /// May process or transmit PHI but keeps nothing at rest.
    TransitOnly,
    /// Eligible, but must not hold PHI itself (orchestration, monitoring, metadata).
    NoPhi,
}

/// Which list of the file a service comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    /// A service with a section in the whitepaper.
    Eligible,
    /// Used throughout the whitepaper's guidance, without a section of its own.
    Supporting,
    /// Not mentioned in the whitepaper at all.
    NotInWhitepaper,
}

/// One service of the list.
#[derive(Clone, Debug)]
pub struct Service {
    /// Service name.
    pub name: String,
    /// Whitepaper section, for eligible services.
    pub section: Option<String>,
    /// PHI role, for eligible services.
    pub role: Option<Role>,
    /// Which list it is on.
    pub listing: Listing,
    /// CloudFormation type prefixes (`AWS::S3::`, `AWS::RDS::DBCluster`).
    pub prefixes: Vec<String>,
}

/// The list, in file order: eligible services, then supporting, then unmentioned ones.
pub fn services() -> &'static [Service] {
    static ALL: LazyLock<Vec<Service>> = LazyLock::new(|| parse(SOURCE));
    &ALL
}

fn parse(text: &str) -> Vec<Service> {
    let Ok(docs) = Yaml::load_from_str(text) else {
        return Vec::new();
    };
    let Some(doc) = docs.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, listing) in [
        ("eligible_services", Listing::Eligible),
        ("supporting_services_without_section", Listing::Supporting),
        ("not_in_whitepaper", Listing::NotInWhitepaper),
    ] {
        for s in doc
            .as_mapping_get(key)
            .and_then(Yaml::as_sequence)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let text = |k: &str| s.as_mapping_get(k).and_then(Yaml::as_str).map(String::from);
            let Some(name) = text("name") else { continue };
            let role = text("phi_role").and_then(|r| match r.as_str() {
                "store-process" => Some(Role::StoreProcess),
                "transit-only" => Some(Role::TransitOnly),
                "no-phi" => Some(Role::NoPhi),
                _ => None,
            });
            let prefixes = s
                .as_mapping_get("cfn_prefixes")
                .and_then(Yaml::as_sequence)
                .map(|v| {
                    v.iter()
                        .filter_map(Yaml::as_str)
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            out.push(Service {
                name,
                section: text("section"),
                role,
                listing,
                prefixes,
            });
        }
    }
    out
}

/// How the whitepaper covers a resource's service.
#[derive(Debug)]
pub enum Coverage {
    /// Covered by these services (the closest match first).
    Listed(Vec<&'static Service>),
    /// No service on any list matches the type.
    Unlisted,
    /// The service depends on a value that is not resolvable (the reason).
    Undecided(String),
}

/// The service(s) a resource belongs to. The closest (longest) prefix decides; a
/// prefix written with a condition (`AWS::ElastiCache::CacheCluster (Engine memcached)`)
/// applies only when the resource meets it.
pub fn coverage(r: &Resource) -> Coverage {
    let mut matches: Vec<(usize, &'static Service)> = Vec::new();
    for s in services() {
        let mut best = None;
        for p in &s.prefixes {
            let (prefix, condition) = match p.split_once(" (") {
                Some((prefix, cond)) => (prefix, Some(cond.trim_end_matches(')'))),
                None => (p.as_str(), None),
            };
            if !r.kind.starts_with(prefix) {
                continue;
            }
            if let Some(cond) = condition {
                let Some((attr, want)) = cond.split_once(' ') else {
                    continue;
                };
                match r.get(attr).node().and_then(|n| n.as_str()) {
                    Some(v) if v.eq_ignore_ascii_case(want) => {}
                    Some(_) => continue,
                    None => {
                        return Coverage::Undecided(format!(
                            "whether this is {} depends on {attr}, which is not a literal value",
                            s.name
                        ));
                    }
                }
            }
            best = best.max(Some(prefix.len()));
        }
        if let Some(len) = best {
            matches.push((len, s));
        }
    }
    // A Redis cache cluster is ElastiCache for Redis, whose entry names the newer types only.
    if matches.is_empty()
        && r.kind == "AWS::ElastiCache::CacheCluster"
        && let Some(s) = services()
            .iter()
            .find(|s| s.name == "Amazon ElastiCache for Redis")
    {
        matches.push((0, s));
    }
    if matches.is_empty() {
        return Coverage::Unlisted;
    }
    // Longest prefix first; on a tie the earlier list (eligible before the others) wins.
    matches.sort_by_key(|(len, s)| (std::cmp::Reverse(*len), s.listing as u8));
    Coverage::Listed(matches.into_iter().map(|(_, s)| s).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use phiguard_model::{Node, Origin, ResourceId, Value};

    fn resource(kind: &str, attrs: Vec<(&str, &str)>) -> Resource {
        Resource {
            id: ResourceId(0),
            unit: 0,
            name: "R".into(),
            kind: kind.into(),
            source_type: kind.into(),
            origin: Origin::arn("arn"),
            attributes: Node::bare(Value::Map(
                attrs
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), Node::bare(Value::Str(v.into()))))
                    .collect(),
            )),
            tags: Vec::new(),
            condition: None,
        }
    }

    fn first(kind: &str, attrs: Vec<(&str, &str)>) -> Option<(&'static str, Listing)> {
        match coverage(&resource(kind, attrs)) {
            Coverage::Listed(s) => Some((s[0].name.as_str(), s[0].listing)),
            _ => None,
        }
    }

    #[test]
    fn the_embedded_list_parses() {
        let all = services();
        assert!(
            all.iter()
                .filter(|s| s.listing == Listing::Eligible)
                .count()
                > 100
        );
        assert!(all.iter().any(|s| s.listing == Listing::NotInWhitepaper));
        assert!(
            all.iter()
                .filter(|s| s.listing == Listing::Eligible)
                .all(|s| s.role.is_some() && s.section.is_some())
        );
    }

    #[test]
    fn equals_the_shared_spec_when_present() {
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/spec/eligible-services.yaml");
        if let Ok(text) = std::fs::read_to_string(shared) {
            assert_eq!(
                text, SOURCE,
                "spec/eligible-services.yaml differs from shared/spec"
            );
        }
    }

    #[test]
    fn closest_prefix_decides() {
        assert_eq!(
            first("AWS::S3::Bucket", vec![]).map(|x| x.1),
            Some(Listing::Eligible)
        );
        assert_eq!(
            first("AWS::StepFunctions::StateMachine", vec![]).unwrap().0,
            "AWS Step Functions"
        );
        assert_eq!(
            first("AWS::Timestream::Database", vec![]).unwrap().1,
            Listing::NotInWhitepaper
        );
        assert_eq!(
            first("AWS::EC2::VerifiedAccessInstance", vec![]).unwrap().1,
            Listing::NotInWhitepaper
        );
        assert_eq!(first("AWS::EC2::Instance", vec![]).unwrap().0, "Amazon EC2");
        assert!(matches!(
            coverage(&resource("AWS::GameLift::Fleet", vec![])),
            Coverage::Unlisted
        ));
    }

    #[test]
    fn services_by_iam_prefix_match_the_list() {
        for s in phiguard_flow::services::SERVICES {
            let listed = services()
                .iter()
                .any(|l| Some(l.name.as_str()) == s.listed_as);
            assert_eq!(
                listed,
                s.listed_as.is_some(),
                "{}: {:?}",
                s.prefix,
                s.listed_as
            );
            if s.listed_as.is_none() {
                assert!(
                    services().iter().all(|l| !l.name.contains(s.name)),
                    "{} is on the list",
                    s.name
                );
            }
        }
    }

    #[test]
    fn cache_clusters_by_engine() {
        let memcached = first(
            "AWS::ElastiCache::CacheCluster",
            vec![("Engine", "memcached")],
        );
        assert_eq!(memcached.unwrap().1, Listing::NotInWhitepaper);
        let redis = first("AWS::ElastiCache::CacheCluster", vec![("Engine", "redis")]);
        assert_eq!(redis.unwrap().0, "Amazon ElastiCache for Redis");
        assert!(matches!(
            coverage(&resource("AWS::ElastiCache::CacheCluster", vec![])),
            Coverage::Undecided(_)
        ));
    }
}
