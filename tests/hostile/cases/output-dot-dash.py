# dot -o -: every graph on standard output, as dot without -o.
# hostile-args: run "$CASE" --format dot -o -
# hostile-exit: 0
# hostile-stdout: digraph refviz {
a = 1
b = [a]
