i = 0
while i < 3:
    i += 1
    try:
        if i == 2:
            continue
        print("body", i)
    finally:
        print("finally", i)
# expect: body 1
# expect: finally 1
# expect: finally 2
# expect: body 3
# expect: finally 3
