//! DocumentDB clusters holding PHI export audit logs.
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "docdb-audit-logs",
    title: "DocumentDB clusters holding PHI export audit logs to CloudWatch (audit_logs enabled)",
    severity: Severity::Low,
    service: "Amazon DocumentDB",
    section: "Amazon DocumentDB (with MongoDB compatibility)",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["DOCDB-AUDIT"],
    kinds: &["AWS::DocDB::DBCluster"],
    phi_only: true,
    rationale: "CloudTrail records DocumentDB management calls (as RDS API calls), but not who read \
or changed which documents. Database audit events reach CloudWatch Logs only when the cluster \
exports the audit log and its cluster parameter group sets audit_logs (the default is disabled). \
The live check adds CloudTrail trail status.",
    remediation: "Add `audit` to `EnableCloudwatchLogsExports` on `AWS::DocDB::DBCluster` and set \
`audit_logs` to `enabled` (or `ddl`, `dml_read`, `dml_write`, `all`) in its \
`AWS::DocDB::DBClusterParameterGroup`; in Terraform, `enabled_cloudwatch_logs_exports = [\"audit\"]` \
on `aws_docdb_cluster` and `parameter { name = \"audit_logs\", value = \"enabled\" }` on \
`aws_docdb_cluster_parameter_group`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let exports = "EnableCloudwatchLogsExports";
    match r.get(exports) {
        Lookup::Absent => {
            return Outcome::fail(
                "the cluster exports no logs to CloudWatch; audit events are not recorded",
            )
            .l10n("docdb-audit-no-exports", &[])
            .at(exports, None);
        }
        Lookup::Unknown(n) => {
            return crate::outcome::path_unknown(exports, n);
        }
        Lookup::Set(n) => {
            if let Some(u) = n.items().iter().find(|i| i.as_str().is_none()) {
                return crate::outcome::path_unknown(exports, u).at(exports, n.location.as_ref());
            }
            if !n.items().iter().any(|i| i.as_str() == Some("audit")) {
                return Outcome::fail("EnableCloudwatchLogsExports does not include audit")
                    .l10n("docdb-audit-not-exported", &[])
                    .at(exports, n.location.as_ref());
            }
        }
    }
    let path = "DBClusterParameterGroupName";
    let group = match reference::follow_at(ctx, r, path) {
        None => {
            return Outcome::fail("the audit log is exported, but the default parameter group leaves audit_logs disabled, so no audit events are written")
                .l10n("docdb-audit-default-group", &[])
                .at(path, None);
        }
        Some(Pointee::Found(g) | Pointee::Other(g)) => g,
        Some(Pointee::Outside(name)) if name.starts_with("default.") => {
            return Outcome::fail(format!("the audit log is exported, but the default parameter group {name} leaves audit_logs disabled"))
                .l10n("docdb-audit-default-group-named", &[("group", &name)])
                .at_lookup(path, r.get(path));
        }
        Some(Pointee::Outside(name)) => {
            return Outcome::unknown(format!(
                "the parameter group '{name}' is not defined in the scanned files"
            ))
            .l10n("docdb-group-outside", &[("group", &name)])
            .at_lookup(path, r.get(path));
        }
        Some(Pointee::Unresolved(why)) => {
            return unresolved(r, path, &why);
        }
    };
    let at = r.get(path).location();
    use crate::judge::docdb_params::Param;
    match crate::judge::docdb_params::get(group, "audit_logs") {
        Param::Value(v)
            if ["enabled", "ddl", "dml_read", "dml_write", "all"]
                .iter()
                .any(|x| v.eq_ignore_ascii_case(x)) =>
        {
            Outcome::pass(format!(
                "audit logs are exported and the parameter group '{}' sets audit_logs = {v}",
                group.name
            ))
            .l10n("docdb-audit-on", &[("group", &group.name), ("value", &v)])
            .at(path, at)
        }
        Param::Value(v) => Outcome::fail(format!(
            "the parameter group '{}' sets audit_logs = {v}, so no audit events are written",
            group.name
        ))
        .l10n("docdb-audit-off", &[("group", &group.name), ("value", &v)])
        .at(path, at),
        Param::Unset => Outcome::fail(format!(
            "the parameter group '{}' leaves audit_logs at its default (disabled)",
            group.name
        ))
        .l10n("docdb-audit-unset", &[("group", &group.name)])
        .at(path, at),
        Param::Unknown(why) => crate::judge::bucket::with_reason(
            Outcome::unknown(format!(
                "audit_logs in the parameter group '{}' {why}",
                group.name
            ))
            .l10n("docdb-audit-param-unknown", &[("group", &group.name)]),
            &why,
        )
        .at(path, at),
    }
}

/// The unknown outcome "`path` `why`" for a parameter group reference that cannot be
/// followed; said as `path_unknown` says it when `why` is the written
/// value's own reason (a reason of the reference resolver stays English).
fn unresolved(r: &Resource, path: &str, why: &str) -> Outcome {
    match r.get(path) {
        Lookup::Set(n) | Lookup::Unknown(n) if crate::unknown_reason(n) == why => {
            crate::outcome::path_unknown(path, n)
        }
        found => crate::judge::bucket::with_reason(
            Outcome::unknown(format!("{path} {why}"))
                .l10n("helper-path-unknown", &[("path", path)]),
            why,
        )
        .at_lookup(path, found),
    }
}
