"""moto in server mode, in this one process, on two ports of 127.0.0.1 that share its state.

argv[1]: the port phiguard talks to, through a thin WSGI layer in front of moto (below);
argv[2]: the port the boto3 set-up scripts talk to, plain moto;
argv[3]: S3 sub-resources (`encryption`, `policy`) whose GET answers AccessDenied, as AWS
does when IAM refuses the call (comma-separated; fault tests);
argv[4]: recorded Cloud Control answers (a JSON file: type name -> list of {Identifier,
Properties}, or an AWS error code for the whole type).

The layer, in front of phiguard only:
- moto 5.2.6 routes AWS CloudTrail requests only by the long X-Amz-Target prefix boto3 sends
  (`com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails`); the AWS SDK for
  Rust sends the short form of the current service model (`CloudTrail_20131101.DescribeTrails`),
  which AWS accepts and moto answers with an empty 404. The layer adds the prefix.
- moto does not emulate the AWS Cloud Control API at all. The layer answers it from the
  recordings, and without recordings as an account holding none of those types.
- Faults, from two environment variables: PROXY_DISABLED_REGIONS (comma-separated) answers
  every request signed for those regions as AWS answers in an opt-in region the account has
  not enabled (InvalidClientTokenId), and PROXY_THROTTLE ("Operation=N,...", the X-Amz-Target
  operation or the query Action) answers the first N calls of an operation with AWS's
  throttling error, then lets the rest through (N = "always": every call).

Everything else reaches moto unchanged. One process instead of moto behind an HTTP proxy:
every call is parsed once, by one interpreter, which halves the live tests' time."""
import io
import json
import logging
import os
import re
import sys
import threading
import urllib.parse

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server

FRONT, DIRECT = int(sys.argv[1]), int(sys.argv[2])
DENY = set(sys.argv[3].split(",")) if len(sys.argv) > 3 and sys.argv[3] else set()
RECORDED = {}
if len(sys.argv) > 4 and sys.argv[4]:
    with open(sys.argv[4]) as f:
        RECORDED = json.load(f)
DISABLED = {r for r in os.environ.get("PROXY_DISABLED_REGIONS", "").split(",") if r}
THROTTLE = dict(p.split("=", 1) for p in os.environ.get("PROXY_THROTTLE", "").split(",") if "=" in p)
THROTTLED = {}
LOCK = threading.Lock()
SHORT, LONG = "CloudTrail_20131101.", "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101."
REASONS = {200: "OK", 400: "Bad Request", 403: "Forbidden"}

moto = DomainDispatcherApplication(create_backend_app)
logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request; errors still show


def answer(start_response, code, content_type, data):
    start_response(f"{code} {REASONS[code]}", [
        ("Content-Type", content_type), ("Content-Length", str(len(data)))])
    return [data]


def xml_error(start_response, code, error, message):
    return answer(start_response, code, "text/xml", (
        f"<ErrorResponse><Error><Type>Sender</Type><Code>{error}</Code>"
        f"<Message>{message}</Message></Error></ErrorResponse>").encode())


def front(environ, start_response):
    """The layer: faults and Cloud Control answered here, the rest passed to moto."""
    query = environ.get("QUERY_STRING", "")
    if environ["REQUEST_METHOD"] == "GET" and query.split("=")[0] in DENY:
        return answer(start_response, 403, "application/xml", (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
            b'<Message>Access Denied</Message></Error>'))
    n = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(n) if n else b""
    environ["wsgi.input"] = io.BytesIO(body)
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    scope = re.search(r"Credential=[^/]+/[0-9]+/([a-z0-9-]+)/", environ.get("HTTP_AUTHORIZATION", ""))
    if scope and scope.group(1) in DISABLED:
        return xml_error(start_response, 403, "InvalidClientTokenId",
                         "The security token included in the request is invalid.")
    operation = target.rsplit(".", 1)[-1] if target else ""
    if not operation and body:
        operation = urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("Action", [""])[0]
    if operation in THROTTLE:
        with LOCK:
            THROTTLED[operation] = THROTTLED.get(operation, 0) + 1
            throttled = THROTTLE[operation] == "always" or THROTTLED[operation] <= int(THROTTLE[operation])
        if throttled:
            if target:
                return answer(start_response, 400, "application/x-amz-json-1.0", json.dumps(
                    {"__type": "ThrottlingException", "message": "Rate exceeded"}).encode())
            return xml_error(start_response, 400, "Throttling", "Rate exceeded")
    if target.startswith("CloudApiService."):
        code, out = cloud_control(target.split(".", 1)[1], json.loads(body or b"{}"))
        return answer(start_response, code, "application/x-amz-json-1.0", json.dumps(out).encode())
    if target.startswith(SHORT):
        environ["HTTP_X_AMZ_TARGET"] = LONG + target[len(SHORT):]
    return moto(environ, start_response)


def cloud_control(operation, request):
    """A recorded Cloud Control answer (awsJson1_0, as AWS sends it): (status, body)."""
    kind = request.get("TypeName", "")
    recorded = RECORDED.get(kind, [])
    if isinstance(recorded, str):
        return 400, {"__type": recorded, "Message": f"{kind}: {recorded}"}
    if operation == "ListResources":
        return 200, {"TypeName": kind, "ResourceDescriptions": [
            {"Identifier": r["Identifier"], "Properties": json.dumps({"Identifier": r["Identifier"]})}
            for r in recorded]}
    if operation == "GetResource":
        for r in recorded:
            if r["Identifier"] == request.get("Identifier"):
                return 200, {"TypeName": kind, "ResourceDescription": {
                    "Identifier": r["Identifier"], "Properties": json.dumps(r["Properties"])}}
        return 400, {"__type": "ResourceNotFoundException", "Message": "not found"}
    return 400, {"__type": "UnsupportedActionException", "Message": operation}


def serve(port, app):
    make_server("127.0.0.1", port, app, threaded=True, request_handler=MotoRequestHandler).serve_forever()


threading.Thread(target=serve, args=(DIRECT, moto), daemon=True).start()
serve(FRONT, front)
