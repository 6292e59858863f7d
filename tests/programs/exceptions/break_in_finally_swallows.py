for i in range(3):
    try:
        1 / 0
    finally:
        print("finally")
        break
print("exception swallowed")
# expect: finally
# expect: exception swallowed
