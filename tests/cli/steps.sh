#!/bin/sh
# --steps lines|statements|marked: which steps text and diagrams show, the
# defaults of run (lines, or marked when the program has #@) and lesson
# (statements, or marked), the usage errors, and the examples of the help
# text and the man page.
set -u
R=${REFVIZ:-./src/refviz}
cd "${top_srcdir:-.}" || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvsteps.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0
steps() { grep -c '^Step [0-9]* of' "$1"; }
want_steps() { # file count what
    got=$(steps "$1")
    [ "$got" = "$2" ] || { echo "FAIL: $3: $got steps, expected $2"; fail=1; }
}

# A recursive factorial, every step: three calls with their frames, the
# deepest step with four frames, three returns with their values.
cat > "$tmp/fact.py" <<'PY'
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

r = fact(3)
print(r)
PY
"$R" run "$tmp/fact.py" --format text --steps lines > "$tmp/lines.txt"
want_steps "$tmp/lines.txt" 12 "fact --steps lines"
[ "$(grep -c '^Step [0-9]* of 12, line 1  (call)$' "$tmp/lines.txt")" = 3 ] \
    || { echo "FAIL: fact: three calls"; fail=1; }
[ "$(grep -c '^  fact' "$tmp/lines.txt")" -ge 6 ] || { echo "FAIL: fact: call frames shown"; fail=1; }
awk '/^Step 7 of/,/^Objects/' "$tmp/lines.txt" | grep -c '^  fact' > "$tmp/depth"
[ "$(cat "$tmp/depth")" = 3 ] || { echo "FAIL: fact: step 7 shows three fact frames"; fail=1; }
for v in 1 2 6; do
    grep -q "^    Return value $v\$" "$tmp/lines.txt" || { echo "FAIL: fact: Return value $v"; fail=1; }
    grep -q "^fact returns int $v\.\$" "$tmp/lines.txt" || { echo "FAIL: fact: returns $v described"; fail=1; }
done
[ "$(grep -c '(return)$' "$tmp/lines.txt")" = 3 ] || { echo "FAIL: fact: three returns"; fail=1; }
# Without #@, lines is run's default; statements shows the def, r and print.
"$R" run "$tmp/fact.py" --format text > "$tmp/default.txt"
cmp -s "$tmp/lines.txt" "$tmp/default.txt" || { echo "FAIL: run defaults to --steps lines"; fail=1; }
"$R" run "$tmp/fact.py" --format text --steps statements > "$tmp/st.txt"
want_steps "$tmp/st.txt" 3 "fact --steps statements"
if grep -q '^  fact' "$tmp/st.txt"; then echo "FAIL: statements shows no call frame"; fail=1; fi
# The JSON trace holds every snapshot whatever --steps says, the returns
# with their values.
for mode in lines statements; do
    "$R" run "$tmp/fact.py" --format json --steps $mode > "$tmp/$mode.json"
done
cmp -s "$tmp/lines.json" "$tmp/statements.json" || { echo "FAIL: --steps changes the JSON"; fail=1; }
[ "$(grep -o '"event":"return"' "$tmp/lines.json" | wc -l)" = 3 ] || { echo "FAIL: json: three returns"; fail=1; }
[ "$(grep -o '"event":"call"' "$tmp/lines.json" | wc -l)" = 3 ] || { echo "FAIL: json: three calls"; fail=1; }
[ "$(grep -o '"return":[0-9]' "$tmp/lines.json" | wc -l)" = 3 ] || { echo "FAIL: json: return values"; fail=1; }
# --step N counts the shown steps of the mode.
"$R" run "$tmp/fact.py" --format text --step 8 > "$tmp/one.txt"
grep -q '^Step 8 of 12, line 3  (return)$' "$tmp/one.txt" || { echo "FAIL: --step 8 of lines"; head -1 "$tmp/one.txt"; fail=1; }

# A for loop: each iteration's lines (the header 4 times: 3 iterations,
# then exhausted), or one step for the whole loop.
printf 'total = 0\nfor i in range(3):\n    total += i\nprint(total)\n' > "$tmp/loop.py"
"$R" run "$tmp/loop.py" --format text > "$tmp/loop.txt"
want_steps "$tmp/loop.txt" 9 "loop --steps lines"
[ "$(grep -c '^Step [0-9]* of 9, line 3$' "$tmp/loop.txt")" = 3 ] || { echo "FAIL: loop: the body 3 times"; fail=1; }
[ "$(grep -c '^Step [0-9]* of 9, line 2$' "$tmp/loop.txt")" = 4 ] || { echo "FAIL: loop: the header 4 times"; fail=1; }
for i in 0 1 2; do
    grep -q "^i now refers to int $i\.\$" "$tmp/loop.txt" || { echo "FAIL: loop: iteration i = $i"; fail=1; }
