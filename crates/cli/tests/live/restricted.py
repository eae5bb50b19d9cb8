"""For the refused-calls test, where moto's front (server.py) refuses to read S3 encryption
configurations and tags: a PHI bucket, an untagged bucket, a PHI queue (whose tags are
read, so PHI is marked by tags in this account) and a queue without PHI."""
import sys

import boto3

s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1")
s3.create_bucket(Bucket="restricted-scans")
s3.put_bucket_tagging(Bucket="restricted-scans", Tagging={"TagSet": [{"Key": "phi", "Value": "true"}]})
s3.create_bucket(Bucket="unlabelled-uploads")
sqs = boto3.client("sqs", endpoint_url=sys.argv[1], region_name="us-east-1")
sqs.create_queue(QueueName="intake", tags={"phi": "true"})
sqs.create_queue(QueueName="scratch")
