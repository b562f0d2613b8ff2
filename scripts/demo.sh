#!/usr/bin/env bash
# README command 1: installs dependencies, builds, starts tributary-sandbox (fake vendor APIs on
# loopback), and runs the demo `sales-metrics` pipeline into an embedded SQLite store — twice, to
# show the second run changes nothing — then prints the goals.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh

mkdir -p var
export TRIBUTARY_DB="${TRIBUTARY_DB:-$PWD/var/demo.db}"
export JUSTCALL_API_KEY=demo-key JUSTCALL_API_SECRET=demo-secret COPPER_API_KEY=demo-copper-key \
  FISHBOWL_PASSWORD=demo-pass HUBSPOT_ACCESS_TOKEN=demo-hubspot-token \
  SALESFORCE_CLIENT_SECRET=demo-sf-secret SALESFORCE_REFRESH_TOKEN=demo-sf-refresh
port_file=$(mktemp)
build/bin/tributary-sandbox --port 0 --port-file "$port_file" --seed 42 --users 5 \
  --justcall-key "$JUSTCALL_API_KEY" --justcall-secret "$JUSTCALL_API_SECRET" \
  --copper-key "$COPPER_API_KEY" >var/sandbox.log 2>&1 &
sandbox_pid=$!
trap 'kill $sandbox_pid 2>/dev/null || true; rm -f "$port_file"' EXIT
for _ in $(seq 100); do [[ -s $port_file ]] && break; sleep 0.1; done
[[ -s $port_file ]] || { echo "demo: the sandbox did not start; see var/sandbox.log" >&2; exit 1; }
export SANDBOX_PORT=$(cat "$port_file")
echo "== sandbox on 127.0.0.1:$SANDBOX_PORT, store $TRIBUTARY_DB"

echo "== tributary plugins list"
build/bin/tributary plugins list
echo "== tributary validate"
build/bin/tributary validate
echo "== tributary run sales-metrics (first run)"
status=0
build/bin/tributary run sales-metrics || status=$?
echo "== tributary run sales-metrics (second run: nothing should change)"
build/bin/tributary run sales-metrics || status=$?
# Fishbowl installs without API access send a CSV export instead; the sandbox exports the same
# orders so the CSV mode can be tried on identical data (see docs/connectors/fishbowl.md).
curl -fsS -X POST "http://127.0.0.1:$SANDBOX_PORT/_sandbox/fishbowl/export-csv?format=sales_order" \
  -o var/fishbowl-orders.csv && echo "== Fishbowl CSV export of the same orders: var/fishbowl-orders.csv"
echo "== tributary run crm-contacts (HubSpot and Salesforce contacts into the leads table)"
build/bin/tributary run crm-contacts || status=$?
echo "== tributary leads (first 15)"
build/bin/tributary leads >var/leads.txt || status=$?
head -n 16 var/leads.txt
echo "== tributary goals"
build/bin/tributary goals
echo "== tributary report (this month, by rep)"
build/bin/tributary report --from "$(date +%Y-%m-01)" --to "$(date +%Y-%m-%d)" --by user
exit $status
