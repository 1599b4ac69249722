# Shared by the bench commands that load the running platform: starts the local stack if it is
# not up (and stops what it started on exit), builds the load tools, and runs them.
# shellcheck shell=bash
source "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"

JAVA_HOME=$(find_jdk 17) || die "needs a JDK 17 or newer (set JAVA_HOME)"
export JAVA_HOME
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"
STARTED_HERE=()

# Clean-up steps, run newest first when the command ends, however it ends.
EXIT_HOOKS=()
at_exit() { EXIT_HOOKS=("$1" "${EXIT_HOOKS[@]}"); }
run_exit_hooks() {
  local status=$? hook
  for hook in "${EXIT_HOOKS[@]}"; do "$hook" || true; done
  exit $status
}
trap run_exit_hooks EXIT

# ensure_stack [INSTANCES]: starts the whole local stack unless the gateway already answers, with
# INSTANCES (1, or 2 for a second instance of each service and gateway); stops what it started on
# exit. A running stack with fewer instances gets the missing ones, from the last build.
STACK_INSTANCES=1
INSTANCES_BEFORE=1
ensure_stack() {
  STACK_INSTANCES=${1:-1}
  local part parts=(gateway synthesis engagement communities keycloak kafka)
  [ "$STACK_INSTANCES" = 1 ] || parts=(gateway-2 gateway synthesis-2 synthesis engagement-2 engagement
                                       communities-2 communities keycloak kafka)
  is_running gateway-2 && INSTANCES_BEFORE=2
  local missing=()
  if http_ok http://127.0.0.1:8080/q/health/ready; then
    for part in "${parts[@]}"; do [[ $part != *-2 ]] || is_running "$part" || missing+=("$part"); done
    if [ ${#missing[@]} -eq 0 ]; then
      say "using the running local stack"
      return
    fi
    STARTED_HERE+=("${missing[@]}")
    at_exit stop_started
    say "the local stack runs; starting its second instances (${missing[*]}) from the last build"
    "$ROOT/deploy/local/start" --no-build --instances "$STACK_INSTANCES"
    return
  fi
  for part in "${parts[@]}"; do is_running "$part" || STARTED_HERE+=("$part"); done
  [ -f "$RUN/postgres.cluster" ] || STARTED_HERE+=(postgres)
  at_exit stop_started
  "$ROOT/deploy/local/start" --instances "$STACK_INSTANCES"
}

stop_started() {
  [ ${#STARTED_HERE[@]} -eq 0 ] || "$ROOT/deploy/local/stop" "${STARTED_HERE[@]}"
}

# The load tools (bench/load), built once.
ensure_load_tools() {
  if [ ! -d "$ROOT/bench/load/target/lib" ] || [ ! -d "$ROOT/bench/load/target/classes" ]; then
    say "building the load tools"
    (cd "$ROOT" && ./mvnw -q -B -pl bench/load -am -DskipTests package) || die "the load tools did not build"
  fi
}

# "${LOAD_TOOL[@]}" CLASS ARGS...: runs one of the load tools (org.convene.bench.CLASS).
LOAD_TOOL=("$JAVA_HOME/bin/java" -Xms256m -Xmx2g -cp "$ROOT/bench/load/target/classes:$ROOT/bench/load/target/lib/*")
load_tool() {
  local class=$1; shift
  "${LOAD_TOOL[@]}" "org.convene.bench.$class" "$@"
}

# Restarts the gateway and the engagement service (each instance that ensure_stack asked for) with
# their per-person and per-address request limits lifted (a handful of demo users cannot otherwise
# send thousands a second), and again with the normal limits when the command ends.
lift_request_limits() {
  "$ROOT/deploy/local/stop" gateway-2 gateway engagement-2 engagement
  say "starting the gateway and engagement without request limits"
  export CONVENE_LIMIT_PER_USER=100000000 CONVENE_LIMIT_PER_ADDRESS=100000000 CONVENE_LIMITS_FEEDBACK_PER_MINUTE=100000000
  "$ROOT/deploy/local/start" --no-build --instances "$STACK_INSTANCES" >/dev/null
  at_exit restore_request_limits
}
restore_request_limits() {
  unset CONVENE_LIMIT_PER_USER CONVENE_LIMIT_PER_ADDRESS CONVENE_LIMITS_FEEDBACK_PER_MINUTE
  say "restarting the gateway and engagement with their normal limits"
  "$ROOT/deploy/local/stop" gateway-2 gateway engagement-2 engagement
  # As many instances as ran before this command; second instances it started are stopped next.
  "$ROOT/deploy/local/start" --no-build --instances "$INSTANCES_BEFORE" >/dev/null
}

# Baseline servers this run started (stop_baselines is registered with at_exit by their command).
BASELINE_PIDS=()
stop_baselines() {
  local pid
  for pid in "${BASELINE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  BASELINE_PIDS=()
}
