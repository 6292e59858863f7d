# title: Generators
# summary: A generator keeps one suspended frame and makes values on demand, so its memory stays flat while a list grows with every item.
# detail: full
import sys


#: A generator function: calling it runs nothing yet, it returns a generator object.
def fibonacci(limit):
    a, b = 0, 1
    for _ in range(limit):
        yield a
        a, b = b, a + b


#: gen holds a generator whose frame has only its argument so far.
gen = fibonacci(5)  #@
#: next() resumes the frame until yield hands out a value and suspends it again: a, b and the loop survive in the generator until the next request.
#@
print(next(gen))  # expect: 0
#: The second next() continues after the yield, with the values the frame kept.
#@
print(next(gen))  # expect: 1
#: list() pulls the remaining values; the finished generator drops its frame.
rest = list(gen)  #@
print(rest)  # expect: [1, 2, 3]
#: A list stores a reference to every item at once: ten numbers, ten references.
numbers = list(fibonacci(10))  #@
print(numbers)  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
#: A list of 1000 numbers needs 1000 references (over 8000 bytes); a generator needs one frame whatever its limit.
print(sys.getsizeof(list(fibonacci(1000))) > 8000)  # expect: True
print(sys.getsizeof(fibonacci(1000)) == sys.getsizeof(fibonacci(10)))  # expect: True
#: A generator expression is a generator object too.
squares = (n * n for n in range(4))  #@
print(sum(squares))  # expect: 14
