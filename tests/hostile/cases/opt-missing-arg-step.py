# A missing argument to --step names the option.
# hostile-args: run --step
# hostile-exit: 2
# hostile-stderr: refviz: run: option '--step' needs an argument
