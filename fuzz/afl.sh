#!/bin/sh
# fuzz/afl.sh - AFL++ on the refviz binary itself (the whole CLI, one
# process per input, so no state is shared between inputs):
#   sh fuzz/afl.sh SRCDIR WORKDIR [SECONDS]
# builds refviz with afl-clang-fast (ASan and UBSan) in WORKDIR/build,
# seeds WORKDIR/in from the test programs, lessons and hostile cases
# (fuzz/seeds.sh, shrunk by afl-cmin), and runs
# `refviz run --max-steps 2000 --format json` on each input for SECONDS
# (default 3600) at nice 19.  Findings are in WORKDIR/out/default/crashes
# and hangs.  Run again with the same WORKDIR, it rebuilds what changed
# and resumes the same queue.  Needs AFL++ (Debian: afl++); docs/fuzzing.md.
set -eu
[ $# -ge 2 ] || { echo "usage: sh fuzz/afl.sh SRCDIR WORKDIR [SECONDS]" >&2; exit 2; }
src=$(cd "$1" && pwd)
work=$2
secs=${3:-3600}
for tool in afl-fuzz afl-clang-fast afl-cmin; do
    command -v $tool >/dev/null || { echo "afl.sh: $tool not found: install AFL++ (apt-get install afl++)" >&2; exit 1; }
done
mkdir -p "$work/build"
work=$(cd "$work" && pwd)

# automake builds in a directory of its own only from a source tree that
# is not configured in place, and a git checkout has no configure: so a
# git checkout is copied (the files git knows, as they are in the working
# tree) and bootstrapped in WORKDIR/src.  A file is copied again only when
# it changed, so that a second run rebuilds only what changed.  A release
# tarball is used as it is.
if [ -d "$src/.git" ] || [ -f "$src/.git" ]; then
    rm -rf "$work/src.new"
    mkdir -p "$work/src" "$work/src.new"
    (cd "$src" && git ls-files -co --exclude-standard -z | xargs -0 tar cf - ) |
        (cd "$work/src.new" && tar xf -)
    (cd "$work/src.new" && find . -type f) | while IFS= read -r f; do
        cmp -s "$work/src.new/$f" "$work/src/$f" && continue
        mkdir -p "$(dirname "$work/src/$f")"
        cp "$work/src.new/$f" "$work/src/$f"
    done
    rm -rf "$work/src.new"
    if [ ! -x "$work/src/configure" ]; then
        (cd "$work/src" && autoreconf -fi >/dev/null 2>&1) ||
            { echo "afl.sh: autoreconf -fi failed in $work/src" >&2; exit 1; }
    fi
    build_src=$work/src
else
    [ -x "$src/configure" ] || { echo "afl.sh: $src/configure missing: run autoreconf -fi there" >&2; exit 1; }
    build_src=$src
fi
export AFL_USE_ASAN=1 AFL_USE_UBSAN=1 AFL_QUIET=1
if [ ! -f "$work/build/Makefile" ]; then
    (cd "$work/build" && "$build_src/configure" -q CC=afl-clang-fast) ||
        { echo "afl.sh: configure failed (see $work/build/config.log)" >&2; exit 1; }
fi
(cd "$work/build" && make -s -j2 src/refviz) || { echo "afl.sh: build failed" >&2; exit 1; }
refviz=$work/build/src/refviz

# The command each input is run with.  --max-heap bounds what one input may
# allocate (refviz's default is half the machine's memory, and a shared
# machine has none of that to spare).
set -- run --engine model --max-steps 2000 --max-memory 64M --max-heap 256M \
    --format json -o /dev/null
export ASAN_OPTIONS=abort_on_error=1:symbolize=0:detect_leaks=1:allocator_may_return_null=0
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=0
# No CPU frequency files in a container, and one of two shared cores is not
# ours to bind.
export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
# afl-cmin refuses a WORKDIR under /tmp (other users' files could be in
# the way there); WORKDIR is the caller's own choice.
export AFL_ALLOW_TMP=1
# The status screen only on a terminal (a log would fill with it).
[ -t 1 ] || export AFL_NO_UI=1

# Each seed is calibrated 3 times rather than 8: a thousand seeds at a
# tenth of a second each would take a quarter of an hour.
export AFL_FAST_CAL=1
if [ ! -d "$work/out/default/queue" ]; then
    [ -d "$work/seeds/run" ] || sh "$src/fuzz/seeds.sh" "$src" "$refviz" "$work/seeds" >/dev/null
    # Some 1,400 seeds cover much the same code: afl-cmin keeps those that
    # add coverage (a thousand of them).
    if [ ! -f "$work/in/.done" ]; then
        rm -rf "$work/in"
        nice -n 19 afl-cmin -i "$work/seeds/run" -o "$work/in" \
            -m none -t 10000 -- "$refviz" "$@" @@ >"$work/cmin.log" 2>&1 ||
            { echo "afl.sh: afl-cmin failed (see $work/cmin.log)" >&2; exit 1; }
        : > "$work/in/.done"
    fi
    input=$work/in
else
    # Resume the queue in WORKDIR/out.  It is calibrated again, which
    # takes a while; AFL_NO_STARTUP_CALIBRATION=1 skips that, but then
    # afl-fuzz knows none of the coverage the queue has, and keeps every
    # mutant as new.
    input=-
fi
echo "afl.sh: fuzzing for $secs s; findings in $work/out/default/{crashes,hangs}"
exec nice -n 19 afl-fuzz -i "$input" -o "$work/out" -x "$src/fuzz/python.dict" \
    -m none -t 10000 -V "$secs" -- "$refviz" "$@" @@
