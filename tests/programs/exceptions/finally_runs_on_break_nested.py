for i in range(2):
    for j in range(3):
        try:
            try:
                if j == 1:
                    break
                print(i, j)
            finally:
                print("inner finally", i, j)
        finally:
            print("outer finally", i, j)
# expect: 0 0
# expect: inner finally 0 0
# expect: outer finally 0 0
# expect: inner finally 0 1
# expect: outer finally 0 1
# expect: 1 0
# expect: inner finally 1 0
# expect: outer finally 1 0
# expect: inner finally 1 1
# expect: outer finally 1 1
