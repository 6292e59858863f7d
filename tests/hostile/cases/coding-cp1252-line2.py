# A cp1252 declaration on the second line, after a #! line (vim's spelling).
# hostile-args: run "$IN"
# hostile-setup: printf '#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\nprint(ascii("\200\223\237"))\n' > "$IN"
# hostile-exit: 0
# hostile-stdout: '\u20ac\u201c\u0178'
