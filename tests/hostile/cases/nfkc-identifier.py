# Identifiers are NFKC-normalised: a ligature, a bold letter, fullwidth.
# hostile-exit: 0
# hostile-stdout: 1 2 3
ﬁ = 1
𝐱 = 2
ｖａｌｕｅ = 3
print(fi, x, value)
