#!/bin/sh
# -o DIR output safety: step files are created afresh (a planted symlink is
# replaced, its target untouched), step files of an earlier, longer run are
# removed, an existing directory gets a file per step even for one step,
# and -o - with several steps is a usage error (no directory named '-').
set -u
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
fail=0
no() { echo "FAIL: $*"; fail=1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvcli.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
printf 'a = 1\nb = [a]\nc = b\n' > three.py
printf 'a = 1\n' > one.py

# A symlink planted in DIR: replaced by the step, its target kept.
mkdir d
echo secret > victim
ln -s ../victim d/step-01.svg
"$R" run three.py --format svg -o d || no "svg -o d with a planted link"
[ "$(cat victim)" = secret ] || no "the planted link's target was overwritten"
[ -f d/step-01.svg ] && [ ! -L d/step-01.svg ] || no "d/step-01.svg is not a fresh file"
grep -q '<svg' d/step-01.svg || no "d/step-01.svg is not the step"
# Nothing of the fresh files' temporary names is left behind.
[ -z "$(ls -A d | grep -v '^step-0[123]\.svg$')" ] || no "stray files in d: $(ls -A d)"

# --json's trace.json likewise.
ln -s ../victim d/trace.json
"$R" run three.py --format svg -o d --json || no "--json with a planted link"
[ "$(cat victim)" = secret ] || no "trace.json's planted link was followed"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' d/trace.json || no "d/trace.json"

# A shorter run removes the longer run's extra steps of its format only.
touch d/step-07.svg d/step-100.svg d/step-05.png d/step-4.svg d/notes.txt
"$R" run one.py --format svg -o d || no "one step into d"
[ "$(ls d | tr '\n' ' ')" = "notes.txt step-01.svg step-05.png step-4.svg trace.json " ] ||
    no "stale steps: $(ls d | tr '\n' ' ')"
grep -q 'line 1' d/step-01.svg || no "d/step-01.svg is not the one step"

# --step N into an existing directory: that step's file, others kept.
"$R" run three.py --format svg -o d || no "three steps into d"
"$R" run three.py --format svg --step 2 -o d || no "--step 2 -o d"
[ -f d/step-01.svg ] && [ -f d/step-03.svg ] || no "--step 2 -o d removed other steps"

# -o DIR/ (a trailing slash) is a directory even for one step.
"$R" run one.py --format png --final -o new/ || no "-o new/"
[ -f new/step-01.png ] || no "-o new/ wrote $(ls -d new*)"

# -o - with several steps: a usage error, and no directory '-'.
"$R" run three.py --format svg -o - > out 2> err
[ $? = 2 ] || no "-o - with three steps exits 2"
grep -q "writes one step to standard output, but 3 steps are shown" err || no "-o - message: $(cat err)"
[ ! -e ./- ] || no "a file or directory named '-' was made"
# ... while one step goes to stdout, and dot -o - is dot without -o.
"$R" run one.py --format svg -o - | grep -q '<svg' || no "-o - with one step"
[ "$("$R" run three.py --format dot -o - | grep -c '^digraph')" = 3 ] || no "dot -o -"

exit $fail
