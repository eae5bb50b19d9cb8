"""Builds the edge and streaming services of a clinic account in moto with boto3: for each
rule the elb, cloudfront, apigateway, kinesis and firehose collectors feed, one resource
that fails it and one that passes. argv[2]: a file to write the ids AWS chose (distribution
and API ids) as JSON, so the test can find each resource's findings by ARN."""
import json
import sys

import boto3

endpoint, ids_file = sys.argv[1], sys.argv[2]
region = "us-east-1"
kw = dict(endpoint_url=endpoint, region_name=region)
ec2 = boto3.client("ec2", **kw)
s3 = boto3.client("s3", **kw)
kms = boto3.client("kms", **kw)
acm = boto3.client("acm", **kw)
elbv2 = boto3.client("elbv2", **kw)
elb = boto3.client("elb", **kw)
cloudfront = boto3.client("cloudfront", **kw)
apigw = boto3.client("apigateway", **kw)
apigw2 = boto3.client("apigatewayv2", **kw)
kinesis = boto3.client("kinesis", **kw)
firehose = boto3.client("firehose", **kw)
iam = boto3.client("iam", **kw)
ids = {}

key = kms.create_key(Description="edge phi key")["KeyMetadata"]["Arn"]
cert = acm.request_certificate(DomainName="portal.clinic.example")["CertificateArn"]

# --- Elastic Load Balancing v2 ---------------------------------------------------------
vpc = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
subnets = [
    ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.20.{i}.0/24", AvailabilityZone=f"us-east-1{z}")["Subnet"]["SubnetId"]
    for i, z in ((1, "a"), (2, "b"))
]
sg = ec2.create_security_group(GroupName="alb", Description="alb", VpcId=vpc)["GroupId"]


def alb(name):
    return elbv2.create_load_balancer(Name=name, Subnets=subnets, SecurityGroups=[sg], Type="application")[
        "LoadBalancers"
    ][0]["LoadBalancerArn"]


def target_group(name, protocol):
    return elbv2.create_target_group(
        Name=name, Protocol=protocol, Port=443 if protocol == "HTTPS" else 80, VpcId=vpc, TargetType="instance"
    )["TargetGroups"][0]["TargetGroupArn"]


