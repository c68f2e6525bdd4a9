#!/usr/bin/env bash
# The newcomer's entry point:
#   ./platform.sh up     install what is missing, build, run the whole platform under the Aspire app host
#                        with its dashboard on http://localhost:18888 (Ctrl+C stops it)
#   ./platform.sh test   install what is missing, build, run every test project, print the totals
#   ./platform.sh bench  install what is missing (also nginx), build, run the benchmark, print its table
#                        (--smoke: a few seconds, only to prove the harness works)
#   ./platform.sh chaos  install what is missing, build, run the fault run: the flow driven through the gateway
#                        while RabbitMQ, PostgreSQL, each service and the gateway are SIGKILLed and restarted in
#                        turn, then the ledger; exits non-zero on anything lost or applied twice
#                        (--short: two faults, as the test suite runs it)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CONFIGURATION=Release
RESULTS="$ROOT/TestResults/platform"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

postgres_installed() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }
rabbitmq_installed() { [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; }
# The quality service prints its annual report to PDF with the system Chromium.
chromium_installed() { [ -x /usr/bin/chromium ]; }

install_prerequisites() {
  if postgres_installed && rabbitmq_installed && chromium_installed; then
    return
  fi
  log "Installing PostgreSQL, RabbitMQ and Chromium from Debian's packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql rabbitmq-server chromium
  # apt may have started Debian's own instances; ours run on their own ports and data folders.
  as_root service postgresql stop >/dev/null 2>&1 || true
  as_root service rabbitmq-server stop >/dev/null 2>&1 || true
}

install_nginx() {
  [ -x /usr/sbin/nginx ] && return
  log "Installing nginx from Debian's packages (the benchmark's reference proxy)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx
  as_root service nginx stop >/dev/null 2>&1 || true
}

build() {
  log "Building Platform.sln ($CONFIGURATION)"
  dotnet build "$ROOT/Platform.sln" -c "$CONFIGURATION" -nologo
}

# The Aspire dashboard on fixed local ports, over plain http: this machine has no development certificate.
dashboard_environment() {
  export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
  export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:18888}"
  export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://localhost:18889}"
  export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="${ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL:-http://localhost:18890}"
  export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://localhost:18891}"
  export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
  export DOTNET_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true
}

up() {
  install_prerequisites
  build
  cd "$ROOT"
  dashboard_environment
  # The built app host, not `dotnet run`: one SDK process less. Ctrl+C and SIGTERM reach it directly.
  exec dotnet "$ROOT/Aspire.AppHost/bin/$CONFIGURATION/net10.0/Aspire.AppHost.dll" "$@"
}

bench() {
  install_prerequisites
  install_nginx
  build
  cd "$ROOT"
  dotnet "$ROOT/bench/Platform.Bench/bin/$CONFIGURATION/net10.0/Platform.Bench.dll" "$@"
}

chaos() {
  install_prerequisites
  build
  cd "$ROOT"
  dotnet "$ROOT/bench/Platform.Bench/bin/$CONFIGURATION/net10.0/Platform.Bench.dll" chaos "$@"
}

# Every project under tests/ but the support libraries, which say <IsTestProject>false</IsTestProject>
# (Platform.Testing): they hold no tests, and dotnet test would write no results for them.
test_projects() {
  local project
  find "$ROOT/tests" -name '*.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort | while IFS= read -r project; do
    grep -q '<IsTestProject>false</IsTestProject>' "$project" || echo "$project"
  done
}

# Totals over every TRX file; exits 1 when a test failed or none ran.
trx_summary() {
  python3 - "$1" <<'PY'
import pathlib, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for trx in pathlib.Path(sys.argv[1]).rglob("*.trx"):
    root = ET.parse(trx).getroot()
    counters = root.find("t:ResultSummary/t:Counters", ns)
    if counters is None:
        continue
    n = lambda name: int(counters.get(name, 0))
    passed += n("passed")
    failed += n("failed") + n("error") + n("timeout") + n("aborted")
    # A skipped xunit test is a NotExecuted result that the counters leave out (total > executed).
    not_executed = sum(1 for r in root.iterfind("t:Results/t:UnitTestResult", ns) if r.get("outcome") == "NotExecuted")
    skipped += max(n("notExecuted"), not_executed) + n("inconclusive")
line = f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
print(line)
sys.exit(1 if failed or passed + failed == 0 else 0)
PY
}

# One test project, its output kept in a log that is printed when it ends (projects may run side by side).
test_project() {
  local project="$1" name build_flag=()
  name="$(basename "$project" .csproj)"
  log "Testing $name"
  # The solution's projects were built above, and two builds side by side would fight over shared outputs;
  # a project outside the solution is built here instead of running stale.
  grep -qF "$name.csproj" "$ROOT/Platform.sln" && build_flag=(--no-build)
  if dotnet test "$project" -c "$CONFIGURATION" -nologo "${build_flag[@]}" \
      --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" \
      --blame-hang-timeout 10m --blame-hang-dump-type none >"$RESULTS/$name.log" 2>&1; then
    [ -f "$RESULTS/$name.trx" ] || echo "$name (no results)" >>"$RESULTS/failed-projects"
  else
    echo "$name" >>"$RESULTS/failed-projects"
  fi
  log "Finished $name"
  cat "$RESULTS/$name.log"
}

run_tests() {
  install_prerequisites
  rm -rf "$RESULTS"
  mkdir -p "$RESULTS"
  : >"$RESULTS/failed-projects"
  if ! build; then
    echo "Platform.sln (build)" >>"$RESULTS/failed-projects"
  fi

  # The end-to-end project, the longest, runs beside the others, which run one after another: most of
  # their time is spent waiting on the servers, so two streams finish in about the time of the longest.
  local project end_to_end=""
  while IFS= read -r project; do
    [ -n "$project" ] || continue
    case "$project" in
      */Platform.EndToEndTests.csproj) test_project "$project" & end_to_end=$! ;;
    esac
  done < <(test_projects)
  while IFS= read -r project; do
    [ -n "$project" ] || continue
    case "$project" in
      */Platform.EndToEndTests.csproj) ;;
      *) test_project "$project" ;;
    esac
  done < <(test_projects)
  [ -z "$end_to_end" ] || wait "$end_to_end"

  local summary status=0
  summary="$(trx_summary "$RESULTS")" || status=$?
  if [ -s "$RESULTS/failed-projects" ]; then
    printf 'Did not pass: %s\n' "$(sort -u "$RESULTS/failed-projects" | paste -sd, -)" >&2
    status=1
  fi
  echo "$summary"
  return "$status"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  test) run_tests ;;
  bench) shift; bench "$@" ;;
  chaos) shift; chaos "$@" ;;
  *) echo "usage: $0 up|test|bench|chaos" >&2; exit 2 ;;
esac
