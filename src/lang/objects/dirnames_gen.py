#!/usr/bin/env python3
"""Generates src/lang/objects/dirnames.c: what CPython 3.11's dir() lists for the
objects refviz has, the candidates of AttributeError's "Did you mean", and
the names `from M import *` binds for the modules refviz has.

The names are CPython's own, those refviz does not implement included: a
suggestion is only text, and it must be the one python3 prints.  They are
measured from the running CPython, which must be 3.11.

    python3 dirnames_gen.py > dirnames.c       regenerate
    python3 dirnames_gen.py --check dirnames.c  compare; exit 1 if they differ
"""
import subprocess
import sys
import tracemalloc
import types
import weakref

# refviz's built-in types by name, each with an expression for that type in
# CPython.  dir(T) is also what dir() lists for T's instances, before the
# keys of an instance's own __dict__ (exceptions, functions).
TYPES = {
    "NoneType": "type(None)",
    "NotImplementedType": "type(NotImplemented)",
    "bool": "bool",
    "bytearray": "bytearray",
    "bytearray_iterator": "type(iter(bytearray()))",
    "bytes": "bytes",
    "bytes_iterator": "type(iter(b''))",
    "builtin_function_or_method": "type(len)",
    "callable_iterator": "type(iter(int, 1))",
    "cell": "types.CellType",
    "code": "types.CodeType",
    "dict": "dict",
    "dict_itemiterator": "type(iter({}.items()))",
    "dict_items": "type({}.items())",
    "dict_keyiterator": "type(iter({}))",
    "dict_keys": "type({}.keys())",
    "dict_valueiterator": "type(iter({}.values()))",
    "dict_values": "type({}.values())",
    "ellipsis": "type(...)",
    "enumerate": "enumerate",
    "filter": "filter",
    "float": "float",
    "frame": "types.FrameType",
    "frozenset": "frozenset",
    "function": "types.FunctionType",
    "generator": "types.GeneratorType",
    "int": "int",
    "iterator": "type(iter(Seq()))",
    "list": "list",
    "list_iterator": "type(iter([]))",
    "list_reverseiterator": "type(reversed([]))",
    "longrange_iterator": "type(iter(range(2 ** 64)))",
    "map": "map",
    "memory_iterator": "type(iter(memoryview(b'')))",
    "memoryview": "memoryview",
    "method_descriptor": "type(list.append)",
    "module": "types.ModuleType",
    "object": "object",
    "range": "range",
    "range_iterator": "type(iter(range(1)))",
    "reversed": "reversed",
    "set": "set",
    "set_iterator": "type(iter(set()))",
    "slice": "slice",
    "str": "str",
    "str_ascii_iterator": "type(iter(''))",
    "str_iterator": "type(iter('\\xe9'))",
    "tuple": "tuple",
    "tuple_iterator": "type(iter(()))",
    "type": "type",
    "zip": "zip",
    # Types named with their module in refviz (tp_name "weakref.ReferenceType").
    "weakref.ReferenceType": "weakref.ref",
    "WeakValueDictionary": "weakref.WeakValueDictionary",
    "tracemalloc.Snapshot": "tracemalloc.Snapshot",
    "tracemalloc.Statistic": "tracemalloc.Statistic",
    "tracemalloc.StatisticDiff": "tracemalloc.StatisticDiff",
    # collections and array (type names as CPython's tp_name)
    "collections.deque": "collections.deque",
    "collections.defaultdict": "collections.defaultdict",
    "Counter": "collections.Counter",
    "array.array": "array.array",
    # itertools (tp_name "itertools.count")
    **{"itertools." + n: "itertools." + n for n in [
        "count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
        "takewhile", "filterfalse", "starmap", "pairwise", "groupby", "_grouper", "islice",
        "_tee", "_tee_dataobject", "zip_longest", "product", "permutations", "combinations",
        "combinations_with_replacement"]},
}

# Library classes whose instances dir() also lists instance attributes:
# their table is what dir() of a new instance lists (random.Random's
# gauss_next is in its instance's __dict__).
INSTANCES = {
    "Random": "random.Random()",
}

# The exception types of src/core/exc.h (RV_EXC_TYPES, refviz's own left out).
EXCEPTIONS = """
    BaseException Exception SystemExit KeyboardInterrupt GeneratorExit
    StopIteration ArithmeticError ZeroDivisionError OverflowError
    AssertionError AttributeError LookupError IndexError KeyError NameError
    UnboundLocalError RuntimeError RecursionError NotImplementedError
    TypeError ValueError UnicodeError UnicodeEncodeError UnicodeDecodeError
    ImportError ModuleNotFoundError MemoryError BufferError OSError SyntaxError
    IndentationError
""".split()

MODULES = ["__future__", "array", "bisect", "collections", "contextlib", "copy", "dataclasses",
           "enum", "functools", "gc", "heapq", "itertools", "json", "math", "operator", "random",
           "statistics", "string", "sys", "time", "tracemalloc", "typing", "weakref"]

