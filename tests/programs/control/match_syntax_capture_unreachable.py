# A capture pattern matches anything: a case after it could never run.
def size(x):
    match x:
        case 0:
            return "zero"
        case other:
            return "some"
        case [a]:
            return "one"
# expect-error: SyntaxError: name capture 'other' makes remaining patterns unreachable
