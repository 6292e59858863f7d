# An encoding python3 knows but the model does not decode: unsupported.
# hostile-args: run --engine model "$IN"
# hostile-setup: printf '# coding: iso-8859-15\nprint(1)\n' > "$IN"
# hostile-exit: 1
# hostile-stderr-has: refviz: unsupported: the source encoding 'iso-8859-15' (refviz reads utf-8, latin-1, cp1252 and ascii)
