/* src/lang/suggest.c - "Did you mean" for NameError, as CPython 3.11's
 * Python/suggestions.c computes it: a Levenshtein distance with case-aware
 * substitution costs over the frame's locals, then its globals, then the
 * builtins, in their dict order (CPython's own namespaces, names included
 * that refviz does not implement: the suggestion is only text). */
#include "lang/suggest.h"

#include <stdint.h>
#include <string.h>

#include "core/obj_dict.h"
#include "core/obj_str.h"

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
            if (RV_IS(k, rv_str_type) && !(module_level && rv_str_eq_cstr(k, "__name__")))
                consider(&b, rv_str_utf8(k), rv_str_nbytes(k));
    }
    if (!b.found)
        from_list(&b, builtin_names);
    return b.found ? rv_str_from_utf8(b.found, b.found_len) : NULL;
}
