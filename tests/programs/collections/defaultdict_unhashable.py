from collections import defaultdict
hash(defaultdict(list))  # expect-error: TypeError: unhashable type: 'collections.defaultdict'
