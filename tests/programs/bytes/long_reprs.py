# Snapshots cut long reprs (at 200 characters) without building them; the
# quote a bytes repr uses still depends on all of its bytes.
buf = bytearray()
for i in range(260):
    buf.append(i % 128)
buf += b"'"
frozen = bytes(buf)
rows = [frozen, b'\n' * 120, buf]
print(len(repr(buf)), repr(frozen)[-6:])  # expect: 478 x03\''
