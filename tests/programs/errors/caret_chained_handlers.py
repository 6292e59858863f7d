# An exception raised while another is handled: both tracebacks are
# printed, each with its marks.
inventory = {"apples": 3}
try:
    count = inventory["pears"]
except KeyError:
    count = inventory["apples"] / 0
# expect-error: ZeroDivisionError: division by zero
