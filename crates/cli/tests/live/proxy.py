"""A pass-through proxy in front of moto (argv[1]: moto's URL; it listens on argv[2]).

moto 5.2.6 routes AWS CloudTrail requests only by the long X-Amz-Target prefix boto3 sends
(`com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails`); the AWS SDK for
Rust sends the short form of the current service model (`CloudTrail_20131101.DescribeTrails`),
which AWS accepts and moto answers with an empty 404. The proxy adds the prefix.

moto does not emulate the AWS Cloud Control API at all. The proxy answers it from recorded
responses (argv[4], a JSON file: type name -> list of {Identifier, Properties}, or an AWS
error code for the whole type), and without recordings as an account holding none of those
types.

For fault tests, two environment variables: PROXY_DISABLED_REGIONS (comma-separated) answers
every request signed for those regions as AWS answers in an opt-in region the account has
not enabled (InvalidClientTokenId), and PROXY_THROTTLE ("Operation=N,...", the X-Amz-Target
operation or the query Action) answers the first N calls of an operation with AWS's
throttling error, then lets the rest through (N = "always": every call).

Every other request and every response passes through unchanged."""
import http.server
import json
import os
import re
import threading
import urllib.parse
import sys
import urllib.error
import urllib.request

UPSTREAM, PORT = sys.argv[1], int(sys.argv[2])
# Refused S3 reads, for fault tests: the sub-resources (`encryption`, `policy`) whose GET
# answers AccessDenied as AWS does when IAM refuses the call.
DENY = set(sys.argv[3].split(",")) if len(sys.argv) > 3 and sys.argv[3] else set()
DENIED = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
          b'<Message>Access Denied</Message></Error>')
RECORDED = {}
if len(sys.argv) > 4 and sys.argv[4]:
    with open(sys.argv[4]) as f:
        RECORDED = json.load(f)
DISABLED = {r for r in os.environ.get("PROXY_DISABLED_REGIONS", "").split(",") if r}
THROTTLE = dict(p.split("=", 1) for p in os.environ.get("PROXY_THROTTLE", "").split(",") if "=" in p)
THROTTLED = {}
LOCK = threading.Lock()
SHORT, LONG = "CloudTrail_20131101.", "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101."


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def forward(self):
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        if self.command == "GET" and query.split("=")[0] in DENY:
            self.send_response(403)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(DENIED)))
            self.end_headers()
            self.wfile.write(DENIED)
            return
        n = int(self.headers.get("content-length", 0))
        body = self.rfile.read(n) if n else None
        target = self.headers.get("x-amz-target") or ""
        auth = self.headers.get("authorization") or ""
        scope = re.search(r"Credential=[^/]+/[0-9]+/([a-z0-9-]+)/", auth)
        if scope and scope.group(1) in DISABLED:
            return self.error(403, "text/xml", (
                '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code>'
                '<Message>The security token included in the request is invalid.</Message>'
                '</Error></ErrorResponse>').encode())
        operation = target.rsplit(".", 1)[-1] if target else ""
        if not operation and body:
            operation = urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("Action", [""])[0]
        if operation in THROTTLE:
            with LOCK:
                THROTTLED[operation] = THROTTLED.get(operation, 0) + 1
                throttled = THROTTLE[operation] == "always" or THROTTLED[operation] <= int(THROTTLE[operation])
            if throttled:
                if target:
                    return self.error(400, "application/x-amz-json-1.0", json.dumps(
                        {"__type": "ThrottlingException", "message": "Rate exceeded"}).encode())
                return self.error(400, "text/xml", (
                    '<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code>'
                    '<Message>Rate exceeded</Message></Error></ErrorResponse>').encode())
        if target.startswith("CloudApiService."):
            return self.cloud_control(target.split(".", 1)[1], json.loads(body or b"{}"))
        # The Host header stays as signed (SigV4 covers it; moto checks it under IAM).
        headers = dict(self.headers.items())
        target = headers.get("x-amz-target") or headers.get("X-Amz-Target")
        if target and target.startswith(SHORT):
            headers["X-Amz-Target"] = LONG + target[len(SHORT):]
            headers.pop("x-amz-target", None)
        req = urllib.request.Request(UPSTREAM + self.path, data=body, method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(req) as r:
                code, data, out = r.status, r.read(), r.headers
        except urllib.error.HTTPError as e:
            code, data, out = e.code, e.read(), e.headers
        self.send_response(code)
        for k, v in out.items():
            if k.lower() not in ("transfer-encoding", "connection", "content-length", "server", "date"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def error(self, code, content_type, data):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def cloud_control(self, operation, request):
        """A recorded Cloud Control answer (awsJson1_0, as AWS sends it)."""
        kind = request.get("TypeName", "")
        recorded = RECORDED.get(kind, [])
        code = 200
        if isinstance(recorded, str):
            code, out = 400, {"__type": recorded, "Message": f"{kind}: {recorded}"}
        elif operation == "ListResources":
            out = {"TypeName": kind, "ResourceDescriptions": [
                {"Identifier": r["Identifier"], "Properties": json.dumps({"Identifier": r["Identifier"]})}
                for r in recorded]}
        elif operation == "GetResource":
            found = [r for r in recorded if r["Identifier"] == request.get("Identifier")]
            if found:
                r = found[0]
                out = {"TypeName": kind, "ResourceDescription": {
                    "Identifier": r["Identifier"], "Properties": json.dumps(r["Properties"])}}
            else:
                code, out = 400, {"__type": "ResourceNotFoundException", "Message": "not found"}
        else:
            code, out = 400, {"__type": "UnsupportedActionException", "Message": operation}
        data = json.dumps(out).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/x-amz-json-1.0")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = forward

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Proxy).serve_forever()