# dir() of the modules as the traceback of an uncaught exception sees it:
# PyErr_Print has set sys.last_type, last_value and last_traceback before
# sys.excepthook runs, so they are measured from inside the hook.
MODULE_PROBE = """
import sys, %s
def hook(*exc):
    for m in %r:
        print(m, ' '.join(dir(sys.modules[m])))
sys.excepthook = hook
raise ValueError
""" % (", ".join(MODULES), MODULES)


class Seq:
    """A sequence without __iter__: iter() wraps it in an 'iterator'."""

    def __getitem__(self, i):
        raise IndexError


def type_dirs():
    import array
    import collections
    import itertools
    env = {"types": types, "Seq": Seq, "weakref": weakref, "tracemalloc": tracemalloc,
           "collections": collections, "array": array, "itertools": itertools}
    out = {}
    for name, expr in TYPES.items():
        t = eval(expr, env)
        assert t.__name__ == name.rsplit(".", 1)[-1], (name, t.__name__)
        out[name] = dir(t)
    for name in EXCEPTIONS:
        out[name] = dir(getattr(__builtins__, name))
    import random
    for name, expr in INSTANCES.items():
        obj = eval(expr, {"random": random})
        assert type(obj).__name__ == name, (name, type(obj).__name__)
        out[name] = dir(obj)
    return out


def module_dirs():
    r = subprocess.run([sys.executable, "-c", MODULE_PROBE], capture_output=True,
                       text=True, check=False)
    out = {}
    for line in r.stdout.splitlines():
        name, names = line.split(" ", 1)
        out[name] = names.split()
    assert sorted(out) == MODULES, r.stderr
    return out


# The names `from M import *` binds, in the order it binds them: __all__'s,
# else the module dict's public names.
# (__future__ has no such table: `from __future__ import *` is a
# SyntaxError.)
STAR_MODULES = [m for m in MODULES if m != "__future__"]
STAR_PROBE = """
for m in %r:
    ns = {}
    exec('from %%s import *' %% m, ns)
    print(m, ' '.join(k for k in ns if k != '__builtins__'))
""" % (STAR_MODULES,)


def module_stars():
    r = subprocess.run([sys.executable, "-c", STAR_PROBE], capture_output=True,
                       text=True, check=False)
    out = {}
    for line in r.stdout.splitlines():
        name, _, names = line.partition(" ")
        out[name] = names.split()
    assert sorted(out) == STAR_MODULES, r.stderr
    return out


def emit_table(out, cname, table):
    out.append("static const dir_entry_t %s[] = {" % cname)
    for name in sorted(table):
        out.append('    { "%s",' % name)
        line = '      "'
        for n in table[name]:
            # Names are identifiers: nothing to escape.
            assert n.isidentifier(), n
            if len(line) + len(n) + 2 > 96:
                out.append(line + '"')
                line = '      "'
            line += n + " "
        out.append(line.rstrip() + '" },')
    out.append("};")


def generate():
    out = [
        "/* src/lang/objects/dirnames.c - GENERATED by src/lang/objects/dirnames_gen.py from CPython %s;"
        % sys.version.split()[0],
        " * do not edit.  See dirnames.h. */",
        '#include "lang/objects/dirnames.h"',
        "",
        "#include <string.h>",
        "",
        "typedef struct dir_entry {",
        "    const char *name;",
        "    const char *names; /* each followed by one space but the last */",
        "} dir_entry_t;",
        "",
        "/* dir(T) of each built-in type refviz has, by T.__name__. */",
    ]
    emit_table(out, "type_dirs", type_dirs())
    out.append("")
    out.append("/* dir(module) while python3 prints an uncaught exception (sys.last_*")
    out.append(" * are set by then). */")
    emit_table(out, "module_dirs", module_dirs())
    out.append("")
    out.append("/* The names `from M import *` binds, in its order (not sorted). */")
    emit_table(out, "module_stars", module_stars())
    out.append("")
    out.append(LOOKUP)
    return "\n".join(out) + "\n"


LOOKUP = """static const char *find(const dir_entry_t *t, size_t n, const char *name)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(t[mid].name, name);
        if (c == 0)
            return t[mid].names;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const char *rv_dirnames_type(const char *type_name)
{
    return find(type_dirs, sizeof type_dirs / sizeof type_dirs[0], type_name);
}

const char *rv_dirnames_module(const char *module_name)
{
    return find(module_dirs, sizeof module_dirs / sizeof module_dirs[0], module_name);
}

const char *rv_dirnames_star(const char *module_name)
{
    return find(module_stars, sizeof module_stars / sizeof module_stars[0], module_name);
}"""


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("dirnames_gen.py: needs CPython 3.11, not %s" % sys.version.split()[0])
    text = generate()
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        with open(sys.argv[2], encoding="utf-8") as f:
            old = f.read()
        # The header names the micro version that generated the file.
        strip = lambda s: s.split("\n", 1)[1]
        if strip(old) != strip(text):
            print("FAIL: %s differs from what dirnames_gen.py generates now" % sys.argv[2])
            return 1
        return 0
    if len(sys.argv) != 1:
        sys.exit(__doc__)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
