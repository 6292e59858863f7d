# A raise statement is the whole line: no marks under it, but the call
# that reached it is marked; a comment after the statement makes the marks
# appear, as they no longer span the whole line.
def check_age(age):
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")  # validation
    return age

print(check_age(3))  # expect: 3
ages = [check_age(a) for a in [1, -2]]
# expect-error: ValueError: age cannot be negative: -2
