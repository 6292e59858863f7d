# Every typecode and its item size.
import array
for code in 'bBhHiIlLqQfd':
    print(code, array.array(code, [1]).itemsize)  # expect: b 1
# expect: B 1
# expect: h 2
# expect: H 2
# expect: i 4
# expect: I 4
# expect: l 8
# expect: L 8
# expect: q 8
# expect: Q 8
# expect: f 4
# expect: d 8
print(array.typecodes)  # expect: bBuhHiIlLqQfd
