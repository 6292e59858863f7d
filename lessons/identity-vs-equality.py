# title: Identity and equality
# summary: == asks whether two objects have equal values, is asks whether two references point to the same object.
# heap: all
a = [1, 2]
#: A second list display builds a second list, even though its contents are equal. (Both lists do refer to the same int objects 1 and 2: small ints are cached, as you will see below.)
b = [1, 2]
#: == compares the values, item by item, so it is True. is compares identities: a and b are two different objects, so it is False.
print(a == b, a is b)  # expect: True False
#: int("256") parses the text at run time. CPython keeps one ready-made object for every int from -5 to 256, so it hands back that cached 256 both times.
x = int("256")
y = int("256")
print(x == y, x is y)  # expect: True True
#: 257 is outside the cache, so each int("257") call builds a new int object.
p = int("257")
q = int("257")
#: The two values are equal, but they are two objects. Use == to compare numbers, never is.
print(p == q, p is q)  # expect: True False
#: A literal is different: when CPython compiles this file it stores equal constants like 1000 only once, so u and v get the same object.
u = 1000
v = 1000
#: This comes from how the file was compiled, not from a rule of the language: typed as separate lines at the interactive prompt, u is v is False. So compare values with ==, and keep is for identity questions such as x is None.
print(u == v, u is v)  # expect: True True
