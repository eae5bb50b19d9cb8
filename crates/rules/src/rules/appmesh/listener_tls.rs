//! App Mesh virtual nodes and gateways require TLS on their listeners.
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "appmesh-listener-tls",
    title: "App Mesh virtual nodes and virtual gateways require TLS (mode STRICT) on every listener",
    severity: Severity::High,
    service: "AWS App Mesh",
    section: "AWS App Mesh",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["APPMESH-TLS"],
    kinds: &["AWS::AppMesh::VirtualNode", "AWS::AppMesh::VirtualGateway"],
    phi_only: false,
    rationale: "The whitepaper asks for TLS between applications in the mesh when PHI flows \
between services. An Envoy listener in STRICT mode accepts only TLS; PERMISSIVE also accepts \
plaintext and DISABLED (or no TLS block) accepts only plaintext. A client policy with \
`Enforce: false` lets a caller fall back to plaintext.",
    remediation: "Give every listener `TLS: {Mode: STRICT, Certificate: {ACM: {CertificateArn: ...}}}` \
(or an SDS/file certificate) in `Spec.Listeners`, and keep client policies' `TLS.Enforce` true; in \
Terraform, `spec { listener { tls { mode = \"STRICT\" certificate { ... } } } }` on \
`aws_appmesh_virtual_node` / `aws_appmesh_virtual_gateway`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    const ENFORCE: &str = "Spec.BackendDefaults.ClientPolicy.TLS.Enforce";
    if let Flag::False(n) = flag(r, ENFORCE) {
        return Outcome::fail("the default client policy does not enforce TLS (Enforce: false)")
            .l10n("appmesh-client-not-enforced", &[])
            .at(ENFORCE, n.location.as_ref());
    }
    let none = || {
        Outcome::not_applicable("no listeners: the node only calls other services")
            .l10n("appmesh-no-listeners", &[])
    };
    let listeners = match written(r, "Spec.Listeners", none) {
        Ok(n) => n,
        Err(o) => return o,
    };
    if listeners.items().is_empty() {
        return none();
    }
    for (i, l) in listeners.items().iter().enumerate() {
        let path = format!("Spec.Listeners.{i}.TLS.Mode");
        match l.get("TLS.Mode") {
            Lookup::Set(m) => match m.as_str() {
                Some(v) if v.eq_ignore_ascii_case("STRICT") => {}
                Some(v) => {
                    return Outcome::fail(format!(
                        "listener {i} uses TLS mode {v}, which accepts plaintext"
                    ))
                    .l10n(
                        "appmesh-listener-mode",
                        &[("listener", &i.to_string()), ("mode", v)],
                    )
                    .at(&path, m.location.as_ref());
                }
                None => {
                    return mode_unreadable(m).at(&path, m.location.as_ref());
                }
            },
            Lookup::Unknown(m) => {
                return mode_unreadable(m).at(&path, m.location.as_ref());
            }
            Lookup::Absent => {
                return Outcome::fail(format!(
                    "listener {i} has no TLS configuration, so it accepts only plaintext"
                ))
                .l10n("appmesh-listener-no-tls", &[("listener", &i.to_string())])
                .at(&path, l.location.as_ref());
            }
        }
    }
    Outcome::pass("every listener requires TLS (STRICT)")
        .l10n("appmesh-all-strict", &[])
        .at("Spec.Listeners", listeners.location.as_ref())
}

fn mode_unreadable(m: &Node) -> Outcome {
    let o = Outcome::unknown(format!("TLS mode {}", crate::unknown_reason(m)));
    with_reason(o, m, "appmesh-tls-mode-unreadable", &[])
}
