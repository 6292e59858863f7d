# An uncaught JSONDecodeError ends the program as in python3.
import json

reply = ""
print(json.loads("[1]"))  # expect: [1]
data = json.loads(reply)
# expect-error: json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
