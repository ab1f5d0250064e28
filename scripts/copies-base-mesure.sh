# Sourced by the search benchmarks: a copy of the 100 000-situation encrypted database that scripts/benchmark-base.sh
# builds (PDP_BENCH_CACHE, /tmp/pdp-bench-100k, never written) for each jar, in $travail/0, $travail/1…, all deleted
# when the script exits; and the password of its account bench.base.
# Usage: . scripts/copies-base-mesure.sh NAME NUMBER_OF_JARS
cache=${PDP_BENCH_CACHE:-/tmp/pdp-bench-100k}
export PDP_PASSWORD='Benchmark-Base-2026!'
travail=$(mktemp -d "${TMPDIR:-/tmp}/pdp-$1.XXXXXX")
trap 'rm -rf "$travail"' EXIT
for i in $(seq 0 $(($2 - 1))); do
    mkdir -p "$travail/$i" && cp -r "$cache/." "$travail/$i/" && chmod -R u+w "$travail/$i"
done
