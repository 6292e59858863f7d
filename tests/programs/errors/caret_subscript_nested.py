# A failed subscript: '~' under the value, '^' under the brackets; the
# subscript that failed is the inner one here.
config = {"db": {"host": "localhost"}, "cache": {}}
host = config["db"]["host"]
print(host)  # expect: localhost
port = config["db"]["port"]
# expect-error: KeyError: 'port'
