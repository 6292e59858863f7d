try:
    print("start")
    {}['missing']
finally:
    print("cleanup")
# expect: start
# expect: cleanup
# expect-error: KeyError: 'missing'
