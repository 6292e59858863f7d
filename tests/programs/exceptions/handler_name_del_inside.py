try:
    raise KeyError('q')
except KeyError as e:
    del e
print("ok")
# expect: ok
