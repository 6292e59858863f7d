# A missing argument to --output names the option.
# hostile-args: run --output
# hostile-exit: 2
# hostile-stderr: refviz: run: option '--output' needs an argument
