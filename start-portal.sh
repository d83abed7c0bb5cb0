#!/usr/bin/env bash
# Builds the portal (unless --no-build) and starts all of it on this machine, without Docker:
# Kafka, MongoDB and a mail catcher inside the launcher's JVM, then each service as its own process.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'USAGE'
Usage: ./start-portal.sh [--no-build]

  --no-build   start from the jars already in */target (skips ./mvnw package)

Environment:
  PORTAIL_LAUNCHER_JVM_OPTS  options of the launcher's JVM, added after its defaults (so they win; a
                             collector named here replaces SerialGC and its -Xmn); also the place for
                             -Dportail.* overrides (e.g. -Dportail.data=/tmp/portail-data)
  PORTAIL_SERVICE_JVM_OPTS   options of every service's JVM
USAGE
}

build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

if "$build"; then
  # Always packaging is simpler than comparing jar and source dates, and Maven skips what is up to date.
  echo "Building the launcher and the services (tests skipped)..."
  ./mvnw -q -B -DskipTests package \
    -pl launcher,identity-service,family-service,registration-service,reservation-service,billing-service,gateway,ops-dashboard -am
fi

launcher_jar=launcher/target/launcher-exec.jar
if [[ ! -f "$launcher_jar" ]]; then
  echo "$launcher_jar is missing: run ./start-portal.sh without --no-build first." >&2
  exit 1
fi

# The launcher holds Kafka, MongoDB and the mail catcher: small stacks, one GC thread and no C2
# warm-up suit a 2-core machine that also runs six Spring Boot services. The heap is bounded (without
# -Xmx SerialGC lets it grow to a quarter of the machine before collecting its old generation) and
# its young generation fixed (else ~100 MB until a first full collection: a pause every second under
# load). See docs/performance.md, round 14.
default_opts=(-Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx2g -Xmn512m)
serial_gc_opts=(-XX:+UseSerialGC -Xmn512m)
read -r -a given_opts <<< "${PORTAIL_LAUNCHER_JVM_OPTS:-}"
launcher_opts=()
for opt in "${default_opts[@]}"; do
  # the JVM refuses two collectors: one given replaces SerialGC and its young generation's size
  if [[ " ${serial_gc_opts[*]} " == *" $opt "* && " ${given_opts[*]} " =~ \ -XX:\+Use[A-Za-z0-9]+GC\  ]]; then
    continue
  fi
  launcher_opts+=("$opt")
done
launcher_opts+=("${given_opts[@]}")
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_cmd" "${launcher_opts[@]}" -jar "$launcher_jar"
