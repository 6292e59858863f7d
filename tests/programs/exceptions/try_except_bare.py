try:
    int('abc')
except:
    print("something went wrong")
# expect: something went wrong
