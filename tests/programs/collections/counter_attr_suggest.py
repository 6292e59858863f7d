from collections import Counter
Counter().most_comon()  # expect-error: AttributeError: 'Counter' object has no attribute 'most_comon'. Did you mean: 'most_common'?
