/* src/lang/vm/suggest.c - "Did you mean" for NameError and AttributeError, as
 * CPython 3.11's Python/suggestions.c computes it: a Levenshtein distance
 * with case-aware substitution costs.  A NameError searches the frame's
 * locals, then its globals, then the builtins, in their dict order; an
 * AttributeError searches dir() of the object.  Both use CPython's own
 * namespaces, names included that refviz does not implement: the
 * suggestion is only text. */
#include "lang/vm/suggest.h"

#include <stdint.h>
#include <string.h>

#include "core/exc.h"
#include "core/obj_dict.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "lang/objects/class.h"
#include "lang/objects/dirnames.h"
#include "lang/vm/vm.h"

enum { MAX_CANDIDATES = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1 };

/* A module's globals as python3 starts them, before the program's names. */
static const char *const module_dunders[] = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__",
    "__annotations__", "__builtins__", "__file__", "__cached__", NULL,
};

/* CPython 3.11's builtins namespace, in its order. */
static const char *const builtin_names[] = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit", "copyright", "credits", "license", "help", NULL,
};

bool rv_suggest_is_builtin(const char *name)
{
    for (size_t i = 0; builtin_names[i]; i++)
        if (strcmp(builtin_names[i], name) == 0)
            return true;
    return false;
}

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z')
        b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t distance(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    while (an && bn && a[0] == b[0]) {
        a++, b++;
        an--, bn--;
    }
    while (an && bn && a[an - 1] == b[bn - 1])
        an--, bn--;
    if (an == 0 || bn == 0)
        return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE)
        return max_cost + 1;
    if (bn < an) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t buffer[MAX_STRING_SIZE];
    for (size_t i = 0; i < an; i++)
        buffer[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t dist = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t ai = 0; ai < an; ai++) {
            size_t substitute = dist + substitution_cost(code, a[ai]);
            dist = buffer[ai];
            size_t insert_delete = (result < dist ? result : dist) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[ai] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

typedef struct best {
    const char *name;
    size_t namelen;
    const char *found;
    size_t found_len;
    size_t dist;
    size_t count;
} best_t;

static void consider(best_t *b, const char *item, size_t n)
{
    b->count++;
    if (n == b->namelen && memcmp(item, b->name, n) == 0)
        return;
    size_t max = (b->namelen + n + 3) * MOVE_COST / 6;
    if (b->found && b->dist - 1 < max)
        max = b->dist - 1;
    size_t d = distance(b->name, b->namelen, item, n, max);
    if (d > max)
        return;
    if (!b->found || d < b->dist) {
        b->found = item;
        b->found_len = n;
        b->dist = d;
    }
}

static bool from_list(best_t *b, const char *const *list)
{
    size_t n = 0;
    while (list[n])
        n++;
    if (n >= MAX_CANDIDATES)
        return false;
    for (size_t i = 0; list[i]; i++)
        consider(b, list[i], strlen(list[i]));
    return b->found != NULL;
}

static bool is_module_dunder(rv_obj_t *k)
{
    for (size_t i = 0; module_dunders[i]; i++)
        if (rv_str_eq_cstr(k, module_dunders[i]))
            return true;
    return false;
}

rv_obj_t *rv_suggest_name(rv_obj_t *name, rv_obj_t *globals, bool module_level)
{
    best_t b = { .name = rv_str_utf8(name), .namelen = rv_str_nbytes(name) };
    /* Locals of the module frame are its globals: searched with python3's
     * start-up names first. */
    if (globals && rv_dict_len(globals) + 9 < MAX_CANDIDATES) {
        if (module_level)
            for (size_t i = 0; module_dunders[i]; i++)
                consider(&b, module_dunders[i], strlen(module_dunders[i]));
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(globals, &pos, &k, &v))
            if (RV_IS(k, rv_str_type) && !(module_level && is_module_dunder(k)))
                consider(&b, rv_str_utf8(k), rv_str_nbytes(k));
    }
    if (!b.found)
        from_list(&b, builtin_names);
    return b.found ? rv_str_from_utf8(b.found, b.found_len) : NULL;
}

/******************************************************************************/
/* AttributeError                                                             */

/* dir() of an object: a sorted list from dirnames.c, less the names refviz's
 * module defines itself (those still there are in its dict), plus the keys
 * of the object's own dict. */
typedef struct attr_dir {
    const char *names;  /* dirnames.c's list, or NULL */
    const char *module; /* a module's name, or NULL */
    rv_obj_t *dicts[8]; /* borrowed: the object's own, then its classes' */
    size_t ndicts;
} attr_dir_t;

/* Steps through a space-separated list: the next name and its length. */
static bool next_name(const char **p, const char **name, size_t *len)
{
    if (!*p || !**p)
        return false;
    const char *end = strchr(*p, ' ');
    *name = *p;
    *len = end ? (size_t)(end - *p) : strlen(*p);
    *p = end ? end + 1 : *p + *len;
    return true;
}

/* Whether a name of the table is a candidate: a module's table leaves out
 * what refviz's module defines, which its dict has while it is there. */
