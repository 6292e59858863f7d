# A course-style program: records read from JSON, summarised with statistics,
# an object_hook that changes each dict as it is made.
import json
import statistics
text = json.dumps({str(i): list(range(i)) for i in range(12)})
data = json.loads(text)
rows = json.loads('[{"id": 1, "tags": ["a", "bb"]}, {"id": 2, "tags": []}, {"id": 3, "tags": ["bb"]}]')
ids = [r["id"] for r in rows]
avg = statistics.mean(ids)
spread = statistics.stdev(ids)
mid = statistics.median([r["id"] for r in rows])
modes = statistics.multimode(["a", "b", "a", "b", "c"])
q = statistics.quantiles(range(20), n=5)
print(len(text), avg, spread, mid, modes, q)  # expect: 287 2 1.0 2 ['a', 'b'] [3.2, 7.4, 11.6, 15.8]


def hook(d):
    d["seen"] = True
    return d


tagged = json.loads('{"x": {"y": 1}}', object_hook=hook)
print(tagged)  # expect: {'x': {'y': 1, 'seen': True}, 'seen': True}
