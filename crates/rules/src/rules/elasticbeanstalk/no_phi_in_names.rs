//! Elastic Beanstalk names, descriptions and environment properties hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "beanstalk-no-phi-in-names",
    title: "Elastic Beanstalk application and environment names, descriptions and option settings contain no PHI",
    severity: Severity::Medium,
    service: "AWS Elastic Beanstalk",
    section: "AWS Elastic Beanstalk",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["BEANSTALK-NO-PHI-IN-NAMES"],
    kinds: &[
        "AWS::ElasticBeanstalk::Application",
        "AWS::ElasticBeanstalk::Environment",
        "AWS::ElasticBeanstalk::ApplicationVersion",
        "AWS::ElasticBeanstalk::ConfigurationTemplate",
    ],
    phi_only: false,
    rationale: "The whitepaper: no PHI in Elastic Beanstalk free-form fields such as Name or Description. Environment properties (`aws:elasticbeanstalk:application:environment`) are stored in plain text too.",
    remediation: "Use functional names, and read PHI at run time from an encrypted store. CloudFormation: `AWS::ElasticBeanstalk::Application`/`Environment` names, `Description`, `OptionSettings`; Terraform: `aws_elastic_beanstalk_application`/`environment` `name`, `description`, `setting`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::ElasticBeanstalk::Application",
        paths: &["ApplicationName", "Description"],
    },
    Fields {
        kind: "AWS::ElasticBeanstalk::Environment",
        paths: &[
            "EnvironmentName",
            "Description",
            "CNAMEPrefix",
            "OptionSettings",
            "Tags",
        ],
    },
    Fields {
        kind: "AWS::ElasticBeanstalk::ApplicationVersion",
        paths: &["Description"],
    },
    Fields {
        kind: "AWS::ElasticBeanstalk::ConfigurationTemplate",
        paths: &["Description", "OptionSettings"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Elastic Beanstalk names, descriptions and environment properties are not encrypted and are shown in the console and API results.",
            "beanstalk-no-phi-in-names-why",
        ),
    )
}
