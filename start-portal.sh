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
  PORTAIL_LAUNCHER_JVM_OPTS  options of the launcher's JVM, also the place for -Dportail.* overrides
                             (e.g. -Dportail.data=/tmp/portail-data -Dportail.port.gateway=9080)
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
# warm-up suit a 2-core machine that also runs six Spring Boot services.
read -r -a launcher_opts <<< "${PORTAIL_LAUNCHER_JVM_OPTS:--Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_cmd" "${launcher_opts[@]}" -jar "$launcher_jar"
