print("never runs")
try:
    pass
except:
    pass
except ValueError:
    pass
# expect-error: SyntaxError: default 'except:' must be last
