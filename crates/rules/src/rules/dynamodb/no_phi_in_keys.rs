//! DynamoDB tables do not key or index on attributes that name PHI.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "dynamodb-no-phi-in-keys",
    title: "DynamoDB tables holding PHI are not keyed or indexed on PHI attributes (SSN, name, date of birth, MRN)",
    severity: Severity::Medium,
    service: "Amazon DynamoDB",
    section: "Amazon DynamoDB",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(a)(2)(iv)"],
    requirements: &["DYNAMODB-NO-PHI-IN-KEYS"],
    kinds: &["AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"],
    phi_only: true,
    rationale: "From the 2018 edition: when choosing primary keys and indexes, make sure queries \
and scans never need unencrypted PHI. Key and index attributes stay in clear text even with \
client-side encryption (the DynamoDB Encryption Client signs but never encrypts them), and they \
appear in CloudTrail data events, metrics and error messages. This is a heuristic on attribute \
names: an SSN, a patient's name or date of birth as a key attribute fails; an e-mail or phone \
key fails only on a table explicitly marked as PHI.",
    remediation: "Key the table on an opaque surrogate id (`PatientKey`: a random UUID) and keep \
identifiers in encrypted non-key attributes. CloudFormation: `KeySchema`, \
`GlobalSecondaryIndexes[].KeySchema`, `LocalSecondaryIndexes[].KeySchema`; Terraform: \
`aws_dynamodb_table` `hash_key`, `range_key`, `global_secondary_index`.",
    check: Check::Resource(check),
};

/// Attribute names (lower-case, separators removed) that name a patient's identifier.
const STRONG: &[&str] = &[
    "ssn",
    "socialsecuritynumber",
    "socialsecurity",
    "patientname",
    "patientfullname",
    "fullname",
    "firstname",
    "lastname",
    "surname",
    "dob",
    "dateofbirth",
    "birthdate",
    "mrn",
    "medicalrecordnumber",
    "medicalrecord",
    "mbi",
    "medicareid",
    "medicarenumber",
];
/// Contact attributes: PHI when the table holds patients' records.
const CONTACT: &[&str] = &[
    "email",
    "emailaddress",
    "phone",
    "phonenumber",
    "mobile",
    "mobilenumber",
];

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut keys = Vec::new();
    collect(r, "KeySchema", &mut keys);
    for list in ["GlobalSecondaryIndexes", "LocalSecondaryIndexes"] {
        for (i, _) in r
            .get(list)
            .node()
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            collect(r, &format!("{list}.{i}.KeySchema"), &mut keys);
        }
    }
    let mut unknown = None;
    for (path, lookup) in &keys {
        let node = match lookup {
            Lookup::Set(n) => n,
            Lookup::Unknown(n) => {
                unknown.get_or_insert((path.clone(), *n));
                continue;
            }
            Lookup::Absent => continue,
        };
        let Some(name) = node.as_str() else {
            unknown.get_or_insert((path.clone(), *node));
            continue;
        };
        let flat: String = name
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        let strong = STRONG
            .iter()
            .any(|s| flat == *s || flat == format!("patient{s}"));
        let contact = CONTACT
            .iter()
            .any(|s| flat == *s || flat == format!("patient{s}"));
        if strong || (contact && ctx.phi.any_marked) {
            return Outcome::fail(format!(
                "key attribute '{name}' names a patient identifier; key and index attributes stay unencrypted in queries, logs and client-side encryption"
            ))
            .l10n("dynamodb-keys-identifier", &[("attribute", name)])
            .at(path, node.location.as_ref());
        }
    }
    if let Some((path, n)) = unknown {
        return crate::outcome::path_unknown(&path, n);
    }
    if keys.is_empty() {
        return Outcome::unknown("no key schema is written").l10n("dynamodb-keys-no-schema", &[]);
    }
    Outcome::pass("no key or index attribute names a patient identifier")
        .l10n("dynamodb-keys-clean", &[])
        .at_lookup("KeySchema", r.get("KeySchema"))
}

fn collect<'a>(r: &'a Resource, schema: &str, out: &mut Vec<(String, Lookup<'a>)>) {
    match r.get(schema) {
        Lookup::Set(n) => {
            for (i, _) in n.items().iter().enumerate() {
                let p = format!("{schema}.{i}.AttributeName");
                out.push((p.clone(), r.get(&p)));
            }
        }
        l @ Lookup::Unknown(_) => out.push((schema.to_string(), l)),
        Lookup::Absent => {}
    }
}