static bool listed(const attr_dir_t *d, const char *name, size_t len)
{
    return !d->module || !rv_module_defines(d->module, name, len);
}

/* Whether a key of the dict is a candidate of the table already. */
static bool in_list(const attr_dir_t *d, const char *s, size_t n)
{
    const char *p = d->names, *name;
    size_t len;
    while (next_name(&p, &name, &len))
        if (len == n && memcmp(name, s, n) == 0 && listed(d, name, len))
            return true;
    return false;
}

static bool sorts_before(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    return c < 0 || (c == 0 && an < bn);
}

/* As consider(), for candidates met out of dir()'s sorted order: of equally
 * close names the one that sorts first wins, as it does in CPython's scan
 * of the sorted list. */
static void consider_unordered(best_t *b, const char *item, size_t n)
{
    if (n == b->namelen && memcmp(item, b->name, n) == 0)
        return;
    size_t max = (b->namelen + n + 3) * MOVE_COST / 6;
    if (b->found && b->dist < max)
        max = b->dist;
    size_t d = distance(b->name, b->namelen, item, n, max);
    if (d > max)
        return;
    if (!b->found || d < b->dist || sorts_before(item, n, b->found, b->found_len)) {
        b->found = item;
        b->found_len = n;
        b->dist = d;
    }
}

static void add_dict(attr_dir_t *d, rv_obj_t *dict)
{
    if (dict && d->ndicts < sizeof d->dicts / sizeof d->dicts[0])
        d->dicts[d->ndicts++] = dict;
}

/* A user class's dir(): its built-in base's names, then the namespaces
 * along its bases. */
static void add_class(attr_dir_t *d, const rv_type_t *t)
{
    d->names = rv_dirnames_type(rv_class_ext(t)->native->name);
    for (; t && rv_is_heap_type(t); t = t->base)
        add_dict(d, t->dict);
}

static attr_dir_t attr_dir_of(rv_obj_t *obj)
{
    attr_dir_t d = { 0 };
    if (RV_IS(obj, rv_module_type)) {
        /* module.__dir__ lists its namespace only. */
        d.module = rv_str_utf8(((rv_module_t *)obj)->name);
        d.names = rv_dirnames_module(d.module);
        add_dict(&d, rv_module_dict_borrow(obj));
    } else if (rv_isinstance(obj, &rv_type_type)) {
        /* A class's dir() merges its own and its bases' attributes. */
        if (rv_is_heap_type((rv_type_t *)obj)) {
            add_class(&d, (rv_type_t *)obj);
        } else {
            d.names = rv_dirnames_type(((rv_type_t *)obj)->name);
            add_dict(&d, ((rv_type_t *)obj)->dict);
        }
    } else if (rv_is_heap_type(obj->type)) {
        add_dict(&d, rv_instance_dict(obj));
        add_class(&d, obj->type);
    } else {
        d.names = rv_dirnames_type(obj->type->name);
        if (rv_is_exc(obj))
            add_dict(&d, ((rv_exc_t *)obj)->dict);
        else if (RV_IS(obj, rv_function_type))
            add_dict(&d, ((rv_function_t *)obj)->dict);
    }
    return d;
}

/* Whether key k of dict i was met already: in the table or an earlier
 * dict (dir() lists each name once). */
static bool seen_before(const attr_dir_t *d, size_t i, rv_obj_t *k)
{
    if (in_list(d, rv_str_utf8(k), rv_str_nbytes(k)))
        return true;
    for (size_t j = 0; j < i; j++)
        if (rv_dict_get_borrow(d->dicts[j], k))
            return true;
    return false;
}

/* How many names dir() would list. */
static size_t attr_dir_count(const attr_dir_t *d)
{
    size_t n = 0, len;
    const char *p = d->names, *name;
    while (next_name(&p, &name, &len))
        n += listed(d, name, len);
    for (size_t i = 0; i < d->ndicts; i++) {
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(d->dicts[i], &pos, &k, &v))
            n += RV_IS(k, rv_str_type) && !seen_before(d, i, k);
    }
    return n;
}

rv_obj_t *rv_suggest_attr(rv_obj_t *obj, rv_obj_t *name)
{
    attr_dir_t d = attr_dir_of(obj);
    if (attr_dir_count(&d) >= MAX_CANDIDATES)
        return NULL;
    best_t b = { .name = rv_str_utf8(name), .namelen = rv_str_nbytes(name) };
    size_t len, pos = 0;
    const char *p = d.names, *item;
    while (next_name(&p, &item, &len))
        if (listed(&d, item, len))
            consider_unordered(&b, item, len);
    rv_obj_t *k, *v;
    for (size_t i = 0; i < d.ndicts; i++)
        for (pos = 0; rv_dict_next(d.dicts[i], &pos, &k, &v);)
            if (RV_IS(k, rv_str_type))
                consider_unordered(&b, rv_str_utf8(k), rv_str_nbytes(k));
    return b.found ? rv_str_from_utf8(b.found, b.found_len) : NULL;
}
