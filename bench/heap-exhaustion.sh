#!/usr/bin/env bash
# Other clients while queries run out of heap: eight clients ask for two canned queries and a small SELECT in turn
# for SECONDS, alone, then again while a ninth client sends BOMBS queries whose value outgrows the heap (a
# GROUP_CONCAT over a cross product of the whole graph), one after another. Prints, for each phase, the eight
# clients' request count, the statuses other than 200, and their median, p99 and slowest times, then each bomb's
# status and time (503 expected). Runs against a server already started as README says, on PORT, after ten seconds
# of the eight clients alone as a warm-up.
# Usage (from the repository root): bench/heap-exhaustion.sh [port] [seconds] [bombs]
set -euo pipefail
port=${1:-3030}
seconds=${2:-30}
bombs=${3:-8}
base="http://localhost:$port"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bomb='SELECT (GROUP_CONCAT(?o) AS ?x) WHERE { ?a ?b ?o . ?c ?d ?e }'

clients() { # clients PHASE SECONDS: eight clients for SECONDS, one line per request: status time
  local end=$(( $(date +%s) + $2 ))
  for c in 1 2 3 4 5 6 7 8; do
    ( while [ "$(date +%s)" -lt "$end" ]; do
        case $((RANDOM % 3)) in
          0) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 \
               "$base/api/queries/lng-terminals?limit=$((RANDOM % 50 + 1))" ;;
          1) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 -H 'Accept: text/csv' \
               --data-urlencode "query=SELECT ?s WHERE { ?s a ?t } LIMIT $((RANDOM % 500 + 1))" "$base/yrdkg/sparql" ;;
          2) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 \
               "$base/api/queries/projects?offset=$((RANDOM % 100))" ;;
        esac
      done > "$work/$1-$c" ) &
  done
}

summary() { # summary PHASE
  local all="$work/$1.all"
  cat "$work/$1"-* > "$all"
  local others
  others=$(awk '$1 != 200 { print $1 }' "$all" | sort | uniq -c | awk '{ printf " %dx%s", $1, $2 }')
  sort -n -k2 "$all" | awk -v phase="$1" -v others="${others:- none}" '
    { t[NR] = $2 }
    END {
      printf "%-6s %6d requests, not 200:%s, median %.1f ms, p99 %.1f ms, slowest %.1f ms\n", phase, NR, others,
        1000 * t[int(NR * 0.5) + 1], 1000 * t[int(NR * 0.99) + 1], 1000 * t[NR]
    }'
}

curl -sf -o /dev/null "$base/\$/ping" || { echo "no server on $base" >&2; exit 1; }
echo "$(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
clients warm-up 10; wait # compiled and cached before anything is timed
clients alone "$seconds"; wait
summary alone
clients bombs $((seconds + 10)); sleep 2
for i in $(seq 1 "$bombs"); do
  curl -s -o /dev/null -w "bomb $i: %{http_code} in %{time_total} s\n" --max-time 60 -H 'Accept: text/csv' \
    --data-urlencode "query=$bomb" "$base/yrdkg/sparql"
done
wait
summary bombs
