# --json: DIR/trace.json is created afresh, not through a symlink planted there.
# hostile-args: run "$CASE" --format dot -o d --json
# hostile-setup: mkdir d && ln -s "$TMP/missing/victim.json" d/trace.json
# hostile-exit: 0
a = 1
b = [a]
