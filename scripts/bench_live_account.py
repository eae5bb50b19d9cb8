"""Fills moto (argv[1]: its URL) with N resources (argv[2], default 10,000) across services
for the live-scan benchmark (scripts/bench.sh with LIVE=1): S3 buckets, SQS queues, SNS
topics, DynamoDB tables, CloudWatch Logs groups and KMS keys, half of each configured well."""
import sys
from concurrent.futures import ThreadPoolExecutor

import boto3

url, total = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000
kw = dict(endpoint_url=url, region_name="us-east-1")
share = {"s3": 0.2, "sqs": 0.2, "sns": 0.2, "dynamodb": 0.15, "logs": 0.15, "kms": 0.1}
clients = {s: boto3.client(s, **kw) for s in share}


def make(service, i):
    c, good = clients[service], i % 2 == 0
    if service == "s3":
        c.create_bucket(Bucket=f"bench-{i:05d}")
        if good:
            c.put_bucket_versioning(Bucket=f"bench-{i:05d}", VersioningConfiguration={"Status": "Enabled"})
    elif service == "sqs":
        attrs = {"KmsMasterKeyId": "alias/aws/sqs"} if good else {}
        c.create_queue(QueueName=f"bench-{i:05d}", Attributes=attrs)
    elif service == "sns":
        attrs = {"KmsMasterKeyId": "alias/aws/sns"} if good else {}
        c.create_topic(Name=f"bench-{i:05d}", Attributes=attrs)
    elif service == "dynamodb":
        c.create_table(
            TableName=f"bench-{i:05d}",
            KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
    elif service == "logs":
        c.create_log_group(logGroupName=f"/bench/{i:05d}")
        if good:
            c.put_retention_policy(logGroupName=f"/bench/{i:05d}", retentionInDays=365)
    elif service == "kms":
        key = c.create_key(Description=f"bench {i}")["KeyMetadata"]["KeyId"]
        if good:
            c.enable_key_rotation(KeyId=key)


jobs = []
for service, part in share.items():
    jobs += [(service, i) for i in range(int(total * part))]
with ThreadPoolExecutor(8) as pool:
    list(pool.map(lambda j: make(*j), jobs))
print(len(jobs))
