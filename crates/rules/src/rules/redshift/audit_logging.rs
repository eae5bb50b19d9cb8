//! Redshift clusters holding PHI write audit logs.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "redshift-audit-logging",
    title: "Redshift clusters holding PHI enable audit logging",
    severity: Severity::Medium,
    service: "Amazon Redshift",
    section: "Amazon Redshift",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["REDSHIFT-AUDIT-LOGGING"],
    kinds: &["AWS::Redshift::Cluster"],
    phi_only: true,
    rationale: "HIPAA's audit-controls standard (164.312(b)) asks for records of activity in \
systems that contain ePHI. Redshift audit logging records connections, user changes and \
(with `enable_user_activity_logging`) every query, to S3 or CloudWatch Logs; it is off \
unless the cluster configures `LoggingProperties`.",
    remediation: "Set `LoggingProperties` with `BucketName` (and `S3KeyPrefix`), or \
`LogDestinationType: cloudwatch` with `LogExports: [connectionlog, userlog, \
useractivitylog]`; set `enable_user_activity_logging` to true in the cluster parameter \
group for query logs. Terraform: an `aws_redshift_logging` resource for the cluster.",
    check: Check::Resource(check),
};

const PATH: &str = "LoggingProperties";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let props = match r.get(PATH) {
        Lookup::Absent => {
            return Outcome::fail("LoggingProperties is not set: audit logging is off")
                .l10n("redshift-audit-absent", &[])
                .at(PATH, None);
        }
        Lookup::Unknown(n) => {
            return crate::outcome::path_unknown(PATH, n);
        }
        Lookup::Set(n) => n,
    };
    let at = props.location.as_ref();
    match props.get("LogDestinationType") {
        Lookup::Set(d)
            if d.as_str()
                .is_some_and(|s| s.eq_ignore_ascii_case("cloudwatch")) =>
        {
            return Outcome::pass("audit logs go to CloudWatch Logs")
                .l10n("redshift-audit-cloudwatch", &[])
                .at(PATH, d.location.as_ref());
        }
        Lookup::Unknown(d) => {
            return crate::outcome::path_unknown("LoggingProperties.LogDestinationType", d)
                .at(PATH, d.location.as_ref());
        }
        _ => {}
    }
    match props.get("BucketName") {
        Lookup::Set(b) if !matches!(&b.value, Value::Str(s) if s.is_empty()) => {
            Outcome::pass("audit logs go to S3")
                .l10n("redshift-audit-s3", &[]).at(PATH, b.location.as_ref())
        }
        Lookup::Unknown(b) => crate::outcome::path_unknown("LoggingProperties.BucketName", b)
            .at(PATH, b.location.as_ref()),
        _ => Outcome::fail("LoggingProperties names neither an S3 bucket nor CloudWatch Logs: audit logging is off")
            .l10n("redshift-audit-no-destination", &[])
            .at(PATH, at),
    }
}
