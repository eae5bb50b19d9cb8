//! FSx for Windows file systems holding PHI audit file access.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "fsx-windows-audit-logs",
    title: "FSx for Windows file systems holding PHI audit file and share access",
    severity: Severity::Low,
    service: "Amazon FSx",
    section: "Amazon FSx",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["FSX-AUDIT"],
    kinds: &["AWS::FSx::FileSystem"],
    phi_only: true,
    rationale: "CloudTrail records FSx API calls, but not who opened, changed or deleted which file on \
a share. FSx for Windows records that only when file access auditing is configured \
(AuditLogConfiguration), sending Windows security events to CloudWatch Logs or Firehose. The live \
check adds CloudTrail trail status.",
    remediation: "Set `WindowsConfiguration.AuditLogConfiguration` with `FileAccessAuditLogLevel` and \
`FileShareAccessAuditLogLevel` (`SUCCESS_AND_FAILURE`) and an `AuditLogDestination` on \
`AWS::FSx::FileSystem`, and set SACLs on the PHI folders; in Terraform, `audit_log_configuration` \
on `aws_fsx_windows_file_system`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    match r.get("FileSystemType").node().and_then(Node::as_str) {
        Some("WINDOWS") => {}
        Some(t) => {
            return Outcome::not_applicable(format!(
                "{t} file systems have no Windows file access auditing"
            ))
            .l10n("fsx-not-windows", &[("type", t)]);
        }
        None => {
            return Outcome::unknown("FileSystemType is not resolvable")
                .l10n("fsx-type-unresolvable", &[])
                .at_lookup("FileSystemType", r.get("FileSystemType"));
        }
    }
    let base = "WindowsConfiguration.AuditLogConfiguration";
    let mut unknown = None;
    for level in ["FileAccessAuditLogLevel", "FileShareAccessAuditLogLevel"] {
        let p = format!("{base}.{level}");
        match r.get(&p) {
            Lookup::Set(n) => match n.as_str() {
                Some("DISABLED") => {}
                Some(l) => {
                    return Outcome::pass(format!("{level} is {l}"))
                        .l10n("fsx-audit-level", &[("setting", level), ("level", l)])
                        .at(&p, n.location.as_ref());
                }
                None => unknown = Some(crate::outcome::path_unknown(&p, n)),
            },
            Lookup::Unknown(n) => unknown = Some(crate::outcome::path_unknown(&p, n)),
            Lookup::Absent => {}
        }
    }
    if let Some(o) = unknown {
        return o;
    }
    Outcome::fail("file and share access auditing is off, so access to files on the share leaves no audit record")
        .l10n("fsx-audit-off", &[])
        .at(base, None)
}
