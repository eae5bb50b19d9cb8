"""Builds an AWS Organization in moto with boto3: the management account (the caller) and two
member accounts, each holding one S3 bucket reached through an assumed role. Writes the
member account ids, one per line, to the file named by the second argument."""
import sys

import boto3

endpoint, out = sys.argv[1], sys.argv[2]
kw = dict(endpoint_url=endpoint, region_name="us-east-1")
org = boto3.client("organizations", **kw)
org.create_organization(FeatureSet="ALL")
members = []
for name in ["clinic-prod", "clinic-research"]:
    status = org.create_account(AccountName=name, Email=f"{name}@example.org")
    members.append(status["CreateAccountStatus"]["AccountId"])

sts = boto3.client("sts", **kw)
for account, versioned in zip(members, [True, False]):
    creds = sts.assume_role(
        RoleArn=f"arn:aws:iam::{account}:role/PhiguardAudit", RoleSessionName="setup"
    )["Credentials"]
    s3 = boto3.client(
        "s3",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
        **kw,
    )
    bucket = f"records-{account}"
    s3.create_bucket(Bucket=bucket)
    if versioned:
        s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})

with open(out, "w") as f:
    f.write("\n".join(members) + "\n")
