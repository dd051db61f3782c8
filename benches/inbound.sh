#!/usr/bin/env bash
# Bench (1)+(5): builds the release server, then runs benches/inbound.rs, which seeds a school on
# SQLite, starts `homevisit serve` pinned to core 0 and its own load generator pinned to core 1,
# then does the same against a bare axum handler. Knobs: HOMEVISIT_BENCH_SECONDS (10),
# HOMEVISIT_BENCH_CONNECTIONS (32), HOMEVISIT_BENCH_BODIES (40000 per run),
# HOMEVISIT_BENCH_INBOUND_FAMILIES (500).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin homevisit
exec cargo bench --bench inbound
