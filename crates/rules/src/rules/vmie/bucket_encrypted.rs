//! Buckets used by VM Import/Export declare default encryption.
use crate::ScanOutcome;
use crate::judge::bucket::{Declared, bucket_encryption};
use crate::judge::policy::{document, statements, strings};
use crate::judge::reference::{Pointee, bucket, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "vmie-bucket-encrypted",
    title: "S3 buckets that VM Import/Export reads or writes declare default encryption",
    severity: Severity::Medium,
    service: "VM Import/Export",
    section: "VM Import/Export",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(e)(1)"],
    requirements: &["VMIE-EXPORT-ENCRYPTED-BUCKET"],
    kinds: &[],
    phi_only: false,
    rationale: "Disk images of servers that processed PHI contain PHI. VM Import/Export reads and \
writes them in S3 through the `vmimport` service role; the whitepaper asks that those buckets meet \
the S3 guidance. The rule finds the buckets named in the policies of roles that vmie.amazonaws.com \
assumes and judges their default encryption. Import tasks themselves (ec2:ImportImage with \
Encrypted) are API calls outside templates.",
    remediation: "Declare `BucketEncryption` (SSE-S3 or SSE-KMS) on every bucket the `vmimport` \
role may read or write, and import images with `--encrypted` (and a KMS key) so the resulting EBS \
snapshots are encrypted. In Terraform, an `aws_s3_bucket_server_side_encryption_configuration` for \
each of those buckets.",
    check: Check::Scan(check),
};

fn trusts_vmie(role: &Resource) -> bool {
    let Lookup::Set(n) = role.get("AssumeRolePolicyDocument") else {
        return false;
    };
    let Ok(doc) = document(n) else { return false };
    let Ok(stmts) = statements(&doc) else {
        return false;
    };
    stmts.iter().any(|s| {
        s.get("Principal.Service")
            .node()
            .and_then(|p| strings(p).ok())
            .is_some_and(|v| {
                v.iter()
                    .any(|x| x.eq_ignore_ascii_case("vmie.amazonaws.com"))
            })
    })
}

/// Policy documents that apply to `role`: inline policies and policy resources naming it.
fn policies<'g>(ctx: &Ctx<'g>, role: &'g Resource) -> Vec<&'g Node> {
    let mut out: Vec<&Node> = Vec::new();
    if let Lookup::Set(ps) = role.get("Policies") {
        out.extend(
            ps.items()
                .iter()
                .filter_map(|p| p.get("PolicyDocument").node()),
        );
    }
    for kind in [
        "AWS::IAM::Policy",
        "AWS::IAM::ManagedPolicy",
        "AWS::IAM::RolePolicy",
    ] {
        for p in ctx.graph.referrers(role.id, kind) {
            if let Some(d) = p.get("PolicyDocument").node() {
                out.push(d);
            }
        }
    }
    out
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let mut outs: Vec<ScanOutcome> = Vec::new();
    let mut seen = Vec::new();
    let mut seen_names: Vec<String> = Vec::new();
    for role in ctx
        .graph
        .of_kind("AWS::IAM::Role")
        .filter(|r| trusts_vmie(r))
    {
        for pd in policies(ctx, role) {
            let Ok(doc) = document(pd) else { continue };
            let Ok(stmts) = statements(&doc) else {
                continue;
            };
            for s in stmts {
                let is_s3 = s
                    .get("Action")
                    .node()
                    .and_then(|a| strings(a).ok())
                    .is_some_and(|a| a.iter().any(|x| x.to_ascii_lowercase().starts_with("s3:")));
                if !is_s3 {
                    continue;
                }
                let Some(res) = s.get("Resource").node() else {
                    continue;
                };
                let items: Vec<&Node> = match &res.value {
                    Value::List(items) => items.iter().collect(),
                    _ => vec![res],
                };
                for item in items {
                    if item.as_str() == Some("*") {
                        continue;
                    }
                    match bucket(ctx, role, item) {
                        Pointee::Found(b) => {
                            if seen.contains(&b.id) {
                                continue;
                            }
                            seen.push(b.id);
                            let out = match bucket_encryption(b) {
                                Declared::Yes(alg) => Outcome::pass(format!(
                                    "the VM Import/Export bucket declares default encryption ({alg})"
                                ))
                                .l10n("vmie-bucket-encrypted", &[("algorithm", &alg)]),
                                Declared::No => ctx.aws_default_said(
                                    "BucketEncryption",
                                    (
                                        "The VM Import/Export bucket declares no default encryption",
                                        "vmie-bucket-encrypted-default-missing",
                                    ),
                                    (
                                        "has encrypted new S3 objects with SSE-S3 since January 2023",
                                        "vmie-bucket-encrypted-default-does",
                                    ),
                                ),
                                Declared::Unknown(why) => with_why(
                                    Outcome::unknown(format!(
                                        "the bucket's default encryption {why}"
                                    )),
                                    &why,
                                    "vmie-bucket-encryption-unreadable",
                                    &[],
                                ),
                            };
                            outs.push((Some(b.id), out));
                        }
                        Pointee::Outside(name) => {
                            if seen_names.contains(&name) {
                                continue;
                            }
                            let out = Outcome::unknown(format!(
                                "VM Import/Export bucket '{name}' is not defined in this scan"
                            ))
                            .l10n("vmie-bucket-outside", &[("bucket", &name)])
                            .at("Policies", item.location.as_ref());
                            seen_names.push(name);
                            outs.push((Some(role.id), out));
                        }
                        Pointee::Other(_) => {}
                        Pointee::Unresolved(why) => outs.push((
                            Some(role.id),
                            with_why(
                                Outcome::unknown(format!(
                                    "a VM Import/Export bucket cannot be resolved: {why}"
                                )),
                                &why,
                                "vmie-bucket-unresolved",
                                &[],
                            )
                            .at("Policies", item.location.as_ref()),
                        )),
                    }
                }
            }
        }
    }
    outs
}