plain_tg = target_group("plain-targets", "HTTP")
tls_tg = target_group("tls-targets", "HTTPS")
# Done right: access logs on, HTTP only redirects to HTTPS, HTTPS with a TLS 1.2+ policy.
good = alb("alb-redirect")
elbv2.modify_load_balancer_attributes(
    LoadBalancerArn=good,
    Attributes=[
        {"Key": "access_logs.s3.enabled", "Value": "true"},
        {"Key": "access_logs.s3.bucket", "Value": "clinic-elb-logs"},
    ],
)
elbv2.create_listener(
    LoadBalancerArn=good, Protocol="HTTP", Port=80,
    DefaultActions=[{"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}],
)
elbv2.create_listener(
    LoadBalancerArn=good, Protocol="HTTPS", Port=443, SslPolicy="ELBSecurityPolicy-TLS13-1-2-2021-06",
    Certificates=[{"CertificateArn": cert}], DefaultActions=[{"Type": "forward", "TargetGroupArn": tls_tg}],
)
# Not: no access logs, HTTP forwards, HTTPS with a policy that accepts TLS 1.0.
bad = alb("alb-plain")
elbv2.create_listener(
    LoadBalancerArn=bad, Protocol="HTTP", Port=80, DefaultActions=[{"Type": "forward", "TargetGroupArn": plain_tg}]
)
elbv2.create_listener(
    LoadBalancerArn=bad, Protocol="HTTPS", Port=443, SslPolicy="ELBSecurityPolicy-2016-08",
    Certificates=[{"CertificateArn": cert}], DefaultActions=[{"Type": "forward", "TargetGroupArn": plain_tg}],
)
# An HTTP listener that redirects by default but forwards one path in plain text (a rule).
sneaky = alb("alb-sneaky")
listener = elbv2.create_listener(
    LoadBalancerArn=sneaky, Protocol="HTTP", Port=80,
    DefaultActions=[{"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}],
)["Listeners"][0]["ListenerArn"]
elbv2.create_rule(
    ListenerArn=listener, Priority=10,
    Conditions=[{"Field": "path-pattern", "Values": ["/records/*"]}],
    Actions=[{"Type": "forward", "TargetGroupArn": plain_tg}],
)

# --- Classic Load Balancers ------------------------------------------------------------
elb.create_load_balancer(
    LoadBalancerName="legacy-http",
    Listeners=[{"Protocol": "HTTP", "LoadBalancerPort": 80, "InstanceProtocol": "HTTP", "InstancePort": 80}],
    AvailabilityZones=["us-east-1a"],
)
elb.create_load_balancer(
    LoadBalancerName="legacy-tls",
    Listeners=[{
        "Protocol": "HTTPS", "LoadBalancerPort": 443, "InstanceProtocol": "HTTPS", "InstancePort": 443,
        "SSLCertificateId": cert,
    }],
    AvailabilityZones=["us-east-1a"],
)
elb.create_load_balancer_policy(
    LoadBalancerName="legacy-tls", PolicyName="tls12", PolicyTypeName="SSLNegotiationPolicyType",
    PolicyAttributes=[{"AttributeName": "Reference-Security-Policy", "AttributeValue": "ELBSecurityPolicy-TLS-1-2-2017-01"}],
)
elb.set_load_balancer_policies_of_listener(LoadBalancerName="legacy-tls", LoadBalancerPort=443, PolicyNames=["tls12"])
elb.modify_load_balancer_attributes(
    LoadBalancerName="legacy-tls",
    LoadBalancerAttributes={"AccessLog": {"Enabled": True, "S3BucketName": "clinic-elb-logs", "EmitInterval": 5}},
)

# --- CloudFront ------------------------------------------------------------------------
def distribution(ref, viewer, origin_policy, minimum):
    config = {
        "CallerReference": ref,
        "Comment": ref,
        "Enabled": True,
        "Origins": {"Quantity": 1, "Items": [{
            "Id": "portal", "DomainName": "portal.clinic.example",
            "CustomOriginConfig": {
                "HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": origin_policy,
                "OriginSslProtocols": {"Quantity": 1, "Items": ["TLSv1.2"]},
            },
        }]},
        "DefaultCacheBehavior": {
            "TargetOriginId": "portal", "ViewerProtocolPolicy": viewer,
            "ForwardedValues": {"QueryString": False, "Cookies": {"Forward": "none"}}, "MinTTL": 0,
        },
        "ViewerCertificate": {
            "ACMCertificateArn": cert, "SSLSupportMethod": "sni-only", "MinimumProtocolVersion": minimum,
        },
    }
    return cloudfront.create_distribution(DistributionConfig=config)["Distribution"]["Id"]


ids["cf_good"] = distribution("good", "redirect-to-https", "https-only", "TLSv1.2_2021")
ids["cf_bad"] = distribution("bad", "allow-all", "http-only", "TLSv1")

# --- API Gateway (REST) ----------------------------------------------------------------
logs_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/clinic/api-access"


def rest_api(name, auth):
    api = apigw.create_rest_api(name=name)["id"]
    root = apigw.get_resources(restApiId=api)["items"][0]["id"]
    res = apigw.create_resource(restApiId=api, parentId=root, pathPart="records")["id"]
    apigw.put_method(restApiId=api, resourceId=res, httpMethod="GET", authorizationType=auth)
    apigw.put_integration(
        restApiId=api, resourceId=res, httpMethod="GET", type="HTTP", integrationHttpMethod="GET",
        uri="https://records.clinic.example/records",
    )
    deployment = apigw.create_deployment(restApiId=api)["id"]
    return api, deployment


ids["rest_good"], dep = rest_api("records-api", "AWS_IAM")
apigw.create_stage(
    restApiId=ids["rest_good"], stageName="prod", deploymentId=dep, cacheClusterEnabled=True, cacheClusterSize="0.5",
)
apigw.update_stage(restApiId=ids["rest_good"], stageName="prod", patchOperations=[
    {"op": "replace", "path": "/accessLogSettings/destinationArn", "value": logs_arn},
    {"op": "replace", "path": "/accessLogSettings/format", "value": "$context.requestId"},
    {"op": "replace", "path": "/*/*/caching/enabled", "value": "true"},
    {"op": "replace", "path": "/*/*/caching/dataEncrypted", "value": "true"},
    {"op": "replace", "path": "/*/*/logging/dataTrace", "value": "false"},
])
ids["rest_bad"], dep = rest_api("open-api", "NONE")
apigw.create_stage(
    restApiId=ids["rest_bad"], stageName="prod", deploymentId=dep, cacheClusterEnabled=True, cacheClusterSize="0.5",
)
apigw.update_stage(restApiId=ids["rest_bad"], stageName="prod", patchOperations=[
    {"op": "replace", "path": "/*/*/caching/enabled", "value": "true"},
    {"op": "replace", "path": "/*/*/caching/dataEncrypted", "value": "false"},
    {"op": "replace", "path": "/*/*/logging/dataTrace", "value": "true"},
])
apigw.create_domain_name(domainName="api.clinic.example", regionalCertificateArn=cert, securityPolicy="TLS_1_2",
                         endpointConfiguration={"types": ["REGIONAL"]})
apigw.create_domain_name(domainName="old.clinic.example", regionalCertificateArn=cert, securityPolicy="TLS_1_0",
                         endpointConfiguration={"types": ["REGIONAL"]})

# --- API Gateway (HTTP APIs) -----------------------------------------------------------
http_good = apigw2.create_api(Name="portal-http", ProtocolType="HTTP")["ApiId"]
apigw2.create_route(ApiId=http_good, RouteKey="GET /records", AuthorizationType="AWS_IAM")
apigw2.create_stage(ApiId=http_good, StageName="prod", AccessLogSettings={"DestinationArn": logs_arn, "Format": "$context.requestId"})
http_bad = apigw2.create_api(Name="open-http", ProtocolType="HTTP")["ApiId"]
apigw2.create_route(ApiId=http_bad, RouteKey="GET /records", AuthorizationType="NONE")
apigw2.create_stage(ApiId=http_bad, StageName="prod")
ids["http_good"], ids["http_bad"] = http_good, http_bad
apigw2.create_domain_name(
    DomainName="ws.clinic.example",
    DomainNameConfigurations=[{"CertificateArn": cert, "EndpointType": "REGIONAL", "SecurityPolicy": "TLS_1_2"}],
)

# --- Kinesis ---------------------------------------------------------------------------
kinesis.create_stream(StreamName="vitals", ShardCount=1)
kinesis.create_stream(StreamName="raw-vitals", ShardCount=1)
kinesis.start_stream_encryption(StreamName="vitals", EncryptionType="KMS", KeyId=key)

# --- Firehose --------------------------------------------------------------------------
role = iam.create_role(RoleName="firehose", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
s3.create_bucket(Bucket="clinic-firehose")
# moto echoes only what it was given, and the AWS SDK for Rust refuses an S3 destination
# without the members AWS always returns (buffering hints, compression): given here.
hints = {"BufferingHints": {"SizeInMBs": 5, "IntervalInSeconds": 300}, "CompressionFormat": "UNCOMPRESSED"}
firehose.create_delivery_stream(
    DeliveryStreamName="vitals-archive",
    DeliveryStreamType="KinesisStreamAsSource",
    KinesisStreamSourceConfiguration={
        "KinesisStreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/vitals", "RoleARN": role,
    },
    ExtendedS3DestinationConfiguration={
        "RoleARN": role, "BucketARN": "arn:aws:s3:::clinic-firehose", **hints,
        "EncryptionConfiguration": {"KMSEncryptionConfig": {"AWSKMSKeyARN": key}},
        "CloudWatchLoggingOptions": {"Enabled": True, "LogGroupName": "/firehose", "LogStreamName": "s3"},
    },
)
firehose.create_delivery_stream(
    DeliveryStreamName="raw-vitals-archive",
    DeliveryStreamType="KinesisStreamAsSource",
    KinesisStreamSourceConfiguration={
        "KinesisStreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/raw-vitals", "RoleARN": role,
    },
    ExtendedS3DestinationConfiguration={
        "RoleARN": role, "BucketARN": "arn:aws:s3:::clinic-firehose", **hints,
        "EncryptionConfiguration": {"NoEncryptionConfig": "NoEncryption"},
        "CloudWatchLoggingOptions": {"Enabled": False},
    },
)
firehose.create_delivery_stream(
    DeliveryStreamName="events-direct",
    DeliveryStreamType="DirectPut",
    DeliveryStreamEncryptionConfigurationInput={"KeyType": "CUSTOMER_MANAGED_CMK", "KeyARN": key},
    ExtendedS3DestinationConfiguration={
        "RoleARN": role, "BucketARN": "arn:aws:s3:::clinic-firehose", **hints,
        "EncryptionConfiguration": {"NoEncryptionConfig": "NoEncryption"},
    },
)
firehose.create_delivery_stream(
    DeliveryStreamName="events-plain",
    DeliveryStreamType="DirectPut",
    HttpEndpointDestinationConfiguration={
        "EndpointConfiguration": {"Url": "http://collector.clinic.example/ingest", "Name": "collector"},
        "S3Configuration": {
            "RoleARN": role, "BucketARN": "arn:aws:s3:::clinic-firehose", **hints,
            "EncryptionConfiguration": {"NoEncryptionConfig": "NoEncryption"},
        },
    },
)
# Created without them, moto answers DescribeDeliveryStream without the members AWS always
# returns, the SDK refuses the answer, and the stream's facts are unknown (never a pass).
firehose.create_delivery_stream(
    DeliveryStreamName="events-sparse",
    DeliveryStreamType="DirectPut",
    ExtendedS3DestinationConfiguration={"RoleARN": role, "BucketARN": "arn:aws:s3:::clinic-firehose"},
)

with open(ids_file, "w") as f:
    json.dump(ids, f)
