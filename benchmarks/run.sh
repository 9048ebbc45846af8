#!/usr/bin/env bash
# Builds the benchmarks and runs the suite with settings for a 2-core machine, as in RESULTS.md:
#   1. per call and parsing: 1 fork each, 5 warm-up iterations of 2 s, 8 measured
#      iterations of 2 s, with the GC profiler (bytes allocated per operation);
#   2. per call again, average time only, 3 forks (its network noise needs more than one JVM);
#   3. per call without the network (canned answers from an OkHttp interceptor), 4 forks: the
#      client's own CPU cost, which the loopback runs cannot resolve to 5% on two cores;
#   4. fail-fast and bulk: 3 forks, with the GC profiler;
#   5. start-up: 10 fresh JVMs, one single-shot measurement each;
#   6. listing: a walk of 1,000 backups in pages of 100 (facade vs raw by page number), 2 forks,
#      with the GC profiler; it prints the requests per walk of each side (stderr, in the file).
#   7. the throughput experiment at Clumio's rate limit (RateLimitBenchmark, not JMH): five
#      scenarios against a local server that admits 100 requests/s (burst 100) and answers 429
#      with Retry-After: 1 beyond; about 3 minutes. It rewrites the plot beside RESULTS.md.
# About 31 minutes in all. Results: benchmarks/target/*.txt and results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target
java -jar "$jar" -f 1 -wi 5 -w 2s -i 8 -r 2s -prof gc -rf json -rff "$out/results.json" \
  'PerCallBenchmark|Parsing' > "$out/results.txt"
java -jar "$jar" -f 3 -wi 5 -w 2s -i 6 -r 2s -bm avgt 'PerCallBenchmark' > "$out/percall-3-forks.txt"
java -jar "$jar" -f 4 -wi 4 -w 2s -i 4 -r 2s -prof gc PerCallInMemory > "$out/percall-in-memory.txt"
java -jar "$jar" -f 3 -wi 5 -w 2s -i 6 -r 2s -prof gc 'FailFast|Bulk' > "$out/failfast-bulk-3-forks.txt"
java -jar "$jar" -f 10 -wi 0 -i 1 Startup > "$out/startup.txt"
java -jar "$jar" -f 2 -wi 4 -w 2s -i 5 -r 2s -foe true -prof gc ListBenchmark > "$out/list.txt" 2>&1
java -cp "$jar" io.github.clumiojava.benchmarks.RateLimitBenchmark --plot benchmarks/rate-limit-send-rate.png \
  --csv "$out/rate-limit-send-rate.csv" > "$out/rate-limit.txt"
echo "Summary (percentile and GC count/time rows left out):"
for file in results percall-3-forks percall-in-memory failfast-bulk-3-forks startup list; do
  sed -n '/^Benchmark /,/^$/p' "$out/$file.txt" \
    | grep -v -E 'gc\.count|gc\.time|alloc\.rate |p0\.(00|50|90|95|999|9999) |p1\.00 '
done
grep -h '\[threads\]' "$out/failfast-bulk-3-forks.txt" | sort | uniq -c || true
grep -h '\[requests per walk\]' "$out/list.txt" | sort | uniq -c || true
sed -n '/^| Scenario /,/^$/p' "$out/rate-limit.txt"
