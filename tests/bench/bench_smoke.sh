#!/usr/bin/env bash
# Runs discue-keys-bench's load, filter, sort, bulk-disable and startup scenarios against a small
# emulator and checks the figures against what curl and jq see on the same server.
set -euo pipefail
emulator=$1
bench=$2
console=$3
count=2000

DISCUE_API_KEY=$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9_-' | head -c 64)
export DISCUE_API_KEY
out=$(mktemp -d)
trap 'kill $pid 2>/dev/null; rm -rf "$out"' EXIT
"$emulator" --port 0 --seed "$count" --admin-key "$DISCUE_API_KEY" --lockout off \
    >"$out/stdout" 2>"$out/stderr" &
pid=$!
for _ in $(seq 100); do [[ -s $out/stdout ]] && break; sleep 0.1; done
url=$(head -1 "$out/stdout")
[[ $url == http://127.0.0.1:*/v1 ]] || { echo "emulator did not print its URL: $url"; exit 1; }

listed() { curl -sf -H "X-API-KEY: $DISCUE_API_KEY" -H 'Accept: application/json' "$url/api_keys" | jq "$1"; }
expected=$(listed '.api_keys | length')
field() { jq -r ".$1" <<<"$2"; }

load=$("$bench" --base-url "$url" --scenario load --json | tail -1)
echo "load: $load"
[[ $(field keys "$load") == "$expected" ]] || { echo "load saw $(field keys "$load") keys, curl saw $expected"; exit 1; }
[[ $(field load_ms "$load") -gt 0 ]] || { echo "load_ms not measured"; exit 1; }

filter=$("$bench" --base-url "$url" --scenario filter --json | tail -1)
echo "filter: $filter"
[[ $(field matches "$filter") -ge 1 ]] || { echo "the typed search matched nothing"; exit 1; }

sorted=$("$bench" --base-url "$url" --scenario sort --json | tail -1)
echo "sort: $sorted"
[[ $(field keys "$sorted") == "$expected" ]] || { echo "sort saw $(field keys "$sorted") keys"; exit 1; }
[[ $(jq '.clicks | length' <<<"$sorted") == 9 ]] || { echo "sort did not click every column"; exit 1; }

before=$(listed '[.api_keys[] | select(.status == "disabled")] | length')
bulk=$("$bench" --base-url "$url" --scenario bulk-disable --count 100 --json | tail -1)
echo "bulk-disable: $bulk"
[[ $(field failed "$bulk") == 0 ]] || { echo "bulk-disable reported failures"; exit 1; }
# The keys the bench changes: the first 100 in the server's order, never its own.
first=$(listed '[[.api_keys[] | select(.key as $p | $ENV.DISCUE_API_KEY | startswith($p) | not)][:100][] | select(.status == "disabled")] | length')
[[ $first == 100 ]] || { echo "after bulk-disable $first of the first 100 keys are disabled (before: $before disabled in all)"; exit 1; }
startup=$("$bench" --base-url "$url" --scenario startup --console "$console" --json | tail -1) ||
    { echo "startup failed: $startup"; exit 1; }
echo "startup: $startup"
awk -v s="$(field startup_ms "$startup")" -v b="$(field baseline_ms "$startup")" \
    -v r="$(field ratio "$startup")" -v lo="$(field ratio_min "$startup")" \
    -v hi="$(field ratio_max "$startup")" \
    'BEGIN { exit !(s > 0 && b > 0 && lo > 0 && lo <= r && r <= hi) }' ||
    { echo "startup figures are not consistent"; exit 1; }
awk -v s="$(field first_startup_ms "$startup")" -v b="$(field first_baseline_ms "$startup")" \
    -v r="$(field first_ratio "$startup")" -v lo="$(field first_ratio_min "$startup")" \
    -v hi="$(field first_ratio_max "$startup")" \
    'BEGIN { exit !(s > 0 && b > 0 && lo > 0 && lo <= r && r <= hi) }' ||
    { echo "first-start figures are not consistent"; exit 1; }
echo "bench smoke: 5 scenarios checked, 3 against curl/jq on $expected keys"
