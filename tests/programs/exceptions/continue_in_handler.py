for s in ['1', 'x', '3']:
    try:
        n = int(s)
    except ValueError as e:
        print("skip", s)
        continue
    print("got", n)
# expect: got 1
# expect: skip x
# expect: got 3
