# capwords' errors come from the calls it makes, in its order.
import string

calls = [
    lambda: string.capwords(),
    lambda: string.capwords('a', 'b', 'c'),
    lambda: string.capwords(1),
    lambda: string.capwords('a b', 1),
    lambda: string.capwords('a', ''),
    lambda: string.capwords(s='a', t=1),
]
for call in calls:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
# expect: TypeError capwords() missing 1 required positional argument: 's'
# expect: TypeError capwords() takes from 1 to 2 positional arguments but 3 were given
# expect: AttributeError 'int' object has no attribute 'split'
# expect: AttributeError 'int' object has no attribute 'join'
# expect: ValueError empty separator
# expect: TypeError capwords() got an unexpected keyword argument 't'
string.capwords(None)
# expect-error: AttributeError: 'NoneType' object has no attribute 'split'
