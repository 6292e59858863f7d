try:
    print("body")
finally:
    print("finally")
print("done")
# expect: body
# expect: finally
# expect: done
