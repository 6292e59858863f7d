# set() removes duplicates; 1, 1.0 and True are one member.
print(set([1, 2, 2, 3, 3, 3]))  # expect: {1, 2, 3}
print({1, 1.0, True})  # expect: {1}
print({True, 1})  # expect: {True}
print(len(set('mississippi')))  # expect: 4
print(sorted(set('mississippi')))  # expect: ['i', 'm', 'p', 's']
print(set())  # expect: set()
print(type({}))  # expect: <class 'dict'>
