//! RDS for Oracle databases holding PHI encrypt connections with Oracle Native Network
//! Encryption (or the SSL option) set in their option group.
use crate::judge::rds_settings::{self, EngineKind, option, option_setting};
use crate::judge::reference::{self, Pointee, with_reason};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "rds-oracle-encryption-in-transit",
    title: "RDS for Oracle databases holding PHI require Native Network Encryption or SSL in their option group",
    severity: Severity::High,
    service: "Amazon RDS",
    section: "Amazon RDS for Oracle",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["RDS-ORACLE-NNE"],
    kinds: &["AWS::RDS::DBInstance"],
    phi_only: true,
    rationale: "The whitepaper requires connections to RDS for Oracle that carry PHI to use \
transport encryption, provided by Oracle Native Network Encryption enabled in the option \
group. With the NATIVE_NETWORK_ENCRYPTION option the server must set \
SQLNET.ENCRYPTION_SERVER to REQUIRED: the default, REQUESTED, still accepts clients that do \
not encrypt. The SSL option (TLS on a dedicated port) is the documented alternative.",
    remediation: "Attach an `AWS::RDS::OptionGroup` (EngineName `oracle-ee`/`oracle-se2`) whose \
`OptionConfigurations` contain `OptionName: NATIVE_NETWORK_ENCRYPTION` with the setting \
`SQLNET.ENCRYPTION_SERVER: REQUIRED` (or the `SSL` option), referenced from \
`OptionGroupName`. Terraform: an `aws_db_option_group` with `option { option_name = \
\"NATIVE_NETWORK_ENCRYPTION\" option_settings { name = \"SQLNET.ENCRYPTION_SERVER\" value = \
\"REQUIRED\" } }`, referenced from `option_group_name`.",
    check: Check::Resource(check),
};

const NNE: &str = "NATIVE_NETWORK_ENCRYPTION";
const SERVER: &str = "SQLNET.ENCRYPTION_SERVER";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if rds_settings::in_cluster(r) {
        return Outcome::not_applicable("member of a DB cluster, which is never Oracle")
            .l10n("rds-oracle-cluster-member", &[]);
    }
    let engine = match rds_settings::engine(ctx, r) {
        Ok(e) => e,
        Err(o) => return o,
    };
    if engine.kind != EngineKind::Oracle {
        return Outcome::not_applicable(format!("engine '{}' is not Oracle", engine.name))
            .l10n("rds-oracle-other-engine", &[("engine", &engine.name)]);
    }
    if engine.custom {
        return Outcome::not_applicable(
            "RDS Custom for Oracle: network encryption is configured on the database host",
        )
        .l10n("rds-oracle-custom", &[]);
    }
    let prop = "OptionGroupName";
    let location = r.get(prop).location();
    let (group, location) = match reference::resolve_at(
        ctx,
        r,
        prop,
        &["AWS::RDS::OptionGroup"],
        prop,
    ) {
        None => {
            return Outcome::fail(
                "no option group is attached: the default option group has no Native Network Encryption, so connections may be unencrypted",
            )
            .l10n("rds-oracle-no-option-group", &[])
            .at(prop, None);
        }
        Some(Pointee::Outside(name)) if name.to_ascii_lowercase().starts_with("default:") => {
            return Outcome::fail(format!(
                "'{name}' is a default option group, which has no Native Network Encryption or SSL option"
            ))
            .l10n("rds-oracle-default-option-group", &[("group", &name)])
            .at(prop, location);
        }
        Some(Pointee::Outside(name)) => {
            return Outcome::unknown(format!(
                "OptionGroupName names '{name}', an option group outside this scan; its encryption options cannot be checked"
            ))
            .l10n("rds-oracle-option-group-outside", &[("group", &name)])
            .at(prop, location);
        }
        Some(p @ (Pointee::Other(_) | Pointee::Unresolved(_))) => {
            return p.unknown_at(prop, r.get(prop).location(), "AWS::RDS::OptionGroup");
        }
        Some(Pointee::Found(resource)) => (resource, location),
    };
    let nne = match option(group, NNE) {
        Ok(o) => o,
        Err(o) => return o,
    };
    if let Some(nne) = nne {
        let at = nne.location.as_ref().or(location);
        return match option_setting(nne, SERVER) {
            Lookup::Set(v) => match v.as_str().map(str::to_ascii_uppercase).as_deref() {
                Some("REQUIRED") => Outcome::pass(format!(
                    "option group '{}' enables {NNE} with {SERVER} = REQUIRED",
                    group.name
                ))
                .l10n("rds-oracle-nne-required", &[("group", &group.name)])
                .at(prop, v.location.as_ref().or(at)),
                Some(other) => Outcome::fail(format!(
                    "option group '{}' sets {SERVER} = {other}; only REQUIRED refuses unencrypted connections",
                    group.name
                ))
                .l10n(
                    "rds-oracle-nne-not-required",
                    &[("group", &group.name), ("value", other)],
                )
                .at(prop, v.location.as_ref().or(at)),
                None => server_unresolved(group, v).at(prop, v.location.as_ref().or(at)),
            },
            Lookup::Unknown(v) => server_unresolved(group, v).at(prop, v.location.as_ref().or(at)),
            Lookup::Absent => match option(group, "SSL") {
                Ok(Some(ssl)) => ssl_pass(group, ssl, location),
                Ok(None) => Outcome::fail(format!(
                    "option group '{}' enables {NNE} without {SERVER}; its default, REQUESTED, still accepts unencrypted clients",
                    group.name
                ))
                .l10n("rds-oracle-nne-no-server", &[("group", &group.name)])
                .at(prop, at),
                Err(o) => o,
            },
        };
    }
    match option(group, "SSL") {
        Ok(Some(ssl)) => ssl_pass(group, ssl, location),
        Ok(None) => Outcome::fail(format!(
            "option group '{}' has neither {NNE} nor SSL, so connections may be unencrypted",
            group.name
        ))
        .l10n("rds-oracle-no-encryption-option", &[("group", &group.name)])
        .at(prop, location),
        Err(o) => o,
    }
}

fn ssl_pass(group: &Resource, ssl: &Node, location: Option<&phiguard_model::Location>) -> Outcome {
    Outcome::pass(format!(
        "option group '{}' enables the SSL option; make sure clients use its TLS port",
        group.name
    ))
    .l10n("rds-oracle-ssl", &[("group", &group.name)])
    .at("OptionGroupName", ssl.location.as_ref().or(location))
}

fn server_unresolved(group: &Resource, v: &Node) -> Outcome {
    let o = Outcome::unknown(format!(
        "{SERVER} in option group '{}' cannot be resolved: {}",
        group.name,
        crate::unknown_reason(v)
    ));
    with_reason(
        o,
        v,
        "rds-oracle-server-unresolved",
        &[("group", &group.name)],
    )
}
