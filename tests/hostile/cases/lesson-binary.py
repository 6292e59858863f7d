# A binary file given as a lesson.
# hostile-args: lesson "$IN"
# hostile-setup: printf '\177ELF\0\0\0' > in.py
# hostile-setup: mv in.py "$IN"
# hostile-exit: 2
# hostile-stderr-has: refviz: error:
