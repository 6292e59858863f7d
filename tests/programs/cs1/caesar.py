# Caesar cipher with ord/chr, and a brute-force decoder.
def shift_char(ch, k):
    if ch.isupper():
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    if ch.islower():
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    return ch

def encrypt(text, k):
    return "".join(shift_char(c, k) for c in text)

secret = encrypt("Hello, World!", 3)
print(secret)
print(encrypt(secret, -3))
for k in range(1, 4):
    print(k, encrypt("xyz ABC", k))
# expect: Khoor, Zruog!
# expect: Hello, World!
# expect: 1 yza BCD
# expect: 2 zab CDE
# expect: 3 abc DEF
