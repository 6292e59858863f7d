try:
    {}['k']
except IndexError:
    print("index")
except LookupError as e:
    print("lookup", repr(e))
except KeyError:
    print("never")
# expect: lookup KeyError('k')
