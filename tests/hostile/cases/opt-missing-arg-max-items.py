# A missing argument to --max-items names the option.
# hostile-args: run --max-items
# hostile-exit: 2
# hostile-stderr: refviz: run: option '--max-items' needs an argument
