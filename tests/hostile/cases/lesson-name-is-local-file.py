# A lesson NAME is looked up by name, never as a file in the working directory.
# hostile-args: lesson aliasing --final
# hostile-setup: printf 'print("not the lesson")\n' > aliasing
# hostile-exit: 0
# hostile-stdout: Aliasing
