#!/bin/sh
# fuzz/afl.sh - AFL++ on the refviz binary itself (the whole CLI, one
# process per input, so no state is shared between inputs):
#   sh fuzz/afl.sh SRCDIR WORKDIR [SECONDS]
# builds refviz with afl-clang-fast (ASan and UBSan) in WORKDIR/build,
# seeds WORKDIR/in from the test programs, lessons and hostile cases
# (fuzz/seeds.sh), and runs `refviz run --max-steps 2000 --format json` on
# each input for SECONDS (default 3600) at nice 19.  Findings are in
# WORKDIR/out/default/crashes and hangs.  Needs AFL++ (afl-fuzz,
# afl-clang-fast); docs/fuzzing.md.
set -eu
src=$(cd "$1" && pwd)
work=$2
secs=${3:-3600}
for tool in afl-fuzz afl-clang-fast; do
    command -v $tool >/dev/null || { echo "afl.sh: $tool not found: install AFL++" >&2; exit 1; }
done
mkdir -p "$work/build" "$work/in"
work=$(cd "$work" && pwd)
if [ ! -x "$work/build/src/refviz" ]; then
    (cd "$work/build" && AFL_USE_ASAN=1 AFL_USE_UBSAN=1 "$src/configure" -q CC=afl-clang-fast &&
        AFL_USE_ASAN=1 AFL_USE_UBSAN=1 make -j2 src/refviz)
fi
sh "$src/fuzz/seeds.sh" "$src" "$work/build/src/refviz" "$work/seeds"
# afl-cmin would shrink this; the programs are few enough to take whole.
cp "$work/seeds/run/"*.py "$work/in/"
export ASAN_OPTIONS=abort_on_error=1:symbolize=0:detect_leaks=1:allocator_may_return_null=0
exec nice -n 19 afl-fuzz -i "$work/in" -o "$work/out" -x "$src/fuzz/python.dict" \
    -m none -t 10000 -V "$secs" -- \
    "$work/build/src/refviz" run --engine model --max-steps 2000 --max-memory 64M \
    --format json -o /dev/null @@
