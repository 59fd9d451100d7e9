#!/usr/bin/env bash
# Start-up benchmark: from `java -jar target/yrdkg.jar serve` to the first successful SPARQL query.
# Usage (from the repository root, after `mvn -q -B package -DskipTests`): bench/startup.sh [runs] [port]
set -euo pipefail
runs=${1:-3}
port=${2:-3931}
q='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  java -jar target/yrdkg.jar serve --port "$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null --get --data-urlencode "query=$q" "http://localhost:$port/yrdkg/sparql"; do
    sleep 0.1
    if ! kill -0 "$pid" 2>/dev/null; then echo "server exited" >&2; exit 1; fi
  done
  end=$(date +%s.%N)
  rss=$(ps -o rss= -p "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf 'run %d: first answer after %.1f s, resident memory %d MiB\n' "$i" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" "$((rss / 1024))"
done
