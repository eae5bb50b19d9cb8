"""A pass-through proxy in front of moto (argv[1]: moto's URL; it listens on argv[2]).

moto 5.2.6 routes AWS CloudTrail requests only by the long X-Amz-Target prefix boto3 sends
(`com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails`); the AWS SDK for
Rust sends the short form of the current service model (`CloudTrail_20131101.DescribeTrails`),
which AWS accepts and moto answers with an empty 404. The proxy adds the prefix; every
other request and every response passes through unchanged."""
import http.server
import sys
import urllib.error
import urllib.request

UPSTREAM, PORT = sys.argv[1], int(sys.argv[2])
# Refused S3 reads, for fault tests: the sub-resources (`encryption`, `policy`) whose GET
# answers AccessDenied as AWS does when IAM refuses the call.
DENY = set(sys.argv[3].split(",")) if len(sys.argv) > 3 and sys.argv[3] else set()
DENIED = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
          b'<Message>Access Denied</Message></Error>')
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

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = forward

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Proxy).serve_forever()
