# Mapping patterns destructure JSON-like data: keys that must be present,
# values matched by sub-patterns, extra keys ignored or collected by
# **rest (a new dict), nested lists and dicts.
events = [
    {"type": "user", "name": "ada", "tags": ["admin", "dev"]},
    {"type": "user", "name": "bob", "tags": []},
    {"type": "order", "id": 7, "items": [{"sku": "a1", "qty": 2}, {"sku": "b2", "qty": 1}]},
    {"type": "ping"},
    {"type": "move", "to": {"x": 1, "y": 2}, "speed": 3, "note": "fast"},
    {"name": "no type"},
    ["not", "a", "dict"],
]

def handle(event):
    match event:
        case {"type": "user", "name": str(name), "tags": [first, *others]}:
            return f"user {name}, first tag {first}, {len(others)} more"
        case {"type": "user", "name": name}:
            return f"user {name} without tags"
        case {"type": "order", "id": int(order_id), "items": [{"sku": sku, "qty": qty}, *_]}:
            return f"order {order_id} starts with {qty} x {sku}"
        case {"type": "move", "to": {"x": x, "y": y}, **rest}:
            return f"move to {x},{y} with {rest}"
        case {"type": kind}:
            return f"unknown event {kind}"
        case {}:
            return "a dict without a type"
        case _:
            return "not an event"

for e in events:
    print(handle(e))
# expect: user ada, first tag admin, 1 more
# expect: user bob without tags
# expect: order 7 starts with 2 x a1
# expect: unknown event ping
# expect: move to 1,2 with {'speed': 3, 'note': 'fast'}
# expect: a dict without a type
# expect: not an event

config = {"debug": True, "level": 3}
match config:
    case {"debug": True, **settings}:
        print(settings)  # expect: {'level': 3}
print(settings is config)  # expect: False
