# The match statement is outside refviz's subset: the parser refuses it
# before anything runs.
command = "go"
match command:
    case "go":
        print("going")
# expect-refviz-error: refviz: unsupported: match statement (match_statement.py:4)