done
"$R" run "$tmp/loop.py" --format text --steps statements > "$tmp/loop-st.txt"
want_steps "$tmp/loop-st.txt" 3 "loop --steps statements"
# Diagrams follow the same plan: one graph per step.
[ "$("$R" run "$tmp/loop.py" --format dot | grep -c '^digraph')" = 9 ] || { echo "FAIL: dot --steps lines"; fail=1; }

# marked: the default once the program has #@; an error without.
printf 'xs = []\nfor i in range(2):\n    xs.append(i)  #@\nprint(xs)\n' > "$tmp/marked.py"
"$R" run "$tmp/marked.py" --format text > "$tmp/m.txt"
want_steps "$tmp/m.txt" 2 "run defaults to --steps marked with #@ (each iteration)"
"$R" run "$tmp/marked.py" --format text --steps lines > "$tmp/m.txt"
want_steps "$tmp/m.txt" 7 "--steps lines overrides the markers"
"$R" run "$tmp/loop.py" --format text --steps marked > "$tmp/out" 2> "$tmp/err"
rc=$?
[ $rc = 2 ] || { echo "FAIL: --steps marked without markers exits $rc, not 2"; fail=1; }
grep -q "^refviz: run: --steps marked: .*#@.*--steps lines or --steps statements" "$tmp/err" \
    || { echo "FAIL: --steps marked without markers: message"; cat "$tmp/err"; fail=1; }
[ -s "$tmp/out" ] && { echo "FAIL: --steps marked without markers ran the program"; fail=1; }
"$R" run "$tmp/loop.py" --format text --steps every > /dev/null 2> "$tmp/err"
[ $? = 2 ] && grep -q "^refviz: --steps is 'lines', 'statements' or 'marked', not 'every'" "$tmp/err" \
    || { echo "FAIL: unknown --steps"; cat "$tmp/err"; fail=1; }

# lesson: statements without markers, marked with; --steps chooses.
mkdir "$tmp/lessons"
cp "$tmp/loop.py" "$tmp/lessons/plain.py"
cp "$tmp/marked.py" "$tmp/lessons/marks.py"
export REFVIZ_LESSON_PATH="$tmp/lessons"
"$R" lesson plain > "$tmp/l.txt"; want_steps "$tmp/l.txt" 3 "lesson defaults to statements"
"$R" lesson plain --steps lines > "$tmp/l.txt"; want_steps "$tmp/l.txt" 9 "lesson --steps lines"
"$R" lesson marks > "$tmp/l.txt"; want_steps "$tmp/l.txt" 2 "lesson defaults to marked with #@"
"$R" lesson marks --steps statements > "$tmp/l.txt"; want_steps "$tmp/l.txt" 3 "lesson --steps statements"
"$R" lesson plain --steps marked > /dev/null 2> "$tmp/err"
[ $? = 2 ] && grep -q '^refviz: lesson: --steps marked' "$tmp/err" || { echo "FAIL: lesson --steps marked without markers"; fail=1; }
unset REFVIZ_LESSON_PATH

# The examples of `refviz help run` and of the man page do what they say.
"$R" help run | sed -n '/^Example:/,/^[^ ]/p' | sed -n 's/^    //p' > "$tmp/help.py"
"$R" run "$tmp/help.py" --format text > "$tmp/help.txt"
want_steps "$tmp/help.txt" 3 "the help's example"
[ "$(grep -c '^    Return value' "$tmp/help.txt")" = 2 ] || { echo "FAIL: help example: two returns"; fail=1; }
grep -q '^fact(3) calls fact(2)' "$tmp/help.txt" || { echo "FAIL: help example: narration"; fail=1; }
"$R" run "$tmp/help.py" --format text --steps lines > "$tmp/help.txt"
want_steps "$tmp/help.txt" 11 "the help's example, --steps lines"
man=man/refviz.1
sed -n '/^\.SH STEPS AND NARRATION/,/^\.SH /p' "$man" | sed -n '/^\.nf/,/^\.fi/p' | sed '/^\.[nf][fi]$/d; s/\\-/-/g' > "$tmp/man.py"
[ -s "$tmp/man.py" ] || { echo "FAIL: no example in man/refviz.1"; fail=1; }
"$R" run "$tmp/man.py" --format text > "$tmp/man.txt"
want_steps "$tmp/man.txt" 3 "the man page's example"
[ "$(grep -c '^Each return hands its value' "$tmp/man.txt")" = 2 ] || { echo "FAIL: man example: narration"; fail=1; }
"$R" run "$tmp/man.py" --format text --steps lines > "$tmp/man.txt"
want_steps "$tmp/man.txt" 12 "the man page's example, --steps lines"
"$R" help run | grep -q -- '--steps MODE' && "$R" help lesson | grep -q -- '--steps MODE' \
    || { echo "FAIL: help run and help lesson list --steps"; fail=1; }
for c in run lesson; do
    "$R" help $c | grep -q '#@' && "$R" help $c | grep -q '#:' || { echo "FAIL: help $c explains #@ and #:"; fail=1; }
done
exit $fail
