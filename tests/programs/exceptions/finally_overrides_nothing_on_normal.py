log = []
for i in range(3):
    try:
        log.append(('try', i))
    finally:
        log.append(('finally', i))
print(len(log), log[-1])  # expect: 6 ('finally', 2)
