# -o DIR: a symlink planted where a step file goes is replaced, never
# followed (here it points into a missing directory, so following it fails).
# hostile-args: run "$CASE" --format svg -o d
# hostile-setup: mkdir d && ln -s "$TMP/missing/victim.svg" d/step-01.svg
# hostile-exit: 0
a = 1
b = [a]
