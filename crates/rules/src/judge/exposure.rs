//! Is a resource that holds or carries PHI reachable from the internet? The shared
//! judgements of the access-control rules: which resources count as carrying PHI, the
//! resource policies of each kind, and whether a subnet gives its instances public IPs.

use crate::MessagePart;
use crate::judge::policy::{self, Tri};
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;
use phiguard_model::{EdgeKind, Location};

/// Whether the access-control rules judge `r`: it holds PHI or PHI reaches it; nothing in
/// the scan is marked (then every resource may carry PHI); or it is a key, secret or launch
/// configuration that a PHI holder uses.
pub fn carries_phi(ctx: &Ctx, r: &Resource) -> bool {
    if !ctx.phi.any_marked || ctx.phi.holds(r) {
        return true;
    }
    matches!(
        r.kind.as_str(),
        "AWS::KMS::Key"
            | "AWS::SecretsManager::Secret"
            | "AWS::EC2::LaunchTemplate"
            | "AWS::AutoScaling::LaunchConfiguration"
    ) && ctx
        .graph
        .incoming(r.id)
        .any(|e| e.kind == EdgeKind::Reference && ctx.phi.holds(ctx.graph.resource(e.from)))
}

/// Where a resource's policy document is written: on the resource itself or on a
/// resource that attaches it.
pub struct PolicySource<'g> {
    /// The resource that writes the document.
    pub owner: &'g Resource,
    /// The attribute holding the document.
    pub path: &'static str,
}

impl PolicySource<'_> {
    /// `Owner.Path` for messages, or just the path when the resource writes it itself.
    pub fn describe(&self, judged: &Resource) -> String {
        if self.owner.id == judged.id {
            self.path.to_string()
        } else {
            format!("{}.{}", self.owner.name, self.path)
        }
    }
}

/// Kinds whose resource policy is written inline, and the attribute.
const INLINE: &[(&str, &str)] = &[
    ("AWS::KMS::Key", "KeyPolicy"),
    ("AWS::SecretsManager::Secret", "ResourcePolicy"),
    ("AWS::ECR::Repository", "RepositoryPolicyText"),
    ("AWS::EFS::FileSystem", "FileSystemPolicy"),
    ("AWS::Backup::BackupVault", "AccessPolicy"),
    ("AWS::OpenSearchService::Domain", "AccessPolicies"),
    ("AWS::Elasticsearch::Domain", "AccessPolicies"),
    ("AWS::Glacier::Vault", "AccessPolicy"),
];

/// Kinds whose policy lives in a separate resource that references them.
const ATTACHED: &[(&str, &str, &str)] = &[
    ("AWS::SQS::Queue", "AWS::SQS::QueuePolicy", "PolicyDocument"),
    (
        "AWS::SQS::Queue",
        "AWS::SQS::QueueInlinePolicy",
        "PolicyDocument",
    ),
    ("AWS::SNS::Topic", "AWS::SNS::TopicPolicy", "PolicyDocument"),
    (
        "AWS::SNS::Topic",
        "AWS::SNS::TopicInlinePolicy",
        "PolicyDocument",
    ),
    (
        "AWS::SecretsManager::Secret",
        "AWS::SecretsManager::ResourcePolicy",
        "ResourcePolicy",
    ),
];

/// Every kind that can carry a resource policy.
pub const POLICY_KINDS: &[&str] = &[
    "AWS::S3::Bucket",
    "AWS::SQS::Queue",
    "AWS::SNS::Topic",
    "AWS::KMS::Key",
    "AWS::Lambda::Function",
    "AWS::SecretsManager::Secret",
    "AWS::ECR::Repository",
    "AWS::EFS::FileSystem",
    "AWS::Backup::BackupVault",
    "AWS::OpenSearchService::Domain",
    "AWS::Elasticsearch::Domain",
    "AWS::Glacier::Vault",
];

/// The policy documents that apply to `r` (bucket policies included).
pub fn policy_sources<'g>(ctx: &Ctx<'g>, r: &'g Resource) -> Vec<PolicySource<'g>> {
    let mut out = Vec::new();
    if r.kind == "AWS::S3::Bucket" {
        for p in crate::judge::bucket::policies(ctx, r).attached {
            out.push(PolicySource {
                owner: p,
                path: "PolicyDocument",
            });
        }
    }
    for &(kind, path) in INLINE {
        if r.kind == kind && !r.get(path).is_absent() {
            out.push(PolicySource { owner: r, path });
        }
    }
    for &(kind, policy_kind, path) in ATTACHED {
        if r.kind == kind {
            for p in ctx.graph.referrers(r.id, policy_kind) {
                // A policy naming the resource twice (Topics and Resource) is one source.
                if !out.iter().any(|s| s.owner.id == p.id) {
                    out.push(PolicySource { owner: p, path });
                }
            }
        }
    }
    out
}

/// A statement that opens a resource to everyone, found in one policy.
pub struct PublicGrant {
    /// Which statement (its `Sid`, or its position).
    pub statement: String,
    /// Whether the statement is named by its `Sid` (else by its 1-based position).
    pub by_sid: bool,
    /// The `Sid`, or the position: `statement` without its English wording.
    pub label: String,
    /// Where it is written.
    pub location: Option<Location>,
}

