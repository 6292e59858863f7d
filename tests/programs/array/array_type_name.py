# The type's names.
import array
print(array.array, array.array.__name__, array.ArrayType is array.array)  # expect: <class 'array.array'> array True
print(type(iter(array.array('i'))).__name__)  # expect: arrayiterator
