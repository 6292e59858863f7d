# Nested dicts are separate objects referenced from the outer dict.
config = {'db': {'host': 'localhost', 'port': 5432}, 'debug': False}
db = config['db']
db['port'] = 6543
print(config)  # expect: {'db': {'host': 'localhost', 'port': 6543}, 'debug': False}
print(config['db']['host'])  # expect: localhost
config['db'] = {}
print(db)  # expect: {'host': 'localhost', 'port': 6543}
