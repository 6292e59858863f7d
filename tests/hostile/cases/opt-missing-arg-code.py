# A missing argument to --code names the option.
# hostile-args: run --code
# hostile-exit: 2
# hostile-stderr: refviz: run: option '--code' needs an argument
