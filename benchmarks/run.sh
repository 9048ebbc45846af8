#!/usr/bin/env bash
# Builds the benchmarks and runs the suite with settings for a 2-core machine, as in RESULTS.md:
#   1. per call, parsing, fail-fast, bulk: 1 fork each, 5 warm-up iterations of 2 s, 8 measured
#      iterations of 2 s, with the GC profiler (bytes allocated per operation);
#   2. per call again, average time only, 3 forks (its network noise needs more than one JVM);
#   3. start-up: 10 fresh JVMs, one single-shot measurement each.
# About 15 minutes in all. Results: benchmarks/target/*.txt and results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target
java -jar "$jar" -f 1 -wi 5 -w 2s -i 8 -r 2s -prof gc -rf json -rff "$out/results.json" \
  'PerCall|Parsing|FailFast|Bulk' > "$out/results.txt"
java -jar "$jar" -f 3 -wi 5 -w 2s -i 6 -r 2s -bm avgt PerCall > "$out/percall-3-forks.txt"
java -jar "$jar" -f 10 -wi 0 -i 1 Startup > "$out/startup.txt"
echo "Summary (percentile and GC count/time rows left out):"
for file in results percall-3-forks startup; do
  sed -n '/^Benchmark /,/^$/p' "$out/$file.txt" \
    | grep -v -E 'gc\.count|gc\.time|alloc\.rate |p0\.(00|50|90|95|999|9999) |p1\.00 '
done
grep -h '\[threads\]' "$out/results.txt" | sort | uniq -c || true
