# json.dump and json.load write and read files, which refviz does not model.
import json

print(json.dumps([1]))  # expect: [1]
json.dump([1], None)
# expect-refviz-error: refviz: unsupported: json.dump() (refviz does not model file objects) (dump_file_unsupported.py:5)
