import sys
print(sys.getrecursionlimit())  # expect: 1000
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())  # expect: 500
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())  # expect: 3000
