# A missing argument to a lesson option.
# hostile-args: lesson aliasing --max-steps
# hostile-exit: 2
# hostile-stderr: refviz: lesson: option '--max-steps' needs an argument
