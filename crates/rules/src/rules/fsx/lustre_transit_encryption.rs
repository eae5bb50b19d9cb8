//! FSx for Lustre file systems can encrypt data in transit.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "fsx-lustre-transit-encryption",
    title: "FSx for Lustre file systems holding PHI use a deployment type that encrypts data in transit",
    severity: Severity::Medium,
    service: "Amazon FSx",
    section: "Amazon FSx",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["FSX-TRANSIT-SMB3"],
    kinds: &["AWS::FSx::FileSystem"],
    phi_only: true,
    rationale: "FSx for Lustre encrypts data in transit only on SCRATCH_2 and PERSISTENT deployment \
types, when accessed from instance types that support encryption in transit. SCRATCH_1, the default \
deployment type, never does. For FSx for Windows the whitepaper asks for SMB 3.0+ clients and share \
encryption, which is set inside Windows, not in the template; those file systems are not judged here.",
    remediation: "Set `LustreConfiguration.DeploymentType` to `PERSISTENT_2` (or `PERSISTENT_1`, \
`SCRATCH_2`) on `AWS::FSx::FileSystem`, and mount from Nitro instance types that support encryption \
in transit; in Terraform, `deployment_type` on `aws_fsx_lustre_file_system`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    match r.get("FileSystemType").node().and_then(Node::as_str) {
        Some("LUSTRE") => {}
        Some(t) => {
            return Outcome::not_applicable(format!("{t} file systems are not Lustre"))
                .l10n("fsx-not-lustre", &[("type", t)]);
        }
        None => {
            return Outcome::unknown("FileSystemType is not resolvable")
                .l10n("fsx-type-unresolvable", &[])
                .at_lookup("FileSystemType", r.get("FileSystemType"));
        }
    }
    let path = "LustreConfiguration.DeploymentType";
    match r.get(path) {
        Lookup::Absent => Outcome::fail("no DeploymentType, so the file system is SCRATCH_1, which never encrypts data in transit").l10n("fsx-lustre-no-deployment-type", &[]).at(path, None),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => match n.as_str() {
            Some("SCRATCH_1") => Outcome::fail("SCRATCH_1 file systems never encrypt data in transit").l10n("fsx-lustre-scratch-1", &[]),
            Some(d) => Outcome::pass(format!("{d} encrypts data in transit from supported instance types")).l10n("fsx-lustre-transit", &[("deployment", d)]),
            None => crate::outcome::path_unknown(path, n),
        }
        .at(path, n.location.as_ref()),
    }
}
