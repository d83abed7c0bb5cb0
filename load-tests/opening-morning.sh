#!/usr/bin/env bash
# Plays opening morning against the portal started by ./start-portal.sh (see docs/performance.md).
#   load-tests/opening-morning.sh 2500            # 2,500 families arriving within 60 s
#   load-tests/opening-morning.sh 1000 -Dbench.rampSeconds=30 -Dbench.portalUrl=http://localhost:8080
# Results: load-tests/target/opening-morning/<run>/results.md, results.tsv (one line per run), and the
# Gatling HTML report in load-tests/target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
families="${1:-500}"
shift || true
# the benchmark reuses the end-to-end tests' login and mailbox helpers: build them (tests skipped)
./mvnw -q -B -DskipTests install -pl load-tests -am
./mvnw -B -pl load-tests gatling:test -Dbench.families="$families" "$@"
