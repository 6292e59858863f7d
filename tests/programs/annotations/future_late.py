"""A doc."""
x = 1
from __future__ import annotations  # expect-error: SyntaxError: from __future__ imports must occur at the beginning of the file
