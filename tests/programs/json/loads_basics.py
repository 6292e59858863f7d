# json.loads: JSON text to new Python objects, as CPython's _json scanner
# makes them.
import json
import sys

text = '{"name": "Ada", "age": 36, "scores": [9.5, 8, 10], "active": true, "email": null}'
student = json.loads(text)
print(student)  # expect: {'name': 'Ada', 'age': 36, 'scores': [9.5, 8, 10], 'active': True, 'email': None}
print(type(student["scores"]).__name__, sys.getsizeof(student), sys.getsizeof(student["scores"]))  # expect: list 184 88
print(json.loads("[1, -2, 3.5, 1e3, -0.0, 12345678901234567890]"))  # expect: [1, -2, 3.5, 1000.0, -0.0, 12345678901234567890]
print(json.loads('"tab\\there \\"q\\" \\u00e9 \\ud83d\\ude00 \\/"'))  # expect: tab	here "q" é 😀 /
print(json.loads("  [true, false, null]\n"), json.loads("[]"), json.loads("{}"))  # expect: [True, False, None] [] {}
print(json.loads("[NaN, Infinity, -Infinity]"))  # expect: [nan, inf, -inf]
print(json.loads('{"a": 1, "a": 2}'))  # expect: {'a': 2}
# Every call makes new objects; equal keys within one call share one str.
again = json.loads(text)
print(again == student, again is student, again["scores"] is student["scores"])  # expect: True False False
rows = json.loads('[{"id": 1}, {"id": 2}]')
print(list(rows[0])[0] is list(rows[1])[0])  # expect: True
# Round trip.
print(json.loads(json.dumps(student)) == student)  # expect: True
print(json.loads(json.dumps((1, 2))))  # expect: [1, 2]
print(json.loads(json.dumps({1: "one"})))  # expect: {'1': 'one'}
# Hooks.
print(json.loads('{"a": 1, "b": [2.5]}', object_hook=lambda d: sorted(d)))  # expect: ['a', 'b']
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))  # expect: [('a', 1), ('b', 2)]
print(json.loads("[1.5, 2]", parse_float=str, parse_int=float))  # expect: ['1.5', 2.0]
