# NumPy's exceptions and messages, for the mistakes learners make.
import numpy as np

a = np.arange(5)
m = np.ones((2, 3))
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)  # expect: IndexError: index 5 is out of bounds for axis 0 with size 5
# expect: IndexError: index -6 is out of bounds for axis 0 with size 5
# expect: IndexError: index 2 is out of bounds for axis 0 with size 2
# expect: IndexError: index 3 is out of bounds for axis 1 with size 3
# expect: IndexError: too many indices for array: array is 1-dimensional, but 2 were indexed
# expect: IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
# expect: IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
# expect: IndexError: index 7 is out of bounds for axis 0 with size 5
# expect: IndexError: boolean index did not match indexed array along dimension 0; dimension is 5 but corresponding boolean dimension is 2
# expect: IndexError: arrays used as indices must be of integer (or boolean) type
# expect: ValueError: operands could not be broadcast together with shapes (5,) (4,) 
# expect: ValueError: operands could not be broadcast together with shapes (2,3) (2,) 
# expect: ValueError: cannot reshape array of size 5 into shape (3,2)
# expect: ValueError: cannot reshape array of size 5 into shape (2,newaxis)
# expect: ValueError: can only specify one unknown dimension
# expect: ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
# expect: ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
# expect: ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)
# expect: ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)
# expect: ValueError: matmul: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)
# expect: ValueError: Integers to negative integer powers are not allowed.
# expect: ValueError: zero-size array to reduction operation minimum which has no identity
# expect: ValueError: zero-size array to reduction operation maximum which has no identity
# expect: ValueError: attempt to get argmax of an empty sequence
# expect: AxisError: axis 1 is out of bounds for array of dimension 1
# expect: TypeError: data type 'int9' not understood
# expect: ValueError: negative dimensions are not allowed
# expect: ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()
# expect: TypeError: len() of unsized object
# expect: TypeError: unhashable type: 'numpy.ndarray'
# expect: TypeError: numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.
# expect: TypeError: The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.
# expect: TypeError: ufunc 'bitwise_and' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''
# expect: ValueError: could not broadcast input array from shape (3,) into shape (2,)
# expect: ValueError: cannot delete array elements
# expect: AttributeError: 'numpy.ndarray' object has no attribute '__nope__'
# expect: ValueError: can only convert an array of size 1 to a Python scalar

show(lambda: a[5])
show(lambda: a[-6])
show(lambda: m[2, 0])
show(lambda: m[0, 3])
show(lambda: a[1, 2])
show(lambda: a["x"])
show(lambda: a[1.5])
show(lambda: a[[1, 7]])
show(lambda: a[np.array([True, False])])
show(lambda: a[np.array([1.0])])
show(lambda: a + np.arange(4))
show(lambda: m + np.ones(2))
show(lambda: a.reshape(3, 2))
show(lambda: a.reshape(2, -1))
show(lambda: a.reshape(-1, -1))
show(lambda: np.array([[1, 2], [3]]))
show(lambda: np.array([1, [2, 3]]))
show(lambda: np.dot(m, m))
show(lambda: m @ m)
show(lambda: a @ 2)
show(lambda: a ** -1)
show(lambda: np.array([], dtype=np.int64).min())
show(lambda: np.array([]).max())
show(lambda: np.array([]).argmax())
show(lambda: a.sum(axis=1))
show(lambda: np.zeros(3, dtype='int9'))
show(lambda: np.zeros(-1))
show(lambda: bool(a))
show(lambda: len(np.array(5)))
show(lambda: {a: 1})
show(lambda: np.array([True]) - np.array([False]))
show(lambda: -np.array([True]))
show(lambda: np.array([1.5]) & 1)
def setit():
    a[:2] = [1, 2, 3]
show(setit)
def delit():
    del a[0]
show(delit)
show(lambda: a.no_such_attribute_here if False else a.__nope__)
show(lambda: np.array([1, 2]).item())
def iadd():
    b = np.array([1, 2])
    try:
        b += 0.5
    except TypeError as e:
        return "TypeError: " + str(e)
print(iadd())  # expect: TypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
