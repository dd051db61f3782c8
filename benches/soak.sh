#!/usr/bin/env bash
# The soak: builds the release server, then runs benches/soak.rs (30 minutes of mixed traffic
# by default; HOMEVISIT_BENCH_SOAK_SECONDS, HOMEVISIT_BENCH_SOAK_RATE,
# HOMEVISIT_BENCH_DATABASE=postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin homevisit
exec cargo bench --bench soak
