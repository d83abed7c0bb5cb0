#!/bin/bash
# Container healthcheck for the Portail Familles services.
# The eclipse-temurin JRE images do not reliably ship curl or wget, so this speaks HTTP/1.0
# over bash's /dev/tcp. Healthy = the readiness group answers 200 (Spring answers 503 while
# the application is starting, refusing traffic, or a readiness contributor is down).
#
#   healthcheck                               -> GET /actuator/health/readiness on $SERVER_PORT
#   healthcheck /actuator/health/liveness     -> another path
set -u
port="${SERVER_PORT:-8080}"
path="${1:-/actuator/health/readiness}"

exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS= read -r -t 5 status_line <&3 || exit 1
exec 3<&-
case "${status_line}" in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) echo "unhealthy: ${status_line}" >&2; exit 1 ;;
esac
