# Identifiers are NFKC-normalised as CPython parses them (PEP 3131): a
# ligature, a mathematical bold letter, fullwidth letters, a base letter
# with a combining accent and Hangul jamo all name the normalised variable.
ﬁ = 1
print(fi)  # expect: 1
𝐱 = 2
print(x, 𝐱)  # expect: 2 2
ｖａｌｕｅ = 3
print(value)  # expect: 3
café = 4
print(café)  # expect: 4
가 = 5
print(가)  # expect: 5
class K:
    ﬁeld = 1
print(K.field, "ﬁeld" in K.__dict__, "field" in K.__dict__)  # expect: 1 False True
def f(ｋ):
    return ｋ
print(f(k=7))  # expect: 7
import ｍａｔｈ
print(math.floor(2.5))  # expect: 2
print(sorted(n for n in globals() if not n.startswith("_")))  # expect: ['K', 'café', 'f', 'fi', 'math', 'value', 'x', '가']
