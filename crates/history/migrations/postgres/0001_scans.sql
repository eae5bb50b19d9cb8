-- Version 1: scans, their inputs, per-rule counts and every finding.
CREATE TABLE scans (
    id              BIGSERIAL PRIMARY KEY,
    scanned_at      TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    tool_version    TEXT        NOT NULL,
    ruleset_version TEXT        NOT NULL,
    rule_count      BIGINT      NOT NULL,
    inputs          BIGINT      NOT NULL,
    resources       BIGINT      NOT NULL,
    config          TEXT,
    skipped_rules   TEXT        NOT NULL,
    fail            BIGINT      NOT NULL,
    unknown         BIGINT      NOT NULL,
    pass            BIGINT      NOT NULL,
    not_applicable  BIGINT      NOT NULL,
    suppressed      BIGINT      NOT NULL
);

CREATE TABLE scan_inputs (
    scan_id   BIGINT NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    path      TEXT   NOT NULL,
    kind      TEXT   NOT NULL,
    sha256    TEXT   NOT NULL,
    resources BIGINT NOT NULL
);
CREATE INDEX scan_inputs_scan ON scan_inputs (scan_id);

-- One row per rule that ran: its metadata as of this scan and its counts, so the trend
-- reads a few rows per scan instead of every finding.
CREATE TABLE rule_results (
    scan_id        BIGINT NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    rule_id        TEXT   NOT NULL,
    title          TEXT   NOT NULL,
    severity       TEXT   NOT NULL,
    section        TEXT   NOT NULL,
    cfr            TEXT   NOT NULL, -- citations, one a line
    fail           BIGINT NOT NULL,
    unknown        BIGINT NOT NULL,
    pass           BIGINT NOT NULL,
    not_applicable BIGINT NOT NULL,
    suppressed     BIGINT NOT NULL,
    PRIMARY KEY (scan_id, rule_id)
);

CREATE TABLE findings (
    scan_id       BIGINT NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    rule_id       TEXT   NOT NULL,
    verdict       TEXT   NOT NULL,
    resource      TEXT   NOT NULL,
    resource_type TEXT   NOT NULL,
    location      TEXT   NOT NULL,
    attribute     TEXT,
    message       TEXT   NOT NULL,
    suppressed    TEXT, -- the reason, when suppressed
    fingerprint   TEXT   NOT NULL
);
CREATE INDEX findings_scan_fingerprint ON findings (scan_id, fingerprint);
