//! Passwords and tokens in resource properties come from Secrets Manager, not literals.
use crate::judge::reference::with_why;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "secretsmanager-no-plaintext-passwords",
    title: "Database passwords and auth tokens are not written as literals in templates",
    severity: Severity::High,
    service: "AWS Secrets Manager",
    section: "AWS Secrets Manager",
    cfr: &["45 CFR 164.312(d)", "45 CFR 164.312(a)(1)"],
    requirements: &["SECRETSMANAGER-NO-PLAINTEXT-SECRETS"],
    kinds: &[
        "AWS::RDS::DBInstance",
        "AWS::RDS::DBCluster",
        "AWS::Redshift::Cluster",
        "AWS::RedshiftServerless::Namespace",
        "AWS::DocDB::DBCluster",
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::ElastiCache::User",
        "AWS::MemoryDB::User",
        "AWS::DMS::Endpoint",
        "AWS::AmazonMQ::Broker",
        "AWS::DirectoryService::MicrosoftAD",
        "AWS::DirectoryService::SimpleAD",
        "AWS::OpenSearchService::Domain",
        "AWS::Elasticsearch::Domain",
    ],
    phi_only: false,
    rationale: "A password written in a template, or in a parameter default, is readable by \
everyone with access to the repository, the stack's template and the deployment logs, and it \
never rotates. The whitepaper's Secrets Manager guidance (derived) is to keep database passwords \
and tokens in Secrets Manager: a `{{resolve:secretsmanager:...}}` dynamic reference, a service-\
managed master password, or at least a NoEcho parameter without a default. Values that resolve at \
deploy time pass; a NoEcho parameter's (or a sensitive variable's) literal default fails, since the \
default is committed with the template (its value is never shown); a parameter without a default \
is unknown.",
    remediation: "Use `ManageMasterUserPassword: true` (RDS, Aurora; `ManageMasterPassword` for \
Redshift) or `{{resolve:secretsmanager:<secret>:SecretString:password}}`; in Terraform, \
`manage_master_user_password = true` or a value read from `aws_secretsmanager_secret_version` \
with no literal in the code. Rotate any password that was committed.",
    check: Check::Resource(check),
};

fn paths(kind: &str) -> &'static [&'static str] {
    match kind {
        "AWS::RDS::DBInstance"
        | "AWS::RDS::DBCluster"
        | "AWS::Redshift::Cluster"
        | "AWS::DocDB::DBCluster" => &["MasterUserPassword"],
        "AWS::RedshiftServerless::Namespace" => &["AdminUserPassword"],
        "AWS::ElastiCache::ReplicationGroup" => &["AuthToken"],
        "AWS::ElastiCache::User" | "AWS::MemoryDB::User" => {
            &["Passwords", "AuthenticationMode.Passwords"]
        }
        "AWS::DMS::Endpoint" => &["Password"],
        "AWS::AmazonMQ::Broker" => &["Users"],
        "AWS::DirectoryService::MicrosoftAD" | "AWS::DirectoryService::SimpleAD" => &["Password"],
        "AWS::OpenSearchService::Domain" | "AWS::Elasticsearch::Domain" => {
            &["AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword"]
        }
        _ => &[],
    }
}

/// The value nodes to judge under `path` (a list of users or passwords expands).
fn values<'a>(r: &'a Resource, path: &str) -> Vec<(String, &'a Node)> {
    match r.get(path) {
        Lookup::Absent => Vec::new(),
        Lookup::Set(n) | Lookup::Unknown(n) => match &n.value {
            Value::List(items) if path == "Users" => items
                .iter()
                .enumerate()
                .filter_map(|(i, u)| {
                    u.get("Password")
                        .node()
                        .map(|p| (format!("Users.{i}.Password"), p))
                })
                .collect(),
            Value::List(items) => items
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("{path}.{i}"), p))
                .collect(),
            _ => vec![(path.to_string(), n)],
        },
    }
}

fn check(_: &Ctx, r: &Resource) -> Outcome {
    let mut judged = Vec::new();
    let mut unknown = None;
    for path in paths(&r.kind) {
        for (p, n) in values(r, path) {
            match &n.value {
                Value::Str(s) if !s.is_empty() && !s.contains("${") => {
                    return Outcome::fail(format!("{p} is a literal in the template (or a parameter's default); keep it in Secrets Manager"))
                        .l10n("secretsmanager-password-literal", &[("path", &p)])
                        .at(&p, n.location.as_ref());
                }
                Value::LiteralSecret => {
                    return Outcome::fail(format!("{p} is hidden (NoEcho or sensitive) but its literal default is committed in the repository; keep it in Secrets Manager"))
                        .l10n("secretsmanager-password-literal-default", &[("path", &p)])
                        .at(&p, n.location.as_ref());
                }
                Value::Secret => judged.push(p),
                Value::Unknown(why) => {
                    unknown.get_or_insert((p, why.clone(), n.location.clone()));
                }
                _ => judged.push(p),
            }
        }
    }
    if let Some((p, why, loc)) = unknown {
        let o = Outcome::unknown(format!(
            "{p} {why}; a parameter without NoEcho shows its value in the stack's parameters"
        ));
        return with_why(
            o,
            &why,
            "secretsmanager-password-unreadable",
            &[("path", &p)],
        )
        .at(&p, loc.as_ref());
    }
    if judged.is_empty() {
        return Outcome::not_applicable(
            "no password is written (managed by the service, restored from a snapshot, or not used)",
        )
        .l10n("secretsmanager-no-password", &[]);
    }
    let paths = judged.join(", ");
    Outcome::pass(format!(
        "{paths} comes from a secret or NoEcho value resolved at deploy time"
    ))
    .l10n("secretsmanager-password-secret", &[("paths", &paths)])
}
