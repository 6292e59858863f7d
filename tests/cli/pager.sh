#!/bin/sh
# The step-by-step pager on a real terminal: refviz lesson grid-pitfall in a
# detached tmux session of 80x24, driven with send-keys and read back with
# capture-pane.  Checks the status line, the width, words kept whole, the
# narration printed once, stepping, jumping, scrolling, re-wrapping on a
# resize, and a terminal restored after q.  Skipped without tmux.
set -u
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
cd "${top_srcdir:-.}" || exit 1
command -v tmux > /dev/null 2>&1 || { echo "SKIP: tmux is not installed"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvpager.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
sock=rvpager-$$   # a server of our own, never the user's
T() { env -u TMUX tmux -L "$sock" -f "$tmp/tmux.conf" "$@"; }
trap 'T kill-server > /dev/null 2>&1; rm -rf "$tmp"' EXIT
printf 'set -g status off\nset -g default-terminal screen\n' > "$tmp/tmux.conf"
fail=0
lesson=lessons/grid-pitfall.py

# The narrations in order; grid-pitfall's steps 1 and 3 carry the first two.
n1=$(sed -n 's/^#: //p' "$lesson" | sed -n 1p)
n3=$(sed -n 's/^#: //p' "$lesson" | sed -n 2p)

# start NAME COMMAND: runs COMMAND in a new 80x24 session, its exit status
# then written to $tmp/NAME.status and the terminal's modes to $tmp/NAME.stty.
start() {
    # (The script survives the ^C it passes on: a trap, not an ignored
    # signal, which refviz would inherit.)
    printf 'trap : INT\n%s 2> "%s"\necho $? > "%s.status.tmp"\nstty -a > "%s"\nmv "%s.status.tmp" "%s"\nexec sleep 60\n' \
        "$2" "$tmp/$1.stderr" "$tmp/$1" "$tmp/$1.stty" "$tmp/$1" "$tmp/$1.status" > "$tmp/$1.sh"
    T new-session -d -x 80 -y 24 -s "$1" "env -u REFVIZ_PAGER -u COLUMNS -u LINES sh '$tmp/$1.sh'"
}
screen() { T capture-pane -p -t "$1" > "$tmp/screen" 2> /dev/null; }
# wait_for SESSION LINE PATTERN: polls (up to 5 s) until line LINE (0: any)
# of the screen matches the extended regular expression.
wait_for() {
    i=0
    while [ $i -lt 100 ]; do
        screen "$1"
        if [ "$2" = 0 ]; then grep -Eq -- "$3" "$tmp/screen" && return 0
        else sed -n "$2p" "$tmp/screen" | grep -Eq -- "$3" && return 0; fi
        sleep 0.05
        i=$((i + 1))
    done
    echo "FAIL: $1: line $2 never matched '$3'; the screen:"
    cat "$tmp/screen"
    fail=1
    return 1
}
keys() { T send-keys -t "$@"; }
wait_file() {
    i=0
    while [ ! -f "$1" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
}
# A step's page: the status line first, the step's own header in the body,
# no line wider than the window.
page_ok() { # session step width
    wait_for "$1" 0 "^Step $2 of 11, line " || return
    sed -n 1p "$tmp/screen" | grep -Eq "^ The grid pitfall +step $2/11 " \
        || { echo "FAIL: step $2: the status line"; cat "$tmp/screen"; fail=1; }
    wide=$(awk -v w="$3" 'length($0) > w' "$tmp/screen")
    [ -z "$wide" ] || { echo "FAIL: step $2: lines wider than $3: $wide"; fail=1; }
    if grep -q '#:' "$tmp/screen"; then echo "FAIL: step $2: a lesson comment in the code"; fail=1; fi
}
# The narration once, whole: its lines joined give it back (a word split
# across two lines would not), wrapped, filled (each line but the last had
# no room for the next word).  Polled: after a resize the page is redrawn
# a moment later.
narration_whole() { # narration width
    start4=$(printf '%s' "$1" | cut -d' ' -f1-4)
    count=$(grep -cF -- "$start4" "$tmp/screen")
    [ "$count" = 1 ] || { why="it appears $count times"; return 1; }
    got=$(awk -v s="$start4" 'index($0, s) == 1 { on = 1 } on && $0 == "" { exit } on { print }' "$tmp/screen")
    joined=$(printf '%s\n' "$got" | tr '\n' ' ' | sed 's/ *$//')
    [ "$joined" = "$1" ] || { why="it is not whole"; return 1; }
    [ "$(printf '%s\n' "$got" | wc -l)" -gt 1 ] || { why="it is not wrapped"; return 1; }
    [ -z "$(printf '%s\n' "$got" | awk -v w="$2" 'length($0) > w')" ] || { why="it is wider than $2"; return 1; }
    printf '%s\n' "$got" | awk -v w="$2" 'NR > 1 { split($0, a, " "); if (length(prev) + 1 + length(a[1]) <= w) bad = 1 }
        { prev = $0 } END { exit bad }' || { why="its lines are broken too early"; return 1; }
}
narration_ok() { # session step narration width
    i=0
    screen "$1"
    until narration_whole "$3" "$4"; do
        i=$((i + 1))
        if [ $i -ge 100 ]; then
            echo "FAIL: step $2: the narration: $why; the screen:"
            cat "$tmp/screen"
            fail=1
            return 1
        fi
        sleep 0.05
        screen "$1"
    done
}

start walk "'$R' lesson grid-pitfall"
page_ok walk 1 80 && narration_ok walk 1 "$n1" 80
keys walk Space
page_ok walk 2 80
keys walk Space
page_ok walk 3 80 && narration_ok walk 3 "$n3" 80
keys walk b
page_ok walk 2 80
keys walk 7 Enter
page_ok walk 7 80
keys walk Right
page_ok walk 8 80
keys walk Left
page_ok walk 7 80
# The last step is taller than the window: it scrolls within itself.
keys walk End
page_ok walk 11 80
wait_for walk 24 '^lines 1-22 of [0-9]+  Down/PgDn: more' && grep -q '^>  19 ' "$tmp/screen" \
    || { echo "FAIL: the top of a tall step"; fail=1; }
keys walk PageDown
wait_for walk 24 '^lines [0-9]+-[0-9]+ of [0-9]+  Up/PgUp' && wait_for walk 1 'step 11/11'
keys walk Home
page_ok walk 1 80
keys walk 9 9 Enter
wait_for walk 24 'There is no step 99: the steps are 1 to 11\.'
keys walk ?
wait_for walk 0 'a number, then Enter +that step'
keys walk q
page_ok walk 1 80
# A narrower window: the same step wrapped again to 60 columns.
keys walk 3 Enter
page_ok walk 3 80
T resize-window -t walk -x 60 -y 24
narration_ok walk 3 "$n3" 60 && page_ok walk 3 60
# q leaves: exit status 0, the terminal back in canonical mode with echo.
keys walk q
wait_file "$tmp/walk.status"
[ "$(cat "$tmp/walk.status" 2> /dev/null)" = 0 ] || { echo "FAIL: q: exit status '$(cat "$tmp/walk.status" 2> /dev/null)'"; fail=1; }
grep -Eq '(^| )icanon( |$)' "$tmp/walk.stty" && grep -Eq '(^| )echo( |$)' "$tmp/walk.stty" \
    || { echo "FAIL: the terminal is not restored after q:"; cat "$tmp/walk.stty"; fail=1; }
[ ! -s "$tmp/walk.stderr" ] || { echo "FAIL: the pager wrote to stderr:"; cat "$tmp/walk.stderr"; fail=1; }

# ^C restores the terminal too, and refviz ends as SIGINT ends it.
start intr "'$R' lesson grid-pitfall"
page_ok intr 1 80
keys intr C-c
wait_file "$tmp/intr.status"
[ "$(cat "$tmp/intr.status" 2> /dev/null)" = 130 ] || { echo "FAIL: ^C: exit status '$(cat "$tmp/intr.status" 2> /dev/null)'"; fail=1; }
grep -Eq '(^| )icanon( |$)' "$tmp/intr.stty" && grep -Eq '(^| )echo( |$)' "$tmp/intr.stty" \
    || { echo "FAIL: the terminal is not restored after ^C"; fail=1; }

# refviz run --format text pages the same way, titled with the file's name.
printf 'xs = [1]\nys = xs\nys.append(2)\n' > "$tmp/alias.py"
start run "'$R' run '$tmp/alias.py' --format text"
wait_for run 1 '^ alias\.py +step 1/3 ' && keys run G && wait_for run 1 'step 3/3' && keys run q

# --no-pager, REFVIZ_PAGER=0 and TERM=dumb print every step at once.
n=0
for how in "'$R' lesson grid-pitfall --no-pager" "REFVIZ_PAGER=0 '$R' lesson grid-pitfall" \
           "TERM=dumb '$R' lesson grid-pitfall"; do
    n=$((n + 1))
    start all$n "$how"
    wait_file "$tmp/all$n.status"
    screen all$n
    [ "$(cat "$tmp/all$n.status" 2> /dev/null)" = 0 ] && grep -q '^  True True$' "$tmp/screen" \
        && ! grep -q 'step [0-9]*/11' "$tmp/screen" \
        || { echo "FAIL: $how: not all at once"; cat "$tmp/screen"; fail=1; }
done
exit $fail
