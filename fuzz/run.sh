#!/bin/sh
# fuzz/run.sh - runs one libFuzzer target (docs/fuzzing.md):
#   run.sh SRCDIR BUILDDIR TARGET SECONDS [libFuzzer options...]
# TARGET is run, load or lesson; SECONDS 0 runs the seeds once (the smoke
# test; of the programs, every 16th).  The corpus grows in BUILDDIR/fuzz/corpus/TARGET (seeded from
# BUILDDIR/fuzz/seeds/TARGET); crashes, leaks, timeouts and running out of
# memory are written to BUILDDIR/fuzz/artifacts/TARGET/ and, as libFuzzer's
# -fork mode lets it, the run goes on.  Runs at nice 19.
set -eu
src=$1
build=$2
target=$3
secs=$4
shift 4
bin=$build/fuzz/fuzz_$target
seeds=$build/fuzz/seeds/$target
corpus=$build/fuzz/corpus/$target
art=$build/fuzz/artifacts/$target/
mkdir -p "$corpus" "$art"
dict=
case $target in
run | lesson) dict=-dict=$src/fuzz/python.dict ;;
load) dict=-dict=$src/fuzz/trace.dict ;;
esac
# Leaks are reported; ASan's own limit on one allocation is the RSS cap's.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0:max_allocation_size_mb=1024}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
limits="-timeout=30 -rss_limit_mb=1536 -malloc_limit_mb=1024 -max_len=16384"
if [ "$secs" = 0 ]; then
    # The smoke test: every seed once, but only every 16th program (running
    # them all takes minutes); a finding fails it.
    every=1
    [ "$target" = run ] && every=16
    files=$(ls "$seeds" | awk -v n=$every 'NR % n == 1 || n == 1' | sed "s|^|$seeds/|")
    # shellcheck disable=SC2086
    exec nice -n 19 "$bin" $limits -artifact_prefix="$art" "$@" $files
fi
exec nice -n 19 "$bin" $limits $dict -max_total_time="$secs" -fork=1 \
    -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -print_final_stats=1 \
    -artifact_prefix="$art" "$@" "$corpus" "$seeds"
