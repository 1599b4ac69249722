# Shared by the deploy/local scripts: where things live, finding a JDK, starting and stopping parts.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${CONVENE_DATA:-$ROOT/.data}"
LOGS="$DATA/logs"
RUN="$DATA/run"
KEYCLOAK_VERSION=26.7.3
KAFKA_VERSION=4.3.1
mkdir -p "$LOGS" "$RUN"

say() { printf '\033[1m[convene]\033[0m %s\n' "$*"; }
die() { printf '[convene] error: %s\n' "$*" >&2; exit 1; }

# The major version of the JDK at $1 (a JAVA_HOME), or nothing.
jdk_major() {
  [ -x "$1/bin/java" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

# Prints a JAVA_HOME with a JDK of at least version $1: JAVA_HOME, then the java on the PATH,
# then the JDKs installed under /usr/lib/jvm and /opt/java.
find_jdk() {
  local min=$1 candidate major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /opt/java/*; do candidates+=("$candidate"); done
  for candidate in "${candidates[@]}"; do
    major=$(jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

pid_of() { cat "$RUN/$1.pid" 2>/dev/null; }

is_running() {
  local pid
  pid=$(pid_of "$1") || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# start_part NAME COMMAND...: runs COMMAND in the background, its output in $LOGS/NAME.log.
start_part() {
  local name=$1; shift
  : > "$LOGS/$name.log"
  setsid "$@" >> "$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
}

# wait_until NAME SECONDS COMMAND...: waits for COMMAND to succeed while the part keeps running.
wait_until() {
  local name=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ! is_running "$name"; then
      tail -n 40 "$LOGS/$name.log" >&2
      die "$name stopped while starting; its log is $LOGS/$name.log"
    fi
    if [ $SECONDS -ge $deadline ]; then
      tail -n 40 "$LOGS/$name.log" >&2
      die "$name was not ready within ${seconds}s; its log is $LOGS/$name.log"
    fi
    sleep 0.5
  done
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_part() {
  local name=$1 pid
  pid=$(pid_of "$name") || return 0
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    say "stopping $name"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/$name.pid"
}

# Copies a Maven artifact from the local repository (fetching it once) into a folder.
maven_copy() {
  local artifact=$1 dest=$2
  "$ROOT/mvnw" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="$artifact" -DoutputDirectory="$dest" -Dmdep.useBaseVersion=true
}

SERVICES=(communities engagement synthesis)
SERVICE_PORTS=(8081 8082 8083)
GATEWAY_PORT=8080
# deploy/local/start --instances 2 runs a second instance of each service and of the gateway, named
# <part>-2: the services 10 ports up (8091, 8092, 8093), the gateway one down (8079).
MAX_INSTANCES=2

# instance_name PART N: the part's Nth instance ("communities", "communities-2").
instance_name() { if [ "$2" = 1 ]; then echo "$1"; else echo "$1-$2"; fi; }
# service_port INDEX N: where the Nth instance of ${SERVICES[INDEX]} listens.
service_port() { echo $((SERVICE_PORTS[$1] + 10 * ($2 - 1))); }
# gateway_port N: where the Nth gateway listens.
gateway_port() { echo $((GATEWAY_PORT - ($1 - 1))); }
