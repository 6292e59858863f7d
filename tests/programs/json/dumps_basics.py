# json.dumps: Python values to JSON text, as CPython's C encoder writes it.
import json
import sys

student = {"name": "Ada", "age": 36, "scores": [9.5, 8, 10], "active": True, "email": None}
text = json.dumps(student)
print(text)  # expect: {"name": "Ada", "age": 36, "scores": [9.5, 8, 10], "active": true, "email": null}
print(type(text).__name__, len(text), sys.getsizeof(text))  # expect: str 81 130
print(json.dumps([1, "two", 3.0, (4, 5), [], {}]))  # expect: [1, "two", 3.0, [4, 5], [], {}]
print(json.dumps("hi"), json.dumps(42), json.dumps(None), json.dumps(False))  # expect: "hi" 42 null false
print(json.dumps(0.1 + 0.2), json.dumps(1e100), json.dumps(-0.0), json.dumps(10 ** 20))  # expect: 0.30000000000000004 1e+100 -0.0 100000000000000000000
print(json.dumps([float("inf"), float("-inf"), float("nan")]))  # expect: [Infinity, -Infinity, NaN]
# Keys become strings: int, float, bool and None keys too.
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))  # expect: {"1": "c", "2.5": "b", "null": "d"}
# Escapes: with ensure_ascii (the default) every non-ASCII character too.
print(json.dumps('say "hi"\tback\\slash\n'))  # expect: "say \"hi\"\tback\\slash\n"
print(json.dumps("café €5 😀"))  # expect: "caf\u00e9 \u20ac5 \ud83d\ude00"
print(json.dumps("café €5 😀", ensure_ascii=False))  # expect: "café €5 😀"
print(json.dumps("\x00\x1f\x7f"), ascii(json.dumps("\x7f", ensure_ascii=False)))  # expect: "\u0000\u001f\u007f" '"\x7f"'
# dumps returns a new str each time; the data is left as it was.
again = json.dumps(student)
print(again == text, again is text)  # expect: True False
print(json.dumps(None) is json.dumps(None), json.dumps([]) is json.dumps([]))  # expect: True True
print(json.dumps(7) is json.dumps(7))  # expect: False
