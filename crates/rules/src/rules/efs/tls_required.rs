//! EFS file systems holding PHI refuse mounts without TLS.
use crate::judge::json_doc::one_or_many;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "efs-tls-required",
    title: "EFS file systems holding PHI have a file system policy that denies access without TLS",
    severity: Severity::High,
    service: "Amazon EFS",
    section: "Amazon Elastic File System (Amazon EFS)",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["EFS-TLS-MOUNT"],
    kinds: &["AWS::EFS::FileSystem"],
    phi_only: true,
    rationale: "TLS is off by default for EFS mounts: a client that mounts without the mount \
helper's -o tls option reads and writes PHI over NFS in cleartext. The file system can enforce TLS \
for every client with a FileSystemPolicy statement that denies access when aws:SecureTransport is \
false (or allows client access only when it is true).",
    remediation: "Add to `FileSystemPolicy` of `AWS::EFS::FileSystem` a statement `Effect: Deny`, \
`Principal: {AWS: \"*\"}`, `Action: \"*\"`, `Condition: {Bool: {\"aws:SecureTransport\": \
\"false\"}}`, and mount with `-o tls`; in Terraform, the same statement in \
`aws_efs_file_system_policy`.",
    check: Check::Resource(check),
};

fn strings(n: Option<&Node>) -> Vec<String> {
    n.map(one_or_many)
        .unwrap_or_default()
        .iter()
        .filter_map(|x| x.as_str().map(str::to_ascii_lowercase))
        .collect()
}

/// Whether the statement's condition is `Bool`/`BoolIfExists` `aws:SecureTransport` = `want`.
fn secure_transport_is(stmt: &Node, want: bool) -> bool {
    stmt.get("Condition").node().is_some_and(|c| {
        c.entries().iter().any(|(op, keys)| {
            matches!(op.as_str(), "Bool" | "BoolIfExists")
                && keys.entries().iter().any(|(k, v)| {
                    k.eq_ignore_ascii_case("aws:SecureTransport")
                        && one_or_many(v).iter().any(|x| x.as_bool() == Some(want))
                })
        })
    })
}

fn everyone(stmt: &Node) -> bool {
    match stmt.get("Principal").node() {
        Some(p) if p.as_str() == Some("*") => true,
        Some(p) => strings(p.get("AWS").node()).iter().any(|a| a == "*"),
        None => false,
    }
}

fn client_actions(stmt: &Node) -> bool {
    strings(stmt.get("Action").node()).iter().any(|a| {
        a == "*" || a == "elasticfilesystem:*" || a.starts_with("elasticfilesystem:client")
    })
}

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let path = "FileSystemPolicy";
    let raw = match r.get(path) {
        Lookup::Absent => {
            return Outcome::fail("no file system policy: clients may mount without TLS and move PHI over NFS in cleartext")
                .l10n("efs-tls-no-policy", &[])
                .at(path, None);
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => n,
    };
    let Some(doc) = crate::judge::json_doc::read(raw) else {
        return Outcome::unknown("the file system policy is not a readable policy document")
            .l10n("efs-tls-unreadable", &[])
            .at(path, raw.location.as_ref());
    };
    let stmts = doc
        .get("Statement")
        .node()
        .map(one_or_many)
        .unwrap_or_default();
    let effect = |s: &Node| {
        s.get("Effect")
            .node()
            .and_then(Node::as_str)
            .map(str::to_string)
    };
    if stmts.iter().any(|s| {
        effect(s).as_deref() == Some("Deny")
            && everyone(s)
            && client_actions(s)
            && secure_transport_is(s, false)
    }) {
        return Outcome::pass("the file system policy denies access without TLS")
            .l10n("efs-tls-denied", &[])
            .at(path, raw.location.as_ref());
    }
    let allows: Vec<_> = stmts
        .iter()
        .filter(|s| effect(s).as_deref() == Some("Allow") && client_actions(s))
        .collect();
    if !allows.is_empty() && allows.iter().all(|s| secure_transport_is(s, true)) {
        return Outcome::pass("the file system policy allows client access only over TLS")
            .l10n("efs-tls-allow-only", &[])
            .at(path, raw.location.as_ref());
    }
    Outcome::fail("the file system policy does not deny access without TLS (no Deny on aws:SecureTransport false)")
        .l10n("efs-tls-not-denied", &[])
        .at(path, raw.location.as_ref())
}
