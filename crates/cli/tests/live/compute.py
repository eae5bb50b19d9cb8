"""Builds data and compute services in moto with boto3 (the AWS SDK for Python): per service,
resources that fail and resources that pass the rules its live collector feeds. Prints
nothing; fails loudly."""
import json
import sys

import boto3

endpoint = sys.argv[1]
region = "us-east-1"
account = "123456789012"
kw = dict(endpoint_url=endpoint, region_name=region)
PHI = [{"Key": "phi", "Value": "true"}]

ec2 = boto3.client("ec2", **kw)
vpc = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.20.1.0/24", AvailabilityZone="us-east-1a")["Subnet"]["SubnetId"]
sg = ec2.create_security_group(GroupName="clinic-data", Description="data", VpcId=vpc)["GroupId"]
kms = boto3.client("kms", **kw)
key_arn = kms.create_key(Description="phi key")["KeyMetadata"]["Arn"]

# Secrets Manager: a secret with a customer managed key, rotation and a policy limited to
# the account; another on the AWS managed key with a policy open to everyone.
sm = boto3.client("secretsmanager", **kw)
sm.create_secret(
    Name="clinic-db-password", SecretString="not-a-real-secret-2", KmsKeyId=key_arn, Tags=PHI
)
sm.rotate_secret(
    SecretId="clinic-db-password",
    RotationRules={"AutomaticallyAfterDays": 30},
    RotateImmediately=False,
)
sm.put_resource_policy(
    SecretId="clinic-db-password",
    ResourcePolicy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"AWS": f"arn:aws:iam::{account}:root"},
            "Action": "secretsmanager:GetSecretValue",
            "Resource": "*",
        }],
    }),
)
sm.create_secret(Name="clinic-api-token", SecretString="not-a-real-secret-3", Tags=PHI)
sm.put_resource_policy(
    SecretId="clinic-api-token",
    ResourcePolicy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": "*",
            "Action": "secretsmanager:GetSecretValue",
            "Resource": "*",
        }],
    }),
)
