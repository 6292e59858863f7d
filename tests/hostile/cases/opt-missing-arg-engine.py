# A missing argument to --engine names the option.
# hostile-args: run --engine
# hostile-exit: 2
# hostile-stderr: refviz: run: option '--engine' needs an argument
