# A BOM and a utf-8 coding declaration together.
# hostile-args: run "$IN"
# hostile-setup: printf '\357\273\277# -*- coding: utf-8 -*-\012print(1)\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1
