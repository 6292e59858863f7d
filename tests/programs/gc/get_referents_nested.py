import gc
inner = [1]
outer = [inner, inner]
r = gc.get_referents(outer)
print(len(r), r[0] is inner, r[1] is inner)  # expect: 2 True True
