//! Service Catalog portfolios, products and provisioned products hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "servicecatalog-no-phi",
    title: "Service Catalog portfolio and product metadata and provisioning parameters contain no PHI",
    severity: Severity::Medium,
    service: "Service Catalog",
    section: "Service Catalog",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["SERVICECATALOG-NO-PHI"],
    kinds: &[
        "AWS::ServiceCatalog::Portfolio",
        "AWS::ServiceCatalog::CloudFormationProduct",
        "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
    ],
    phi_only: false,
    rationale: "The whitepaper: Service Catalog cannot be used to store, transmit or process PHI; put no PHI in product or portfolio metadata or descriptions.",
    remediation: "Describe products by function; provision with parameters that reference PHI stores, not PHI. CloudFormation: `AWS::ServiceCatalog::Portfolio`, `CloudFormationProduct`, `CloudFormationProvisionedProduct` `ProvisioningParameters`; Terraform: `aws_servicecatalog_portfolio`, `aws_servicecatalog_product`, `aws_servicecatalog_provisioned_product`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::ServiceCatalog::Portfolio",
        paths: &["DisplayName", "Description", "ProviderName", "Tags"],
    },
    Fields {
        kind: "AWS::ServiceCatalog::CloudFormationProduct",
        paths: &[
            "Name",
            "Description",
            "Owner",
            "Distributor",
            "SupportDescription",
            "SupportEmail",
            "ProvisioningArtifactParameters",
            "Tags",
        ],
    },
    Fields {
        kind: "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
        paths: &["ProvisionedProductName", "ProvisioningParameters", "Tags"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Service Catalog cannot store, transmit or process PHI; its metadata is shown to every user of the portfolio.",
            "servicecatalog-no-phi-why",
        ),
    )
}
