#!/usr/bin/env bash
# Every benchmark in one go, from the repository root; prints each table and a summary at the end.
# Takes about 30 minutes with the defaults; SCALES=1,10,100 adds two rounds of x100 (about 20 minutes more,
# a heap of about 14 GiB; PIPELINE_HEAP sets it, default 20g; give EXTRACT_HEAP=16g too). The server runs as
# README's main command starts it (-Xmx320m and the class-data archive) and, for comparison, with default JVM
# options; bursts run with both heaps.
#   bench/run-all.sh            SCALES=1,10,100 LOAD_SECONDS=30 bench/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SCALES=${SCALES:-1,10}
LOAD_SECONDS=${LOAD_SECONDS:-30}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
{ [ -f target/yrdkg.jar ] && [ -f target/yrdkg.jsa ]; } || mvn -q -B package -DskipTests

# the JVM options of README's main command
main_opts="-Xmx$(sed -n 's:.*<serve.heap>\(.*\)</serve.heap>.*:\1:p' pom.xml) -XX:SharedArchiveFile=target/yrdkg.jsa"
echo "== start-up as README's serve command starts (JAVA_OPTS=\"$main_opts\" bench/startup.sh 4)"
JAVA_OPTS="$main_opts" bench/startup.sh 4 | tee "$out/startup"
# the count above goes through every triple in code not yet compiled; a query of one triple times readiness alone
one='SELECT * WHERE { ?s ?p ?o } LIMIT 1'
echo "== start-up as README's serve command starts, first query of one triple (QUERY='$one' … bench/startup.sh 4)"
QUERY="$one" JAVA_OPTS="$main_opts" bench/startup.sh 4 | tee "$out/startup-one"
echo "== start-up with default JVM options (bench/startup.sh 4)"
bench/startup.sh 4 | tee "$out/startup-plain"

echo "== pipeline (bench/PipelineBench.java --scale $SCALES --rounds 2 --store)"
java -Xmx"${PIPELINE_HEAP:-20g}" -cp target/yrdkg.jar bench/PipelineBench.java --scale "$SCALES" --rounds 2 --store \
  | tee "$out/pipeline"
# the extractors alone, warm, in a heap committed and touched up front: the collection before each round would
# otherwise give memory back for the next round to take again, the kernel zeroing every page (BENCHMARKS.md,
# sixteenth round); EXTRACT_HEAP=16g for SCALES with 100. The JIT compiler goes on improving the extractors for 20
# rounds or more on the ×10 corpus, so 40 are run and the last 20 count as warm (seventeenth round)
eh=${EXTRACT_HEAP:-8g}
echo "== extraction (java -Xms$eh -Xmx$eh -XX:+AlwaysPreTouch … bench/PipelineBench.java --scale $SCALES --rounds 0 --extract-rounds 40)"
java -Xms"$eh" -Xmx"$eh" -XX:+AlwaysPreTouch -cp target/yrdkg.jar bench/PipelineBench.java --scale "$SCALES" --rounds 0 \
  --extract-rounds 40 | tee -a "$out/pipeline"

echo "== canned queries in process (bench/QueryBench.java)"
java -cp target/yrdkg.jar bench/QueryBench.java | tee "$out/queries"

echo "== HTTP load, the server as README's main command starts it (bench/LoadBench.java --seconds $LOAD_SECONDS --jvm-options \"$main_opts\")"
java -cp target/yrdkg.jar bench/LoadBench.java --seconds "$LOAD_SECONDS" --jvm-options "$main_opts" | tee "$out/load"
echo "== HTTP load, the server with default JVM options (bench/LoadBench.java --seconds $LOAD_SECONDS)"
java -cp target/yrdkg.jar bench/LoadBench.java --seconds "$LOAD_SECONDS" | tee "$out/load-plain"

heap=${main_opts%% *}
echo "== bursts (bench/BurstBench.java --heap ${heap#-Xmx},default --settle 30)"
java -cp target/yrdkg.jar bench/BurstBench.java --heap "${heap#-Xmx},default" --settle 30 | tee "$out/bursts"

echo "== summary"
awk 'NR > 1 && $2 == "hit" {n++; s += $3} END {if (n) printf "start-up (cached build), first count of every triple: %.1f s mean of %d runs (aim 2 s)\n", s / n, n}' "$out/startup"
awk 'NR > 1 && $2 == "hit" {n++; s += $3} END {if (n) printf "start-up (cached build), first query of one triple: %.1f s mean of %d runs\n", s / n, n}' "$out/startup-one"
awk 'NR > 1 && $2 == "hit" {n++; s += $3} END {if (n) printf "start-up with default JVM options: %.1f s mean of %d runs\n", s / n, n}' "$out/startup-plain"
awk 'NR > 1 {print "resident memory settled: " $(NF-1) " MiB, run " $1 " (aim 512 MiB)"}' "$out/startup" | tail -1
awk '$1 ~ /^x/ && $2 != "extraction" && $2 != "warm" && $2 != "validation" {print "pipeline " $1 ": total " $9 ", " $10 " chars/s, peak heap " $12 " MiB"}' "$out/pipeline"
awk '$2 == "warm" {x = $1; sub(/^x[0-9]+ +/, ""); print "extraction alone " x ": " $0 " (aim 2 M chars/s, extractors)"}' "$out/pipeline"
awk '/^graph as/ {g = $0} /median/ && !/query/ {print "queries, " g ": " $0}' "$out/queries"
for run in load load-plain; do
  how=$([ "$run" = load ] && echo "as README starts it" || echo "default JVM options")
  awk -v how="$how" 'NF == 8 && $2 ~ /^yrdkg/ {print "load (" how ") " $1 " clients, " $2 ": " $4 " req/s, median " $5 " ms, p99 " $6 " ms, errors " $7 ", " $8 "x plain Fuseki"}' "$out/$run"
  awk '/ errors: [0-9]+ × / {sub(/^ +/, ""); print "load error: " $0}' "$out/$run"
  awk -v how="$how" 'NF == 8 && $2 ~ /^yrdkg/ {c = $1} /resident memory at this level/ {print "load (" how ") " c " clients: yrdkg serve resident memory peak " $(NF-4) " MiB (aim 512 MiB)"}' "$out/$run"
done
awk 'NR > 2 {print "burst of 40 " $3 " (heap " $2 "): a cheap query waited at most " $(NF-5) ", resident memory peak " $(NF-3) " MiB"}' "$out/bursts"
