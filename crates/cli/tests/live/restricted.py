"""A PHI bucket whose encryption configuration moto's front (server.py) refuses, in the fault test, to read."""
import sys

import boto3

s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1")
s3.create_bucket(Bucket="restricted-scans")
s3.put_bucket_tagging(Bucket="restricted-scans", Tagging={"TagSet": [{"Key": "phi", "Value": "true"}]})
