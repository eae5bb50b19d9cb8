//! Transfer Family servers do not offer plain FTP.
use crate::judge::reference::with_why;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "transfer-server-no-ftp",
    title: "Transfer Family servers do not enable plain FTP",
    severity: Severity::High,
    service: "AWS Transfer for SFTP",
    section: "AWS Transfer for SFTP",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["TRANSFER-S3-BACKEND-CONFIGURED"],
    kinds: &["AWS::Transfer::Server"],
    phi_only: false,
    rationale: "Transfer Family moves files (claims batches, lab results) into S3 or EFS. FTP sends \
credentials and file contents in clear text; SFTP, FTPS and AS2 encrypt them. A server that lists \
FTP in its protocols lets partners send PHI unencrypted.",
    remediation: "Remove `FTP` from `Protocols` (use `SFTP` or `FTPS`); in Terraform, `protocols` \
on `aws_transfer_server`. Use a current `SecurityPolicyName` such as \
TransferSecurityPolicy-2024-01.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "Protocols";
    match r.get(P) {
        Lookup::Absent => Outcome::pass("the server offers only SFTP (the default)")
            .l10n("transfer-sftp-only", &[])
            .at(P, None),
        Lookup::Unknown(n) => crate::outcome::path_unknown(P, n),
        Lookup::Set(n) => match crate::judge::policy::strings(n) {
            Ok(protocols) if protocols.iter().any(|p| p.eq_ignore_ascii_case("FTP")) => {
                Outcome::fail(
                    "the server offers plain FTP, which sends credentials and files in clear text",
                )
                .l10n("transfer-ftp", &[])
                .at(P, n.location.as_ref())
            }
            Ok(protocols) => {
                let protocols = protocols.join(", ");
                Outcome::pass(format!(
                    "the server offers only encrypted protocols ({protocols})"
                ))
                .l10n("transfer-encrypted-protocols", &[("protocols", &protocols)])
                .at(P, n.location.as_ref())
            }
            Err(why) => with_why(
                Outcome::unknown(format!("{P} {why}")),
                &why,
                "helper-path-unknown",
                &[("path", P)],
            )
            .at(P, n.location.as_ref()),
        },
    }
}
