# String reversal and palindrome checks, ignoring case and punctuation.
def reverse(s):
    out = ""
    for ch in s:
        out = ch + out
    return out

def is_palindrome(s):
    cleaned = [ch.lower() for ch in s if ch.isalnum()]
    return cleaned == cleaned[::-1]

def is_pal_rec(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_pal_rec(s[1:-1])

print(reverse("hello"), "hello"[::-1])
for phrase in ["racecar", "A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(phrase), is_palindrome(phrase))
print(is_pal_rec("level"), is_pal_rec("levels"))
print(" ".join(word[::-1] for word in "stressed desserts reward drawer".split()))
# expect: olleh olleh
# expect: 'racecar' True
# expect: 'A man, a plan, a canal: Panama' True
# expect: 'hello' False
# expect: 'Was it a car or a cat I saw?' True
# expect: '' True
# expect: True False
# expect: desserts stressed drawer reward
