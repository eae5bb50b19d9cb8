#!/bin/sh
# RUSTC_WORKSPACE_WRAPPER for scripts/test.sh: compiles the workspace's own crates with
# clippy-driver (rustc plus clippy's lints, as `cargo clippy` runs it), warnings denied, so the
# test build lints the code without a second, check-only build of every dependency.
exec clippy-driver "$@" -D warnings
