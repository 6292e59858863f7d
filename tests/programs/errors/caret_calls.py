# Each frame of the traceback marks the call that led to the next one;
# a line that is all the call shows no marks.
def parse(text):
    return int(text)

def show(value):
    print("value", value)

show(parse("12"))  # expect: value 12
result = show(parse("twelve"))
# expect-error: ValueError: invalid literal for int() with base 10: 'twelve'
