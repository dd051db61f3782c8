#!/usr/bin/env bash
# Bench (3): builds the release server, then runs benches/outbound.rs, which queues a launch's
# invitations (HOMEVISIT_BENCH_TEXTS, default 20000) and lets `homevisit serve` (core 0) drain
# them into the fake provider (core 1). HOMEVISIT_BENCH_DATABASE=postgres for PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin homevisit
exec cargo bench --bench outbound
