/* src/lang/modules/mod_string.c - the string module (CPython's
 * Lib/string.py): its constants and capwords.  Template and Formatter are
 * not modelled (using one is refused, naming it).
 *
 * string.py's constants of name characters (ascii_lowercase,
 * ascii_uppercase, digits, octdigits) are literals of its code, interned
 * as CPython interns such literals: the same objects as a program's equal
 * literals.  The others are literals with other characters, or are
 * computed by concatenation: objects of their own. */
#include "core/exc.h"
#include "core/obj_iter.h"
#include "core/obj_str.h"
#include "lang/modules/modargs.h"
#include "lang/modules/modules_int.h"

#define LOWER "abcdefghijklmnopqrstuvwxyz"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"
#define PUNCTUATION "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#define WHITESPACE " \t\n\r\x0b\x0c"

/* capwords(s, sep=None): (sep or ' ').join(map(str.capitalize,
 * s.split(sep))), evaluated in that order (the joiner's join method is
 * looked up before s.split runs). */
static rv_obj_t *string_capwords(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    static const char *const names[] = { "s", "sep", NULL };
    const rv_pysig_t sig = { "capwords", names, 2, 1, false };
    rv_obj_t *p[2];
    if (rv_pysig_bind(&sig, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_obj_t *sep = p[1] ? p[1] : rv_None;
    int t = rv_truth(sep);
    if (t < 0)
        return NULL;
    rv_obj_t *space = rv_str_from_cstr(" ");
    rv_obj_t *join = rv_getattr_cstr(t ? sep : space, "join");
    rv_decref(space);
    if (!join)
        return NULL;
    rv_obj_t *r = NULL, *parts = NULL, *capitalize = NULL, *words = NULL;
    rv_obj_t *split = rv_getattr_cstr(p[0], "split");
    if (!split)
        goto done;
    parts = rv_call1(split, sep);
    rv_decref(split);
    if (!parts || !(capitalize = rv_getattr_cstr(&rv_str_type.ob, "capitalize")))
        goto done;
    rv_obj_t *margs[] = { capitalize, parts };
    words = rv_call(&rv_map_type.ob, margs, 2, NULL);
    if (words)
        r = rv_call1(join, words);
done:
    rv_xdecref(words);
    rv_xdecref(capitalize);
    rv_xdecref(parts);
    rv_decref(join);
    return r;
}

static const rv_method_t string_functions[] = {
    { "capwords", string_capwords, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};

/* In string.py's order. */
static const char *const string_values[] = {
    "whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
    "hexdigits",  "octdigits",       "punctuation",     "printable",     NULL,
};

static void set_str(rv_obj_t *m, const char *name, const char *value, bool interned)
{
    rv_obj_t *v = interned ? rv_str_intern(value) : rv_str_from_cstr(value);
    rv_module_set_value(m, name, v);
    rv_decref(v);
}

static void string_init(rv_obj_t *m)
{
    set_str(m, "whitespace", WHITESPACE, false);
    set_str(m, "ascii_lowercase", LOWER, true);
    set_str(m, "ascii_uppercase", UPPER, true);
    set_str(m, "ascii_letters", LOWER UPPER, false);
    set_str(m, "digits", DIGITS, true);
    set_str(m, "hexdigits", DIGITS "abcdef" "ABCDEF", false);
    set_str(m, "octdigits", "01234567", true);
    set_str(m, "punctuation", PUNCTUATION, false);
    set_str(m, "printable", DIGITS LOWER UPPER PUNCTUATION WHITESPACE, false);
}

const rv_module_def_t rv_mod_string = {
    .name = "string",
    .functions = string_functions,
    .values = string_values,
    .init = string_init,
};
