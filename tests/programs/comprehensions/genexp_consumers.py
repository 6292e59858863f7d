# Generator expressions consumed by builtins.
nums = [3, 1, 4, 1, 5]
print(sum(n * n for n in nums))  # expect: 52
print(min(n for n in nums if n > 1))  # expect: 3
print(max(-n for n in nums))  # expect: -1
print(any(n > 4 for n in nums), all(n > 0 for n in nums))  # expect: True True
print(sorted(n % 3 for n in nums))  # expect: [0, 1, 1, 1, 2]
print(list(n for n in nums if n != 1))  # expect: [3, 4, 5]
print(tuple(str(n) for n in nums[:2]))  # expect: ('3', '1')
print(set(n for n in nums))  # expect: {1, 3, 4, 5}
print(''.join(str(n) for n in nums))  # expect: 31415
print('-'.join(c.upper() for c in 'abc'))  # expect: A-B-C
