import contextlib
for i in range(4):
    with contextlib.suppress(ZeroDivisionError):
        if i == 1:
            continue
        if i == 3:
            break
        print(i, 10 // (i - 2) if i != 2 else 1 / 0)
print("end", i)
# expect: 0 -5
# expect: end 3
