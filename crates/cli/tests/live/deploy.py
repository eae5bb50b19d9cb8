"""Deploys a CloudFormation template (argv[2]) into moto as stack "parity"; fails unless
every resource was created."""
import sys

import boto3

endpoint, path = sys.argv[1], sys.argv[2]
cf = boto3.client("cloudformation", endpoint_url=endpoint, region_name="us-east-1")
cf.create_stack(StackName="parity", TemplateBody=open(path).read())
stack = cf.describe_stacks(StackName="parity")["Stacks"][0]
assert stack["StackStatus"] == "CREATE_COMPLETE", stack
for r in cf.describe_stack_resources(StackName="parity")["StackResources"]:
    assert r["ResourceStatus"] == "CREATE_COMPLETE", r
