//! Neptune clusters holding PHI record and export audit logs.
use crate::judge::reference::{Pointee, resolve, with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "neptune-audit-logs",
    title: "Neptune DB clusters holding PHI enable audit logging and export it to CloudWatch Logs",
    severity: Severity::Low,
    service: "Amazon Neptune",
    section: "Amazon Neptune",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["NEPTUNE-AUDIT"],
    kinds: &["AWS::Neptune::DBCluster"],
    phi_only: true,
    rationale: "CloudTrail records Neptune management calls, not the queries that read or change \
PHI. Neptune audit logs record each request with its client; they need \
`neptune_enable_audit_log: 1` in the cluster parameter group (off by default) and `audit` in \
EnableCloudwatchLogsExports to be kept outside the instance.",
    remediation: "Add `EnableCloudwatchLogsExports: [audit]` to the cluster and \
`neptune_enable_audit_log: 1` to its `AWS::Neptune::DBClusterParameterGroup`; in Terraform, \
`enable_cloudwatch_logs_exports = [\"audit\"]` and a `parameter { name = \"neptune_enable_audit_log\" \
value = \"1\" }` block.",
    check: Check::Resource(check),
};

const EXPORTS: &str = "EnableCloudwatchLogsExports";
const GROUP: &str = "DBClusterParameterGroupName";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match r.get(EXPORTS) {
        Lookup::Absent => {
            return Outcome::fail(
                "audit logs are not exported (EnableCloudwatchLogsExports is not set)",
            )
            .l10n("neptune-audit-exports-absent", &[])
            .at(EXPORTS, None);
        }
        Lookup::Unknown(n) => {
            return crate::outcome::path_unknown(EXPORTS, n);
        }
        Lookup::Set(n) => {
            let has_audit = n.items().iter().any(|i| i.as_str() == Some("audit"));
            let all_known =
                matches!(n.value, Value::List(_)) && n.items().iter().all(|i| i.as_str().is_some());
            if !has_audit && all_known {
                return Outcome::fail("EnableCloudwatchLogsExports does not include audit")
                    .l10n("neptune-audit-not-exported", &[])
                    .at(EXPORTS, n.location.as_ref());
            }
            if !has_audit {
                return Outcome::unknown(format!("{EXPORTS} is not fully resolvable"))
                    .l10n("neptune-audit-exports-unresolved", &[("path", EXPORTS)])
                    .at(EXPORTS, n.location.as_ref());
            }
        }
    }
    let group = match r.get(GROUP) {
        Lookup::Absent => {
            return Outcome::fail("audit logs are exported but the default cluster parameter group leaves neptune_enable_audit_log at 0, so nothing is recorded").l10n("neptune-audit-default-group", &[]).at(GROUP, None);
        }
        Lookup::Unknown(n) => {
            return crate::outcome::path_unknown(GROUP, n);
        }
        Lookup::Set(n) => n,
    };
    let pg =
        match resolve(
            ctx,
            r,
            group,
            &["AWS::Neptune::DBClusterParameterGroup"],
            "Name",
        ) {
            Pointee::Found(pg) => pg,
            Pointee::Outside(name) => return Outcome::unknown(format!(
                "parameter group '{name}' is not in this scan; check neptune_enable_audit_log there"
            ))
            .l10n("neptune-audit-group-outside", &[("group", &name)])
            .at(GROUP, group.location.as_ref()),
            Pointee::Other(o) => {
                return Outcome::unknown(format!(
                    "the parameter group points at '{}', a {}",
                    o.name, o.kind
                ))
                .l10n(
                    "neptune-group-other",
                    &[("name", &o.name), ("kind", &o.kind)],
                )
                .at(GROUP, group.location.as_ref());
            }
            Pointee::Unresolved(why) => {
                let o = Outcome::unknown(format!("the parameter group cannot be resolved: {why}"));
                return with_why(o, &why, "neptune-group-unresolved", &[])
                    .at(GROUP, group.location.as_ref());
            }
        };
    match pg.get("Parameters.neptune_enable_audit_log") {
        Lookup::Set(n) => match n.scalar_text().as_deref().map(str::trim) {
            Some("1") | Some("true") => Outcome::pass(format!(
                "audit logging is on in '{}' and exported to CloudWatch Logs",
                pg.name
            ))
            .l10n("neptune-audit-on", &[("group", &pg.name)])
            .at(GROUP, group.location.as_ref()),
            Some(_) => Outcome::fail(format!(
                "parameter group '{}' does not turn on neptune_enable_audit_log",
                pg.name
            ))
            .l10n("neptune-audit-off", &[("group", &pg.name)])
            .at(GROUP, group.location.as_ref()),
            None => crate::outcome::path_unknown("neptune_enable_audit_log", n)
                .at(GROUP, group.location.as_ref()),
        },
        Lookup::Unknown(n) => with_reason(
            Outcome::unknown(format!(
                "the parameters of '{}' {}",
                pg.name,
                crate::unknown_reason(n)
            )),
            n,
            "neptune-parameters-unreadable",
            &[("group", &pg.name)],
        )
        .at(GROUP, group.location.as_ref()),
        Lookup::Absent => Outcome::fail(format!(
            "parameter group '{}' leaves neptune_enable_audit_log at its default 0, so nothing is recorded",
            pg.name
        ))
        .l10n("neptune-audit-default", &[("group", &pg.name)])
        .at(GROUP, group.location.as_ref()),
    }
}
