#!/bin/sh
# tests/hostile/run.sh - hostile inputs: each case must end with its stated
# exit status and message, within a time limit and a memory cap, and with no
# sanitizer report.  Run by make check; by hand:
#   REFVIZ=src/refviz top_srcdir=. sh tests/hostile/run.sh [NAME-GLOB]
#
# A case is one file, tests/hostile/cases/NAME.py: the program refviz runs
# (by default `refviz run CASE`), with header comments anywhere in it:
#   # hostile-exit: N          the exit status (required)
#   # hostile-stderr: TEXT     a line stderr must contain, whole (repeatable)
#   # hostile-stderr-has: TEXT a substring stderr must contain (repeatable)
#   # hostile-stdout: TEXT     a line stdout must contain, whole (repeatable)
#   # hostile-args: WORDS      refviz's arguments, as shell words, instead of
#                              `run "$CASE"`; $CASE is the case file, $TMP a
#                              scratch directory (the working directory),
#                              $IN "$TMP/in" (made by a setup line)
#   # hostile-setup: COMMAND   a shell command run first in $TMP, e.g. to
#                              write binary input: printf '\377' > "$IN"
#   # hostile-env: NAME=VALUE  an environment variable for the run (VALUE
#                              may use $TMP; repeatable)
#   # hostile-stdin: FILE      standard input (relative to $TMP; default
#                              /dev/null)
#   # hostile-stdout-to: closed | pipe-closed | /dev/full | FILE
#   # hostile-timeout: SECONDS (default 20; times HOSTILE_SLOW, default 5,
#                              under a sanitizer build)
#   # hostile-known: WHY       a known, not yet fixed problem: a wrong
#                              status or message, or a timeout, is reported
#                              as KNOWN, not a failure (a sanitizer report
#                              still fails)
#   # hostile-memory: KB       address-space cap, ulimit -v (default
#                              4000000; under ASan, whose shadow memory needs
#                              terabytes of address space, a resident-size
#                              cap of the same amount instead)
# Adding a case is adding a file: nothing to register.
set -u
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
dir=${top_srcdir:-.}/tests/hostile/cases
case $dir in /*) ;; *) dir=$(pwd)/$dir ;; esac
only=${1:-*}

# A sanitizer build cannot run under ulimit -v; it gets ASan's own caps.
sanitized=0
if grep -q __asan_init "$R" 2>/dev/null; then
    sanitized=1
fi

header() { # FILE KEY: every value of "# hostile-KEY: VALUE", one a line
    sed -n "s/^# hostile-$2: //p" "$1"
}

passed=0
failed=0
known=0
fail() {
    echo "FAIL $name: $*"
    sed 's/^/    stderr: /' "$tmp/err" | tail -n 8
    failed=$((failed + 1))
}
# A wrong status or message of a case marked hostile-known.
mismatch() {
    if [ -n "$why" ]; then
        echo "KNOWN $name: $* ($why)"
        known=$((known + 1))
    else
        fail "$@"
    fi
}

for case in "$dir"/$only.py; do
    [ -f "$case" ] || continue
    name=$(basename "$case" .py)
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/rv-hostile.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
    : > "$tmp/out"
    : > "$tmp/err"
    want_exit=$(header "$case" exit | head -n 1)
    why=$(header "$case" known | head -n 1)
    if [ -z "$want_exit" ]; then
        fail "no '# hostile-exit:' line"
        rm -rf "$tmp"
        continue
    fi
    args=$(header "$case" args | head -n 1)
    [ -n "$args" ] || args='run "$CASE"'
    limit=$(header "$case" timeout | head -n 1)
    limit=${limit:-20}
    [ "$sanitized" = 1 ] && limit=$((limit * ${HOSTILE_SLOW:-5}))
    mem=$(header "$case" memory | head -n 1)
    stdin=$(header "$case" stdin | head -n 1)
    to=$(header "$case" stdout-to | head -n 1)
    header "$case" setup > "$tmp/setup.sh"
    rc=0
    (
        CASE=$case TMP=$tmp IN=$tmp/in
        export CASE TMP IN
        cd "$tmp" && sh -e setup.sh
    ) > "$tmp/setup.out" 2>&1 || rc=$?
    if [ "$rc" != 0 ]; then
        cp "$tmp/setup.out" "$tmp/err"
        fail "setup failed ($rc)"
        rm -rf "$tmp"
        continue
    fi
    # The run itself, in a subshell holding the limits.
    (
        CASE=$case TMP=$tmp IN=$tmp/in
        export CASE TMP IN
        cd "$tmp" || exit 99
        if [ "$sanitized" = 1 ]; then
            ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}allocator_may_return_null=1:hard_rss_limit_mb=$(((${mem:-4000000} + 1023) / 1024))"
            export ASAN_OPTIONS
        else
            ulimit -v "${mem:-4000000}" 2>/dev/null
        fi
        while IFS= read -r line; do
            [ -n "$line" ] && eval "export $line"
        done <<EOF
$(header "$case" env)
EOF
        eval "set -- $args"
        in=${stdin:-/dev/null}
        case $to in
        '')
            timeout -k 5 "$limit" "$R" "$@" < "$in" > out 2> err
            ;;
        closed)
            timeout -k 5 "$limit" "$R" "$@" < "$in" 2> err >&-
            ;;
        pipe-closed)
            # The reader is gone before refviz writes its first byte.
            { sleep 1; timeout -k 5 "$limit" "$R" "$@" < "$in" 2> err; echo $? > rc; } | true
            exit "$(cat rc)"
            ;;
        *)
            timeout -k 5 "$limit" "$R" "$@" < "$in" > "$to" 2> err
            ;;
        esac
    ) || rc=$?
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
        mismatch "timed out after ${limit}s"
    elif grep -aq 'Sanitizer\|runtime error:' "$tmp/err"; then
        fail "sanitizer report"
    elif [ "$rc" != "$want_exit" ]; then
        mismatch "exit status $rc, expected $want_exit"
    else
        ok=1
        while IFS= read -r line; do
            [ -z "$line" ] && continue
            grep -aqFx -- "$line" "$tmp/err" || { mismatch "stderr lacks the line: $line"; ok=0; break; }
        done <<EOF
$(header "$case" stderr)
EOF
        [ "$ok" = 1 ] && while IFS= read -r line; do
            [ -z "$line" ] && continue
            grep -aqF -- "$line" "$tmp/err" || { mismatch "stderr lacks: $line"; ok=0; break; }
        done <<EOF
$(header "$case" stderr-has)
EOF
        [ "$ok" = 1 ] && while IFS= read -r line; do
            [ -z "$line" ] && continue
            grep -aqFx -- "$line" "$tmp/out" || { mismatch "stdout lacks the line: $line"; ok=0; break; }
        done <<EOF
$(header "$case" stdout)
EOF
        [ "$ok" = 1 ] && passed=$((passed + 1))
    fi
    rm -rf "$tmp"
done
echo "hostile: $passed passed, $failed failed, $known known"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
