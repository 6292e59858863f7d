#!/bin/sh
# The bash completion offers commands, formats and lesson names.
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
')
want="lesson
shallow-copy
svg
--heap --help"
[ "$out" = "$want" ] || { echo "FAIL: completion gave:"; echo "$out"; exit 1; }
