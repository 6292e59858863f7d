import gc
print(gc.isenabled())  # expect: True
gc.disable()
print(gc.isenabled())  # expect: False
gc.enable()
print(gc.isenabled())  # expect: True
