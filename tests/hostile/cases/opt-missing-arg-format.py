# A missing argument to --format names the option.
# hostile-args: run --format
# hostile-exit: 2
# hostile-stderr: refviz: run: option '--format' needs an argument