/// Reads one policy document: `Ok(Some(grant))` when a statement allows everyone without
/// a restricting condition, `Ok(None)` when none does, `Err((why, where))` when the
/// document cannot be evaluated.
pub fn public_grant(doc: Lookup<'_>) -> Result<Option<PublicGrant>, Box<Unreadable>> {
    let doc = match doc {
        Lookup::Absent => return Ok(None),
        Lookup::Unknown(n) => {
            return Err(Box::new(Unreadable {
                why: format!("the policy {}", crate::unknown_reason(n)),
                said: crate::unknown_reason_l10n(n).map(|reason| {
                    MessagePart::new("exposure-policy-unknown", &[]).with("reason", reason)
                }),
                location: n.location.clone(),
            }));
        }
        Lookup::Set(n) => n,
    };
    let statements = policy::statements(doc).map_err(|u| {
        Box::new(Unreadable {
            said: policy::unresolved_l10n(&u.reason),
            why: u.reason,
            location: u.location,
        })
    })?;
    let mut unknown = None;
    for (i, s) in statements.iter().enumerate() {
        let sid = policy::field(s, "Sid").and_then(Node::as_str);
        let name = sid.map_or_else(|| format!("statement {}", i + 1), |sid| format!("'{sid}'"));
        match policy::allows_public(s) {
            Tri::Yes => {
                return Ok(Some(PublicGrant {
                    statement: name,
                    by_sid: sid.is_some(),
                    label: sid.map_or_else(|| (i + 1).to_string(), str::to_string),
                    location: s.location.clone().or_else(|| doc.location.clone()),
                }));
            }
            Tri::No => {}
            Tri::Unknown(why) => {
                // `Principal …`, `Action …`: the element and why it cannot be read.
                let said = crate::outcome::path_reason_l10n(&why).map(|why| match sid {
                    Some(sid) => {
                        MessagePart::new("exposure-statement-sid-unknown", &[("sid", sid)])
                            .with("why", why)
                    }
                    None => MessagePart::new(
                        "exposure-statement-unknown",
                        &[("index", &(i + 1).to_string())],
                    )
                    .with("why", why),
                });
                unknown.get_or_insert(Box::new(Unreadable {
                    why: format!("{name}: {why}"),
                    said,
                    location: s.location.clone(),
                }));
            }
        }
    }
    match unknown {
        Some(u) => Err(u),
        None => Ok(None),
    }
}

/// Why a policy cannot be evaluated: the English clause, its Fluent form when it has one,
/// and where.
pub struct Unreadable {
    /// The clause in English.
    pub why: String,
    /// The clause as a Fluent message.
    pub said: Option<MessagePart>,
    /// Where the unreadable value is written.
    pub location: Option<Location>,
}

/// Whether a subnet assigns public IPs to what launches in it.
pub enum SubnetIp {
    /// `MapPublicIpOnLaunch: true` on a subnet of the scan.
    Public(String, Option<Location>),
    /// A subnet of the scan that does not.
    Private,
    /// Cannot tell: the unknown outcome saying why (not yet located).
    Unknown(Outcome),
}

/// Judges the subnet named by `node` (`SubnetId`, an item of `VPCZoneIdentifier`).
pub fn subnet_ip(ctx: &Ctx, from: &Resource, node: &Node) -> SubnetIp {
    match reference::follow(ctx, from, node) {
        Pointee::Found(s) | Pointee::Other(s) if s.kind == "AWS::EC2::Subnet" => {
            match flag(s, "MapPublicIpOnLaunch") {
                Flag::True(n) => SubnetIp::Public(s.name.clone(), n.location.clone()),
                Flag::False(_) | Flag::Absent => SubnetIp::Private,
                Flag::Unknown(why, _) => {
                    let mut o =
                        Outcome::unknown(format!("subnet {}'s MapPublicIpOnLaunch {why}", s.name));
                    o.l10n = match s.get("MapPublicIpOnLaunch") {
                        Lookup::Set(n) | Lookup::Unknown(n) => crate::unknown_reason_l10n(n),
                        Lookup::Absent => None,
                    }
                    .map(|reason| {
                        vec![
                            MessagePart::new("exposure-subnet-ip-unknown", &[("subnet", &s.name)])
                                .with("reason", reason),
                        ]
                    });
                    SubnetIp::Unknown(o)
                }
            }
        }
        Pointee::Found(s) | Pointee::Other(s) => SubnetIp::Unknown(
            Outcome::unknown(format!("{} is not a subnet", s.name))
                .l10n("exposure-not-a-subnet", &[("name", &s.name)]),
        ),
        Pointee::Outside(id) => SubnetIp::Unknown(
            Outcome::unknown(format!(
                "subnet '{id}' is not in this scan, so whether it assigns public IPs is unknown"
            ))
            .l10n("exposure-subnet-outside", &[("subnet", &id)]),
        ),
        Pointee::Unresolved(why) => {
            let mut o = Outcome::unknown(format!("the subnet {why}"));
            o.l10n = phiguard_model::reason_l10n(&why).map(|reason| {
                vec![MessagePart::new("exposure-subnet-unresolved", &[]).with("reason", reason)]
            });
            SubnetIp::Unknown(o)
        }
    }
}
