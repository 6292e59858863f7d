#!/bin/sh
# The bash completion offers commands (trace show and expand too), options,
# formats, --steps modes and lesson names.
set -u
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
cd "${top_srcdir:-.}" || exit 1
command -v bash > /dev/null 2>&1 || exit 77
out=$(R="$R" bash -c '
_init_completion() { cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]};
                     words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
_filedir() { :; }
complete() { :; }
. share/bash-completion/refviz
try() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _refviz; echo "${COMPREPLY[*]}"; }
try "$R" le
try "$R" lesson shallow
try "$R" lesson shallow-copy --format s
try "$R" run x.py --he
try "$R" run x.py --steps
try "$R" lesson shallow-copy --steps m
try "$R" run x.py --eng
try "$R" run x.py --engine c
try "$R" tr
try "$R" trace s
try "$R" trace show t.delta --fin
try "$R" trace show t.delta --format d
try "$R" trace expand t.delta --fo
')
want="lesson
shallow-copy
svg
--heap --help
--steps
marked
--engine
cpython
trace
show
--final
delta dot
--format"
[ "$out" = "$want" ] || { echo "FAIL: completion gave:"; echo "$out"; exit 1; }
