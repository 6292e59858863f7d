# json.dumps's layout options: indent (int or str), separators, sort_keys.
import json

data = {"b": [1, 2, {"x": []}], "a": {"k": (3,)}, "c": {}}
print(json.dumps(data, indent=2))
# expect: {
# expect:   "b": [
# expect:     1,
# expect:     2,
# expect:     {
# expect:       "x": []
# expect:     }
# expect:   ],
# expect:   "a": {
# expect:     "k": [
# expect:       3
# expect:     ]
# expect:   },
# expect:   "c": {}
# expect: }
print(json.dumps([1, [2]], indent="\t"))
# expect: [
# expect: 	1,
# expect: 	[
# expect: 		2
# expect: 	]
# expect: ]
print(json.dumps({"a": 1, "b": 2}, indent=0))
# expect: {
# expect: "a": 1,
# expect: "b": 2
# expect: }
print(json.dumps({"z": 1, "a": {"c": 3, "b": 2}}, sort_keys=True))  # expect: {"a": {"b": 2, "c": 3}, "z": 1}
print(json.dumps({"b": [1, 2], "a": 1}, separators=(",", ":"), sort_keys=True))  # expect: {"a":1,"b":[1,2]}
print(json.dumps({"a": 1}, indent=1, separators=(", ", " = ")))
# expect: {
# expect:  "a" = 1
# expect: }
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=-1))
# expect: [] {} [
# expect: []
# expect: ]
try:
    json.dumps([1], indent=2.5)
except TypeError as err:
    print(err)  # expect: can't multiply sequence by non-int of type 'float'
