from __future__ import annotations, flying_cars  # expect-error: SyntaxError: future feature flying_cars is not defined
