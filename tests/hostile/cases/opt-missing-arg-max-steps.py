# A missing argument to --max-steps names the option.
# hostile-args: run --max-steps
# hostile-exit: 2
# hostile-stderr: refviz: run: option '--max-steps' needs an argument
