/* src/lang/modules/stdlib.h - which modules CPython 3.11's standard library has. */
#ifndef RV_LANG_STDLIB_H
#define RV_LANG_STDLIB_H

#include <stdbool.h>

/* Whether `module` (a top-level name) is a public standard library module:
 * python3 imports it, so a model that lacks it must say so, not raise
 * ModuleNotFoundError. */
bool rv_stdlib_has(const char *module);

#endif
