#!/usr/bin/env bash
# Start-up benchmark: from `java -jar target/yrdkg.jar serve` to the first successful SPARQL query,
# with the process's CPU time at that moment and its resident memory then and once settled.
# The first run builds the graph (the cache is emptied first); the others load the cached build.
# Usage (from the repository root, after `mvn -q -B package -DskipTests`): bench/startup.sh [runs] [port]
# JAR=other.jar bench/startup.sh … times another build of the jar (to compare two versions side by side).
# QUERY='ASK {}' bench/startup.sh … takes another first query (default: count every triple of the union).
# JAVA_OPTS='-XX:SharedArchiveFile=target/yrdkg.jsa' bench/startup.sh … starts the JVM with these options.
set -euo pipefail
runs=${1:-3}
port=${2:-3931}
settle=${SETTLE:-8}
jar=${JAR:-target/yrdkg.jar}
q=${QUERY:-'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'}
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
echo "$jar ${JAVA_OPTS:-}, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-4s %-6s %14s %10s %14s %16s\n' run cache "first answer" "cpu" "rss at answer" "rss after ${settle} s"
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  # shellcheck disable=SC2086 # the options are meant to be split
  java ${JAVA_OPTS:-} -jar "$jar" serve --port "$port" --cache "$cache" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null --get --data-urlencode "query=$q" "http://localhost:$port/yrdkg/sparql"; do
    sleep 0.05
    if ! kill -0 "$pid" 2>/dev/null; then echo "server exited" >&2; exit 1; fi
  done
  end=$(date +%s.%N)
  cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$pid/stat")
  rss=$(ps -o rss= -p "$pid")
  sleep "$settle"
  rss2=$(ps -o rss= -p "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-4d %-6s %13.1fs %9ss %10d MiB %12d MiB\n' "$i" "$([ "$i" = 1 ] && echo miss || echo hit)" \
    "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" "$cpu" "$((rss / 1024))" "$((rss2 / 1024))"
done
