//! App Mesh resource names, specs and tags hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "appmesh-no-phi-in-names",
    title: "App Mesh resource names, route matches, service-discovery names and tags contain no PHI",
    severity: Severity::Medium,
    service: "AWS App Mesh",
    section: "AWS App Mesh",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["APPMESH-NO-PHI-IN-NAMES"],
    kinds: &[
        "AWS::AppMesh::Mesh",
        "AWS::AppMesh::VirtualNode",
        "AWS::AppMesh::VirtualService",
        "AWS::AppMesh::VirtualRouter",
        "AWS::AppMesh::Route",
        "AWS::AppMesh::VirtualGateway",
        "AWS::AppMesh::GatewayRoute",
    ],
    phi_only: false,
    rationale: "The whitepaper: store no PHI in App Mesh resource names or attributes, which are not protected.",
    remediation: "Use functional names and match on neutral paths and headers. CloudFormation: `AWS::AppMesh::*` names and `Spec`; Terraform: `aws_appmesh_*` `name`, `spec`, `tags`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::AppMesh::Mesh",
        paths: &["MeshName", "Tags"],
    },
    Fields {
        kind: "AWS::AppMesh::VirtualNode",
        paths: &["VirtualNodeName", "Spec", "Tags"],
    },
    Fields {
        kind: "AWS::AppMesh::VirtualService",
        paths: &["VirtualServiceName", "Spec", "Tags"],
    },
    Fields {
        kind: "AWS::AppMesh::VirtualRouter",
        paths: &["VirtualRouterName", "Spec", "Tags"],
    },
    Fields {
        kind: "AWS::AppMesh::Route",
        paths: &["RouteName", "Spec", "Tags"],
    },
    Fields {
        kind: "AWS::AppMesh::VirtualGateway",
        paths: &["VirtualGatewayName", "Spec", "Tags"],
    },
    Fields {
        kind: "AWS::AppMesh::GatewayRoute",
        paths: &["GatewayRouteName", "Spec", "Tags"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "App Mesh names and attributes are not protected and are distributed to every Envoy proxy in the mesh.",
            "appmesh-no-phi-in-names-why",
        ),
    )
}
