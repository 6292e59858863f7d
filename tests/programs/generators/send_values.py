def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
# expect: None
# expect: 10.0 15.0 30.0
