from array import array
array("i").appendd(1)  # expect-error: AttributeError: 'array.array' object has no attribute 'appendd'. Did you mean: 'append'?
