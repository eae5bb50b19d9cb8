//! AWS IAM (global): the account (root MFA and keys from the credential report, password
//! policy, account-level S3 Block Public Access), users with their credential-report row,
//! and roles with their inline and attached policies (for the data-flow graph).

use super::Service;
use crate::cx::{Cx, Fault, obj, policy};
use serde_json::{Value, json};
use std::collections::HashMap;

const KINDS: &[&str] = &["phiguard::Account", "AWS::IAM::User", "AWS::IAM::Role"];

pub static SERVICE: Service = Service {
    name: "iam",
    global: true,
    actions: &[
        "iam:GenerateCredentialReport",
        "iam:GetCredentialReport",
        "iam:GetAccountPasswordPolicy",
        "iam:ListRoles",
        "iam:ListRolePolicies",
        "iam:GetRolePolicy",
        "iam:ListAttachedRolePolicies",
        "s3:GetAccountPublicAccessBlock",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_iam::Client::new(&cx.sdk);
    let mut account = obj(json!({ "AccountId": cx.account }));
    match credential_report(cx, &client).await {
        Ok(rows) => {
            for row in rows {
                let get = |k: &str| row.get(k).map(String::as_str).unwrap_or("");
                let yes = |k: &str| json!(get(k) == "true");
                if get("user") == "<root_account>" {
                    account.insert("RootMfaActive".into(), yes("mfa_active"));
                    account.insert(
                        "RootAccessKeysActive".into(),
                        json!(
                            get("access_key_1_active") == "true"
                                || get("access_key_2_active") == "true"
                        ),
                    );
                    continue;
                }
                let report = obj(json!({
                    "PasswordEnabled": yes("password_enabled"),
                    "MfaActive": yes("mfa_active"),
                    "PasswordLastUsed": Some(get("password_last_used")).filter(|s| s.starts_with(|c: char| c.is_ascii_digit())),
                    "AccessKey1Active": yes("access_key_1_active"),
                    "AccessKey2Active": yes("access_key_2_active"),
                }));
                cx.add_at(
                    "global",
                    "AWS::IAM::User",
                    get("arn").to_string(),
                    obj(json!({ "UserName": get("user"), "CredentialReport": report })),
                    Vec::new(),
                );
            }
        }
        Err((action, f)) => {
            let why = Cx::unknown(action, &f);
            account.insert("RootMfaActive".into(), why.clone());
            account.insert("RootAccessKeysActive".into(), why);
            cx.gap_at("global", action, &["AWS::IAM::User"], &f);
        }
    }
    let action = "iam:GetAccountPasswordPolicy";
    match cx
        .call(action, client.get_account_password_policy().send())
        .await
    {
        Ok(out) => {
            if let Some(p) = out.password_policy() {
                account.insert(
                    "PasswordPolicy".into(),
                    Value::Object(obj(json!({
                        "MinimumPasswordLength": p.minimum_password_length(),
                        "RequireSymbols": p.require_symbols(),
                        "RequireNumbers": p.require_numbers(),
                        "RequireUppercaseCharacters": p.require_uppercase_characters(),
                        "RequireLowercaseCharacters": p.require_lowercase_characters(),
                        "MaxPasswordAge": p.max_password_age(),
                        "PasswordReusePrevention": p.password_reuse_prevention(),
                    }))),
                );
            }
        }
        Err(Fault::NotFound(_)) => {}
        Err(f) => {
            account.insert("PasswordPolicy".into(), Cx::unknown(action, &f));
        }
    }
    let s3control = s3control(cx);
    let action = "s3:GetAccountPublicAccessBlock";
    match cx
        .call(
            action,
            s3control
                .get_public_access_block()
                .account_id(&cx.account)
                .send(),
        )
        .await
    {
        Ok(out) => {
            if let Some(c) = out.public_access_block_configuration() {
                account.insert(
                    "S3PublicAccessBlock".into(),
                    Value::Object(obj(json!({
                        "BlockPublicAcls": c.block_public_acls(),
                        "IgnorePublicAcls": c.ignore_public_acls(),
                        "BlockPublicPolicy": c.block_public_policy(),
                        "RestrictPublicBuckets": c.restrict_public_buckets(),
                    }))),
                );
            }
        }
        Err(Fault::NotFound(_)) => {}
        Err(f) => {
            account.insert("S3PublicAccessBlock".into(), Cx::unknown(action, &f));
        }
    }
    cx.add_at(
        "global",
        "phiguard::Account",
        format!("arn:{}:iam::{}:root", cx.partition, cx.account),
        account,
        Vec::new(),
    );
    roles(cx, &client).await;
}

/// The credential report as rows of column → value (generated first when needed).
async fn credential_report(
    cx: &Cx,
    client: &aws_sdk_iam::Client,
) -> Result<Vec<HashMap<String, String>>, (&'static str, Fault)> {
    for _ in 0..10 {
        let generate = "iam:GenerateCredentialReport";
        let state = cx
            .call(generate, client.generate_credential_report().send())
            .await
            .map_err(|f| (generate, f))?;
        if state.state().is_some_and(|s| s.as_str() == "COMPLETE") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    let get = "iam:GetCredentialReport";
    let out = cx
        .call(get, client.get_credential_report().send())
        .await
        .map_err(|f| (get, f))?;
    let text = out
        .content()
        .map(|b| String::from_utf8_lossy(b.as_ref()).into_owned())
        .unwrap_or_default();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    Ok(lines
        .map(|l| {
            header
                .iter()
                .zip(l.split(','))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
        .collect())
}

async fn roles(cx: &Cx, client: &aws_sdk_iam::Client) {
    let pages = client.list_roles().into_paginator().send();
    let pages = match cx.pages("iam:ListRoles", pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap_at("global", "iam:ListRoles", &["AWS::IAM::Role"], &f),
    };
    for role in pages.iter().flat_map(|p| p.roles()) {
        let name = role.role_name();
        let mut props = obj(json!({
            "RoleName": name,
            "Path": role.path(),
            "AssumeRolePolicyDocument": role.assume_role_policy_document().map(policy),
        }));
        let action = "iam:ListRolePolicies";
        match cx
            .call(action, client.list_role_policies().role_name(name).send())
            .await
        {
            Ok(list) => {
                let mut policies = Vec::new();
                for p in list.policy_names() {
                    let get = "iam:GetRolePolicy";
                    let doc = match cx
                        .call(
                            get,
                            client
                                .get_role_policy()
                                .role_name(name)
                                .policy_name(p)
                                .send(),
                        )
                        .await
                    {
                        Ok(out) => policy(out.policy_document()),
                        Err(f) => Cx::unknown(get, &f),
                    };
                    policies.push(json!({ "PolicyName": p, "PolicyDocument": doc }));
                }
                props.insert("Policies".into(), json!(policies));
            }
            Err(f) => {
                props.insert("Policies".into(), Cx::unknown(action, &f));
            }
        }
        let action = "iam:ListAttachedRolePolicies";
        match cx
            .call(
                action,
                client.list_attached_role_policies().role_name(name).send(),
            )
            .await
        {
            Ok(list) => {
                let arns: Vec<&str> = list
                    .attached_policies()
                    .iter()
                    .filter_map(|p| p.policy_arn())
                    .collect();
                props.insert("ManagedPolicyArns".into(), json!(arns));
            }
            Err(f) => {
                props.insert("ManagedPolicyArns".into(), Cx::unknown(action, &f));
            }
        }
        let tags = role
            .tags()
            .iter()
            .map(|t| (t.key().to_string(), t.value().to_string()))
            .collect();
        cx.add_at(
            "global",
            "AWS::IAM::Role",
            role.arn().to_string(),
            props,
            tags,
        );
    }
}

/// S3 Control puts the account id in the host name; an emulator's endpoint (moto) is used
/// as it is given.
fn s3control(cx: &Cx) -> aws_sdk_s3control::Client {
    use aws_sdk_s3control::config::endpoint::{Endpoint, EndpointFuture, Params, ResolveEndpoint};
    #[derive(Debug)]
    struct Fixed(String);
    impl ResolveEndpoint for Fixed {
        fn resolve_endpoint<'a>(&'a self, _: &'a Params) -> EndpointFuture<'a> {
            EndpointFuture::ready(Ok(Endpoint::builder().url(self.0.clone()).build()))
        }
    }
    let mut config = aws_sdk_s3control::config::Builder::from(&cx.sdk);
    if let Some(url) = cx.sdk.endpoint_url() {
        config = config.endpoint_resolver(Fixed(url.to_string()));
    }
    aws_sdk_s3control::Client::from_conf(config.build())
}
