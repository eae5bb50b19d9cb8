//! QLDB ledgers use the STANDARD permissions mode.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "qldb-permissions-mode-standard",
    title: "QLDB ledgers use the STANDARD permissions mode, not ALLOW_ALL",
    severity: Severity::Medium,
    service: "Amazon QLDB",
    section: "Amazon Quantum Ledger Database (Amazon QLDB)",
    cfr: &["45 CFR 164.312(a)(2)(i)", "45 CFR 164.308(a)(4)(ii)(B)"],
    requirements: &["QLDB-INDIVIDUAL-IAM-USERS"],
    kinds: &["AWS::QLDB::Ledger"],
    phi_only: true,
    rationale: "The whitepaper asks that each user get an individual IAM identity with only the \
permissions they need. In `ALLOW_ALL` mode anyone who may call SendCommand on the ledger can run \
any PartiQL statement on every table; `STANDARD` mode checks table- and command-level IAM \
permissions. This is the template part of the requirement; a live check would add that the \
account root has no access keys and that IAM users are individual.",
    remediation: "Set `PermissionsMode: STANDARD` on the `AWS::QLDB::Ledger` (Terraform: \
`permissions_mode = \"STANDARD\"`) and grant `qldb:PartiQL*` actions per table to each role.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, "PermissionsMode") {
        Ok(Some((m, loc))) if m.eq_ignore_ascii_case("STANDARD") => Outcome::pass("the ledger checks table-level IAM permissions (STANDARD)").l10n("qldb-permissions-standard", &[]).at("PermissionsMode", loc),
        Ok(Some((m, loc))) if m.eq_ignore_ascii_case("ALLOW_ALL") => Outcome::fail("PermissionsMode is ALLOW_ALL: anyone allowed SendCommand can read and change every table").l10n("qldb-permissions-allow-all", &[]).at("PermissionsMode", loc),
        Ok(Some((m, loc))) => Outcome::unknown(format!("PermissionsMode '{m}' is not a known mode"))
            .l10n("qldb-permissions-unknown-mode", &[("mode", m)])
            .at("PermissionsMode", loc),
        Ok(None) => Outcome::unknown("PermissionsMode is required but not written").l10n("qldb-permissions-not-written", &[]).at("PermissionsMode", None),
        Err(unknown) => unknown,
    }
}
