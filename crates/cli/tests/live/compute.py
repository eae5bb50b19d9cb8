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

# ECS: a Fargate task that logs to CloudWatch and mounts EFS with TLS; another whose first
# container keeps no logs, whose second ships them to Splunk over http, and whose EFS
# volume is mounted without TLS. Services with and without public IPs.
ecs = boto3.client("ecs", **kw)
ecs.create_cluster(
    clusterName="clinic",
    settings=[{"name": "containerInsights", "value": "enabled"}],
    tags=[{"key": "phi", "value": "true"}],
)
ecs.register_task_definition(
    family="clinic-api",
    requiresCompatibilities=["FARGATE"],
    networkMode="awsvpc",
    cpu="256",
    memory="512",
    containerDefinitions=[{
        "name": "api",
        "image": "clinic/api:1",
        "environment": [{"name": "RECORDS_URL", "value": "https://records.example.com/not-a-real-secret-4"}],
        "logConfiguration": {
            "logDriver": "awslogs",
            "options": {"awslogs-group": "/clinic/api", "awslogs-region": region},
        },
    }],
    volumes=[{
        "name": "charts",
        "efsVolumeConfiguration": {"fileSystemId": "fs-12345678", "transitEncryption": "ENABLED"},
    }],
)
ecs.register_task_definition(
    family="clinic-worker",
    requiresCompatibilities=["FARGATE"],
    networkMode="awsvpc",
    cpu="256",
    memory="512",
    containerDefinitions=[
        {"name": "worker", "image": "clinic/worker:1"},
        {
            "name": "shipper",
            "image": "clinic/shipper:1",
            "logConfiguration": {
                "logDriver": "splunk",
                "options": {
                    "splunk-url": "http://splunk.example.com:8088",
                    "splunk-token": "not-a-real-secret-5",
                },
            },
        },
    ],
    volumes=[{
        "name": "scans",
        "efsVolumeConfiguration": {"fileSystemId": "fs-12345678", "transitEncryption": "DISABLED"},
    }],
)
for name, public in [("clinic-public", "ENABLED"), ("clinic-private", "DISABLED")]:
    ecs.create_service(
        cluster="clinic",
        serviceName=name,
        taskDefinition="clinic-api",
        desiredCount=1,
        launchType="FARGATE",
        networkConfiguration={"awsvpcConfiguration": {
            "subnets": [subnet], "securityGroups": [sg], "assignPublicIp": public,
        }},
        tags=[{"key": "phi", "value": "true"}],
    )

# EKS: a cluster with secrets encryption, full control-plane logging and a private
# endpoint; another with none of them and an endpoint open to the internet.
eks = boto3.client("eks", **kw)
role = f"arn:aws:iam::{account}:role/eks"
eks.create_cluster(
    name="clinic-private",
    version="1.29",
    roleArn=role,
    resourcesVpcConfig={
        "subnetIds": [subnet],
        "endpointPublicAccess": False,
        "endpointPrivateAccess": True,
    },
    encryptionConfig=[{"resources": ["secrets"], "provider": {"keyArn": key_arn}}],
    logging={"clusterLogging": [{"types": ["api", "audit", "authenticator"], "enabled": True}]},
    tags={"phi": "true"},
)
eks.create_cluster(
    name="clinic-open",
    version="1.27",
    roleArn=role,
    resourcesVpcConfig={
        "subnetIds": [subnet],
        "endpointPublicAccess": True,
        "endpointPrivateAccess": False,
        "publicAccessCidrs": ["0.0.0.0/0"],
    },
    tags={"phi": "true"},
)

# OpenSearch: a domain done right (in a VPC, encrypted, HTTPS with TLS 1.2) and one done
# wrong (public with an open policy, no encryption, TLS 1.0, Elasticsearch 5.6).
osr = boto3.client("opensearch", **kw)
osr.create_domain(
    DomainName="clinic-search",
    EngineVersion="OpenSearch_2.11",
    EncryptionAtRestOptions={"Enabled": True, "KmsKeyId": key_arn},
    NodeToNodeEncryptionOptions={"Enabled": True},
    DomainEndpointOptions={"EnforceHTTPS": True, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"},
    VPCOptions={"SubnetIds": [subnet], "SecurityGroupIds": [sg]},
    TagList=PHI,
)
osr.create_domain(
    DomainName="clinic-legacy",
    EngineVersion="Elasticsearch_5.6",
    EncryptionAtRestOptions={"Enabled": False},
    NodeToNodeEncryptionOptions={"Enabled": False},
    DomainEndpointOptions={"EnforceHTTPS": False, "TLSSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"},
    AccessPolicies=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:*",
                       "Resource": f"arn:aws:es:{region}:{account}:domain/clinic-legacy/*"}],
    }),
    TagList=PHI,
)

# Redshift: an encrypted private cluster with audit logging; an unencrypted public one
# without. Both use the default parameter group (moto's reports require_ssl false).
rs = boto3.client("redshift", **kw)
s3 = boto3.client("s3", **kw)
s3.create_bucket(Bucket="clinic-redshift-audit")
rs.create_cluster(
    ClusterIdentifier="clinic-warehouse", NodeType="dc2.large", MasterUsername="admin",
    MasterUserPassword="Not-a-real-secret-6", Encrypted=True, KmsKeyId=key_arn,
    PubliclyAccessible=False, ClusterType="single-node", Tags=PHI,
)
rs.enable_logging(ClusterIdentifier="clinic-warehouse", BucketName="clinic-redshift-audit")
rs.create_cluster(
    ClusterIdentifier="clinic-scratch", NodeType="dc2.large", MasterUsername="admin",
    MasterUserPassword="Not-a-real-secret-7", Encrypted=False, PubliclyAccessible=True,
    ClusterType="single-node", Tags=PHI,
)

# Macie: enabled in us-east-1, where a bucket holds PHI; us-west-2 holds a PHI bucket
# too but Macie is off there (moto enables Macie in every region until told otherwise).
boto3.client("macie2", **kw).enable_macie(status="ENABLED")
boto3.client("macie2", endpoint_url=endpoint, region_name="us-west-2").disable_macie()
east = boto3.client("s3", **kw)
east.create_bucket(Bucket="clinic-east-scans")
east.put_bucket_tagging(Bucket="clinic-east-scans", Tagging={"TagSet": PHI})
west = boto3.client("s3", endpoint_url=endpoint, region_name="us-west-2")
west.create_bucket(
    Bucket="clinic-west-scans", CreateBucketConfiguration={"LocationConstraint": "us-west-2"}
)
west.put_bucket_tagging(Bucket="clinic-west-scans", Tagging={"TagSet": PHI})
