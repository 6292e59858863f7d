# json.JSONDecodeError: a ValueError saying where the text went wrong.
import json

print(issubclass(json.JSONDecodeError, ValueError))  # expect: True
for text in ['', '[1, 2', '{"a" 1}', "{'a': 1}", '[1, 2,]', '"open', '1 2', '{"a": 1,\n "b": }']:
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        print(err)
# expect: Expecting value: line 1 column 1 (char 0)
# expect: Expecting ',' delimiter: line 1 column 6 (char 5)
# expect: Expecting ':' delimiter: line 1 column 6 (char 5)
# expect: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: Expecting value: line 1 column 7 (char 6)
# expect: Unterminated string starting at: line 1 column 1 (char 0)
# expect: Extra data: line 1 column 3 (char 2)
# expect: Expecting value: line 2 column 7 (char 15)
doc = "[1,\n 2 x]"
try:
    json.loads(doc)
except ValueError as err:
    problem = err
print(type(problem).__name__, problem.msg)  # expect: JSONDecodeError Expecting ',' delimiter
print(problem.pos, problem.lineno, problem.colno, problem.doc is doc)  # expect: 7 2 4 True
print(problem.args)  # expect: ("Expecting ',' delimiter: line 2 column 4 (char 7)",)
print(repr(problem))  # expect: JSONDecodeError("Expecting ',' delimiter: line 2 column 4 (char 7)")
print(json.JSONDecodeError)  # expect: <class 'json.decoder.JSONDecodeError'>
try:
    json.loads("nul")
except json.JSONDecodeError as err:
    empty = err
print(repr(empty.__context__), empty.__suppress_context__)  # expect: StopIteration(0) True
try:
    json.loads(42)
except TypeError as err:
    print(err)  # expect: the JSON object must be str, bytes or bytearray, not int
