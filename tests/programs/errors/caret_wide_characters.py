# Wide characters (CJK) take two columns on a terminal: the marks under
# them are two wide as well.
greeting = "你好"
print(greeting + "!")  # expect: 你好!
message = "答案: " + 42
# expect-error: TypeError: can only concatenate str (not "int") to str
