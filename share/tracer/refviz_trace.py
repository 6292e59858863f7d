#!/usr/bin/env python3
"""refviz_trace.py - refviz's CPython engine.

    python3 refviz_trace.py [OPTIONS] PROGRAM.py [ARGS...]
    python3 refviz_trace.py [OPTIONS] -c CODE

Runs a Python program as `__main__` under the machine's own CPython with a
sys.settrace tracer and writes the program's trace in refviz's snapshot
format (snapshot-format.md, version 1): a snapshot of every frame, variable
and reachable object after each statement, call, return and exception.
Standard library only: this file is installed with refviz and run by its
`--engine cpython`.

Options (before PROGRAM):
    --format json     the whole trace document (default), written as it goes
    --format stream   one JSON object per line: a header, one line per
                      snapshot with only the objects whose state changed since
                      this stream last sent them, an end line
    --trace-fd N      write the trace to file descriptor N (default: stdout)
    --final           keep only the last snapshot
    --max-steps N     stop the program after N snapshots (0: no limit)
    --repr-limit N    cut reprs longer than N characters (default 200)
    --name NAME       source.name (default: PROGRAM's base name without .py)
    --echo            also copy the program's output to the real stdout

The program's stdout is captured for the trace; its stderr is the real one.
Exit status: the program's, as python3 gives it (0, 1 after an uncaught
exception, SystemExit's code); 2 for a usage error; 3 when the tracer itself
fails (`refviz_trace: error: ...` on stderr).

The stream (--format stream), one JSON object per line, each flushed as
soon as it is written:
  1. the header: the trace object without `steps` and `error`
     {"format":"refviz-trace","version":1,"source":{...},"lesson":null,"python":"3.11"}
  2. one line per snapshot, as it is taken:
     {"step":N,"line":L,"event":E,"stdout":TEXT,"frames":[...],"objects":[...],"freed":[...]}
     `stdout` is what the program printed since the previous snapshot line;
     `frames` are the spec's, whole (with "return" in a return snapshot);
     `objects` are only those whose state is new to the stream or differs
     from the state it last sent for that id (type, mutable, size, repr,
     value, refs), with the spec's fields but neither `refcount` nor
     `change`, in no particular order; `freed` lists the ids sent before
     whose objects died since the previous snapshot line, whether the reader
     last saw them listed or unreachable.  The reader keeps the last state
     of each id and derives the listing, its order, refcounts, change,
     unreachable and memory by the spec's definitions.  Ids are integers,
     given in the order objects are first seen and never reused.  With
     --final the one snapshot line is the last snapshot, complete.
  3. the end: {"end":true,"error":null or {"type","message","line"},
     "steps":TOTAL,"stopped":LINE or null}; `stopped` is the line of the last
     snapshot when --max-steps stopped the program.
--format json writes the trace document as the spec has it, steps as they
are taken; each snapshot also has `unreachable`.

How it works, in the order of this file:
  Program      the source: the statement each line belongs to, which code
               objects are the program's, the order a statement binds names
  Identities   stable integer ids; the tracer keeps every listed object
               (weakly where it can), releases what only it still holds, and
               takes its own references out of what the program measures
               (gc.collect, sys.getrefcount, gc.get_referrers)
  Refs         what an object holds, by kind (the spec's `refs` table)
  Recorder     one snapshot: program frames, their variables in binding
               order, the depth-first walk, each object's state
  Stepper      the sys.settrace handler: decides when a snapshot is taken
  Output       the program's captured stdout
  JsonWriter, StreamWriter
               the two output formats
  main         command line, running the program, traceback, exit status

The trace is checked against the contract's test oracle (shared/oracle/
cpython_trace.py, by tests/oracle/check.sh), an independent implementation
of the same spec.  Two of the oracle's choices show in what a program sees,
so the tracer makes them too, its own way, for the traces to agree: an
object that a snapshot lists dies no sooner than the next snapshot, and the
collector only runs when the program calls gc.collect().
"""

import ast
import builtins
import dis
import functools
import gc
import io
import itertools
import json
import math
import os
import re
import sys
import sysconfig
import types
import weakref
from collections import OrderedDict, deque
from json.encoder import encode_basestring as json_str   # C, ensure_ascii=False

TRACE_FORMAT = "refviz-trace"
TRACE_VERSION = 1
USAGE = ("usage: refviz_trace.py [--format json|stream] [--trace-fd N] [--final] "
         "[--max-steps N] [--repr-limit N] [--name NAME] [--echo] "
         "(PROGRAM.py | -c CODE) [ARGS...]\n")
# The name this file's code carries, exactly as Python was given it (a path with ".." in it when run
# from a build directory), so frames are recognised by equality rather than by normalising paths.
THIS_FILE = sys._getframe().f_code.co_filename

# Code flags and opcodes the stepping rules look at (CPython 3.11).
CO_OPTIMIZED = 0x0001
CO_GENERATOR = 0x0020
OP_RESUME = dis.opmap["RESUME"]
OP_RETURN_VALUE = dis.opmap["RETURN_VALUE"]
OP_YIELD_VALUE = dis.opmap["YIELD_VALUE"]
HIDDEN_CODE_NAMES = frozenset(("<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"))
STORE_OPS = frozenset(("STORE_FAST", "STORE_DEREF"))

# Kinds of objects, as the spec's tables name them.
ATOMS = frozenset((int, float, str, bool, type(None)))
IMMUTABLE = frozenset((int, float, str, bool, type(None), tuple, frozenset, range,
                       bytes, complex, types.BuiltinFunctionType))
TPFLAGS_IMMUTABLETYPE = 1 << 8
CLASS_HIDDEN = frozenset(("__module__", "__qualname__", "__doc__", "__dict__",
                          "__weakref__", "__slots__", "__slotnames__"))
DICT_VIEWS = (type({}.keys()), type({}.values()), type({}.items()))
LRU_WRAPPER = functools._lru_cache_wrapper
MEMBER_DESCRIPTOR = types.MemberDescriptorType
OBJECT_GETATTR = object.__getattribute__
# Descriptors taken from the built-in types themselves: calling them reads
# the C fields directly, where getattr could run program code (a metaclass
# property, a __getattr__) in the middle of a snapshot.
TYPE_MODULE = type.__dict__["__module__"]
WEAKREF_CALLBACK = weakref.ref.__dict__["__callback__"]
EXC_ARGS = BaseException.__dict__["args"]
EXC_CONTEXT = BaseException.__dict__["__context__"]
EXC_CAUSE = BaseException.__dict__["__cause__"]

JSON_INT_LIMIT = 2 ** 53
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
STDLIB_PREFIXES = sorted({p for p in (sysconfig.get_paths().get("stdlib"),
                                      sysconfig.get_paths().get("platstdlib"),
                                      os.path.dirname(os.__file__)) if p},
                         key=len, reverse=True)


class TracerError(Exception):
    """A failure of the tracer itself (exit status 3)."""


class UsageError(Exception):
    """A bad command line (exit status 2)."""


def is_dunder(name):
    # `__x__`: at least one character between two double underscores
    return name[:2] == "__" == name[-2:] and len(name) >= 5


def own_copy(text):
    """An equal str that the tracer owns, made by a round trip through
    UTF-8 (lone surrogates included).  Names and labels the tracer keeps
    past a snapshot would otherwise pin the program's strings, which then
    outlive the program's last use of them.  The empty and one-character
    strings CPython caches come back shared, which is harmless: they are
    immortal in all but name."""
    raw = bytes(text, "utf-8", "surrogatepass")
    return str(raw, "utf-8", "surrogatepass")


# --------------------------------------------------------------------- source
def statement_map(tree):
    """line -> (statement key, first line) of the deepest statement that
    covers the line.

    The spec's statements are the AST's statements plus each `except` and
    `case` clause; a statement covers its lines from its first decorator to
    its last line, and a nested statement's lines belong to it, not to the
    compound statement around it.  Going level by level from the module down
    lets the deeper statement win."""
    mapping = {}
    level = [tree]
    while level:
        deeper = []
        for node in level:
            span = statement_span(node)
            if span is not None:
                key, first, last = span
                for line in range(first, last + 1):
                    mapping[line] = (key, first)
            deeper.extend(ast.iter_child_nodes(node))
        level = deeper
    return mapping


def statement_span(node):
    """(key, first line, last line) of a node that is one of the spec's
    statements, else None.  The key is where the statement itself starts;
    its lines run from its first decorator, if it has any."""
    if isinstance(node, ast.match_case):
        # a `case` clause: its own code is its pattern and guard, and its
        # body's statements are statements of their own
        head = node.pattern
        end = (node.guard or head).end_lineno or head.lineno
        return (head.lineno, head.col_offset), head.lineno, end
    if not isinstance(node, (ast.stmt, ast.ExceptHandler)):
        return None
    starts = [node.lineno] + [d.lineno for d in getattr(node, "decorator_list", ())]
    end = getattr(node, "end_lineno", None) or node.lineno
    return (node.lineno, node.col_offset), min(starts), end


class Program:
    """What the tracer knows of the program's source and code."""

    def __init__(self, source, code):
        self.code = code                  # keeps every code id below alive
        self.module_code_id = id(code)
        self.frame_codes = {id(code)}     # frames that get snapshots
        self.function_codes = set()       # code of program functions (refs)
        self._scan(code)
        try:
            self.statements = statement_map(ast.parse(source))
        except (SyntaxError, ValueError):
            self.statements = {}
        self._bytes = {}                  # id(code) -> co_code
        self._ranks = {}                  # id(code) -> {key: {name: rank}}

    def _scan(self, code):
        """Classify the code objects nested in `code`: functions, lambdas,
        generators and methods are frames of their own; a comprehension is
        part of its enclosing statement (no frame of its own, though a
        generator expression's generator lists its variables); a class body
        is neither."""
        for const in code.co_consts:
            if not isinstance(const, types.CodeType):
                continue
            if const.co_flags & CO_OPTIMIZED:
                self.function_codes.add(id(const))
                if const.co_name not in HIDDEN_CODE_NAMES:
                    self.frame_codes.add(id(const))
            self._scan(const)

    def statement(self, line):
        """(key, first line) of the statement covering a line; a line no
        statement covers (the source could not be parsed) is its own."""
        try:
            return self.statements[line]
        except KeyError:
            return ("line", line), line

    def code_bytes(self, code):
        raw = self._bytes.get(id(code))
        if raw is None:
            raw = self._bytes[id(code)] = code.co_code
        return raw

    def opcode_at(self, frame):
        i = frame.f_lasti
        raw = self.code_bytes(frame.f_code)
        return raw[i] if 0 <= i < len(raw) else None

    def is_fresh(self, frame):
        """Whether a frame stands at its start (RESUME with oparg 0), not at
        a generator's resumption point."""
        i = frame.f_lasti
        raw = self.code_bytes(frame.f_code)
        return 0 <= i < len(raw) - 1 and raw[i] == OP_RESUME and raw[i + 1] == 0

    def store_ranks(self, code):
        """{statement key: {name: rank}}: the order in which each statement
        of `code` first stores each name (bytecode order is evaluation
        order: `:=` targets inside the value first, then the targets)."""
        ranks = self._ranks.get(id(code))
        if ranks is None:
            ranks = self._ranks[id(code)] = {}
            for ins in dis.get_instructions(code):
                if ins.opname not in STORE_OPS or ins.positions is None:
                    continue
                found = self.statements.get(ins.positions.lineno)
                if found is not None:
                    names = ranks.setdefault(found[0], {})
                    names.setdefault(ins.argval, len(names))
        return ranks


# ----------------------------------------------------------------- identities
class _Park(list):
    """The tracer's references while gc.collect() runs: a list that holds
    itself, so that it is garbage and its references count as internal."""
    __slots__ = ()


class Identities:
    """Stable ids for program objects, and the tracer's hold on them.

    CPython reuses an object's address (`id()`) once it is freed, so a mapping
    from addresses to ids is only safe while the object provably lives.  The
    tracer holds every object it has listed: weakly where the type allows it
    (the weak reference's callback says when it dies), strongly otherwise
    (lists, dicts, tuples, ints, strs).  A strongly held object is released as
    soon as only the tracer refers to it, and that is when it counts as freed;
    what the program measures (sys.getrefcount, gc.get_referrers, gc.collect)
    goes through shims that leave the tracer's references out."""

    def __init__(self):
        self.next_id = 1
        self.at = {}          # id(obj) -> sid, for live objects
        self.strong = {}      # sid -> obj
        self.strong_at = {}   # id(obj) -> sid of the strongly held ones
        self.fixed = {}       # sid -> obj that CPython never frees
        self.weak = {}        # sid -> weakref.ref with a callback
        self.weak_deaths = 0  # how many weakly held objects died so far
        self.parked = {}      # sid -> id(obj): in the park while gc runs
        self.late = {}        # sid -> (id(obj), type): first seen while gc runs
        self.dead = set()     # sids that died since the writer last asked
        self.collecting = False
        self.dying = []       # (sid, id(obj)) whose weak references gc cleared
        self.real_getrefcount = sys.getrefcount
        self.real_get_referrers = gc.get_referrers
        self.real_collect = gc.collect
        self.real_getweakrefcount = weakref.getweakrefcount
        self.real_getweakrefs = weakref.getweakrefs

    # -- ids
    def sid(self, obj):
        """The id of `obj`, made (and the object held) on first sight."""
        sid = self.at.get(id(obj))
        if sid is not None:
            if self._holds(sid, obj):
                return sid
            # its weak reference died without its callback (cleared while
            # the object was finalised): a new object lives at the address
            self._forget(sid, id(obj))
        sid = self.next_id
        self.next_id += 1
        self.at[id(obj)] = sid
        self._hold(sid, obj)
        return sid

    def _holds(self, sid, obj):
        held = self.strong.get(sid, self)
        if held is not self:
            return held is obj
        if self.fixed.get(sid, self) is obj:
            return True
        ref = self.weak.get(sid)
        if ref is not None:
            return ref() is obj
        if sid in self.parked:
            return self.parked[sid] == id(obj)
        return sid in self.late and self.late[sid][0] == id(obj)

    def _hold(self, sid, obj):
        """Keep the object `sid` names: by a weak reference, whose callback
        tells its death, where its type takes one; otherwise by _grip."""
        try:
            ref = weakref.ref(obj, functools.partial(self._weakly_held_died, sid, id(obj)))
        except TypeError:                 # lists, dicts, tuples, ints, strs...
            self._grip(sid, obj)
        else:
            self.weak[sid] = ref

    def _grip(self, sid, obj):
        if is_immortal(obj):
            # CPython never frees it, so it is never released
            self.fixed[sid] = obj
            return
        if self.collecting and gc.is_tracked(obj):
            # seen while gc.collect() runs (a finalizer's doing): holding it
            # now could bring the collector's garbage back to life, so only
            # its address is noted, and collect() settles it afterwards
            self.late[sid] = (id(obj), type(obj))
            return
        self.strong[sid] = obj
        self.strong_at[id(obj)] = sid

    def _weakly_held_died(self, sid, addr, ref):
        """The callback of the tracer's weak reference to `sid`'s object."""
        if ref is not self.weak.get(sid):
            return                        # a reference the tracer has let go of
        self.weak_deaths += 1
        if not self.collecting:
            self._forget(sid, addr)
            return
        # Inside a collection the weak reference must stay: freed now, it
        # would count in gc.collect()'s result (gcmodule.c handle_weakrefs
        # frees what callbacks drop); collect() forgets these afterwards.
        self.dying.append((sid, addr))

    def _forget(self, sid, addr):
        """`sid`'s object is gone: drop every trace of it, keep its id in
        `dead` for the writer, and free its address for a new id."""
        self.strong.pop(sid, None)
        for table in (self.weak, self.parked, self.late):
            table.pop(sid, None)
        for by_address in (self.strong_at, self.at):
            if by_address.get(addr) == sid:
                del by_address[addr]
        self.dead.add(sid)

    def take_dead(self):
        dead, self.dead = self.dead, set()
        return dead

    def address_of(self, addr):
        """The id of the object at a CPython address, or None."""
        return self.at.get(addr)

    # -- releasing what only the tracer holds
    def release(self, reached, skipped=()):
        """Drop the tracer's reference to each strongly held object that no
        longer is reachable (not in `reached`, addresses) and that nothing
        else refers to: it dies now, as it would have in the program without
        the tracer (a little later: at this snapshot).  `skipped`: the
        addresses of items the walk did not go into (their container holds
        them).  Returns whether program code may have run meanwhile
        (finalizers, weak reference callbacks): the snapshot must then look
        at the program again."""
        lonely = self.strong_at.keys() - reached
        if skipped:
            lonely -= skipped
        return self._release(lonely) if lonely else False

    def release_all(self):
        self._release(list(self.strong_at))

    def _release(self, addrs):
        count = self.real_getrefcount
        weak_deaths = self.weak_deaths
        ran_code = False
        while addrs:
            released = False
            for addr in addrs:
                sid = self.strong_at.get(addr)
                if sid is None:
                    continue              # (dropped meanwhile)
                obj = self.strong[sid]
                # references now: self.strong, `obj`, getrefcount's argument
                if count(obj) <= 3:
                    if not inert(obj):
                        ran_code = True
                    del obj
                    del self.strong_at[addr]
                    del self.strong[sid]  # (frees it; finalizers may run)
                    self._forget(sid, addr)
                    released = True
                else:
                    del obj
            if not released:
                break
            # what they held may be lonely now
            addrs = [addr for addr in addrs if addr in self.strong_at]
        return ran_code or self.weak_deaths != weak_deaths

    # -- shims: what the program measures, without the tracer's references
    # (their argument errors read as the C functions' own)
    def collect_shim(self, *args, **kwargs):
        """gc.collect(generation=2), checked as its argument clinic does."""
        given = len(args) + len(kwargs)
        if given > 1:
            raise TypeError("collect() takes at most 1 %sargument (%d given)"
                            % ("" if args else "keyword ", given))
        value = args[0] if args else 2
        for name, value in kwargs.items():
            if name != "generation":
                raise TypeError("'%s' is an invalid keyword argument for collect()" % name)
        generation = c_int(value)
        if not 0 <= generation <= 2:
            raise ValueError("invalid generation")
        return self.collect(generation)

    def collect(self, generation):
        """The program's gc.collect(): its result and its effects are those
        of a run without the tracer.

        Two collections.  Before the first, every object the tracer holds
        strongly and the collector tracks moves into one _Park, a list that
        contains itself: nothing outside refers to it, so the tracer's
        references are internal to a cycle and do not keep the program's
        cycles alive.  The first collection runs with DEBUG_SAVEALL: weak
        references are cleared and finalizers run as CPython orders them,
        and the garbage, the park included, lands in gc.garbage instead of
        being freed.  What the park held and gc.garbage does not list is
        live, and the tracer holds it again; the rest is forgotten, and the
        second collection, without SAVEALL, frees it.  The first's count,
        less the park, is the program's answer."""
        real = self.real_collect
        self.release_all()
        park = _Park()
        park_sids = []
        for sid in [s for s, o in self.strong.items() if gc.is_tracked(o)]:
            obj = self.strong.pop(sid)
            del self.strong_at[id(obj)]
            park.append(obj)
            park_sids.append(sid)
            self.parked[sid] = id(obj)
        obj = None
        park.append(park)
        park_id = id(park)
        park = None
        saved_debug = gc.get_debug()
        saved_garbage = gc.garbage[:]
        del gc.garbage[:]
        gc.set_debug(saved_debug | gc.DEBUG_SAVEALL)
        self.collecting = True
        try:
            found = real(generation)
        finally:
            self.collecting = False
            gc.set_debug(saved_debug)
        garbage = set()
        for item in gc.garbage:
            if type(item) is _Park and id(item) == park_id:
                park = item
            else:
                garbage.add(id(item))
        dead = []
        if park is not None:
            for sid, obj in zip(park_sids, park):
                self.parked.pop(sid, None)
                if id(obj) in garbage:
                    dead.append((sid, id(obj)))
                else:
                    self.strong[sid] = obj
                    self.strong_at[id(obj)] = sid
            obj = None
            del park[:]
            park = None
        late, self.late = self.late, {}
        for sid, (addr, typ) in list(late.items()):
            if addr in garbage:
                dead.append((sid, addr))
                del late[sid]
        dead.extend(self.dying)
        self.dying = []
        for sid, addr in dead:
            self._forget(sid, addr)
        del gc.garbage[:]
        gc.garbage.extend(saved_garbage)
        item = None
        real(generation)         # now without SAVEALL: the garbage goes
        if late:
            self._take_back(late)
        return found - 1         # the park itself

    def _take_back(self, late):
        """Hold again the objects first seen during a collection that were
        not its garbage (found among the collector's objects by address)."""
        wanted = {addr: (sid, typ) for sid, (addr, typ) in late.items()}
        for obj in gc.get_objects():
            entry = wanted.get(id(obj))
            if entry is not None and type(obj) is entry[1] and self.at.get(id(obj)) == entry[0]:
                self.strong[entry[0]] = obj
                self.strong_at[id(obj)] = entry[0]
                del wanted[id(obj)]
        obj = None
        for addr, (sid, typ) in wanted.items():
            self._forget(sid, addr)

    def getrefcount(self, *args, **kwargs):
        """sys.getrefcount as python3 would answer it: the real count less the
        references that only tracing adds, the tracer's own hold and the
        traced frames' locals dicts.  The `args` tuple stands in for the
        temporary reference python3's call makes to its argument, so the
        real count is taken through it, before any other name refers to
        the object."""
        one_argument("sys.getrefcount", args, kwargs)
        spaces = tracing_namespaces(args, sys._getframe(1), self.real_get_referrers)
        total = self.real_getrefcount(*args)
        target = args[0]
        for namespace in spaces.values():
            total -= sum(value is target for value in namespace.values())
        if self._references(target):
            total -= 1
        return total

    def _references(self, obj):
        """Whether the tracer's hold on obj is a reference (a weak one is not)."""
        sid = self.at.get(id(obj))
        if sid is None:
            return False
        return self.strong.get(sid, self) is obj or self.fixed.get(sid, self) is obj

    def getweakrefcount(self, *args, **kwargs):
        """weakref.getweakrefcount without the tracer's weak reference."""
        one_argument("_weakref.getweakrefcount", args, kwargs)
        n = self.real_getweakrefcount(args[0])
        return n - 1 if self._my_weakref(args[0]) is not None else n

    def getweakrefs(self, *args, **kwargs):
        """weakref.getweakrefs without the tracer's weak reference."""
        one_argument("_weakref.getweakrefs", args, kwargs)
        mine = self._my_weakref(args[0])
        return [r for r in self.real_getweakrefs(args[0]) if r is not mine]

    def _my_weakref(self, obj):
        ref = self.weak.get(self.at.get(id(obj)))
        return ref if ref is not None and ref() is obj else None

    def get_referrers(self, *objs, **kwargs):
        """gc.get_referrers less what exists only because of the tracer: the
        dicts it holds objects in, the park, the argument tuple (python3's
        call passes its arguments without one) and the locals dicts of
        tracing (tracing_namespaces)."""
        if kwargs:
            raise TypeError("get_referrers() takes no keyword arguments")
        hidden = set(tracing_namespaces(objs, sys._getframe(1), self.real_get_referrers))
        hidden.update(map(id, (self.strong, self.fixed, objs)))
        found = self.real_get_referrers(*objs)
        return [holder for holder in found if type(holder) is not _Park and id(holder) not in hidden]


SMALL_INTS = list(range(-5, 257))      # CPython's own cached small ints
EMPTY_STR, EMPTY_TUPLE = str(), tuple()


def is_immortal(obj):
    """Whether CPython 3.11 never frees obj: None, True, False, the small
    ints (-5..256), the empty str and tuple, the one-character latin-1 strs.
    Compared by identity with the interpreter's own: an equal object made
    some other way is an ordinary one."""
    if obj is None or obj is True or obj is False or obj is EMPTY_STR or obj is EMPTY_TUPLE:
        return True
    t = type(obj)
    if t is int:
        return -5 <= obj <= 256 and obj is SMALL_INTS[obj + 5]
    if t is str:
        return len(obj) == 1 and ord(obj) < 256 and obj is chr(ord(obj))
    return False


def inert(obj):
    """Whether freeing obj can run no program code: an atom, or a built-in
    container of atoms only."""
    t = type(obj)
    if t in ATOMS:
        return True
    if t is tuple or t is list or t is set or t is frozenset:
        return all([type(x) in ATOMS for x in obj])
    if t is dict:
        return all([type(x) in ATOMS for x in obj]) and all([type(x) in ATOMS for x in obj.values()])
    return False


def c_int(value):
    """An argument converted as the C functions' "i" format does."""
    import operator
    n = operator.index(value)
    if not -2 ** 31 <= n < 2 ** 31:
        raise OverflowError("Python int too large to convert to C int")
    return n


def one_argument(name, args, kwargs):
    """The check of a C function that takes one positional argument."""
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)
    if len(args) != 1:
        raise TypeError("%s() takes exactly one argument (%d given)" % (name, len(args)))


def no_arguments(name, args, kwargs):
    """The check of a C function that takes no arguments (METH_NOARGS)."""
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)
    if args:
        raise TypeError("%s() takes no arguments (%d given)" % (name, len(args)))


def gc_switch_shims(enabled):
    """gc.isenabled/enable/disable over the program's own flag: the real
    collector stays off while the program runs (see Run.execute)."""
    def isenabled(*args, **kwargs):
        no_arguments("gc.isenabled", args, kwargs)
        return enabled[0]

    def enable(*args, **kwargs):
        no_arguments("gc.enable", args, kwargs)
        enabled[0] = True

    def disable(*args, **kwargs):
        no_arguments("gc.disable", args, kwargs)
        enabled[0] = False
    return isenabled, enable, disable


def tracing_namespaces(objs, caller, referrers):
    """{id: dict} of the locals dicts that exist because the program is
    traced and that may hold one of objs.

    A function's variables live in its frame's fast slots; python3 makes a
    dict of them only when asked (locals()), but sys.settrace makes CPython
    3.11 fill a frame's f_locals before every trace call, so each traced
    function frame carries a dict with a second reference to every local.
    Candidates: the frames from `caller` outwards, and any frame whose
    locals dict refers to one of objs (a suspended generator's, a frame a
    traceback keeps).  Each is read through f_locals, which refreshes it,
    so that the count taken next agrees with it."""
    candidates = []
    frame = caller
    while frame is not None:
        candidates.append(frame)
        frame = frame.f_back
    for obj in objs:
        for holder in referrers(obj):
            if type(holder) is dict:
                candidates += frames_of_namespace(holder, referrers)
    found = {}
    for frame in candidates:
        if frame.f_code.co_flags & CO_OPTIMIZED:     # module and class frames have real dicts
            namespace = frame.f_locals
            found[id(namespace)] = namespace
    return found


def frames_of_namespace(namespace, referrers):
    """The frames that refer to a dict, directly or through the generator or
    coroutine suspended in them: those whose locals it may be."""
    owners = []
    for holder in referrers(namespace):
        if isinstance(holder, types.FrameType):
            owners.append(holder)
            continue
        if isinstance(holder, types.GeneratorType):
            suspended = holder.gi_frame
        elif isinstance(holder, types.CoroutineType):
            suspended = holder.cr_frame
        else:
            continue
        if suspended is not None:
            owners.append(suspended)
    return owners


# ----------------------------------------------------------------------- refs
# refs_of(obj) returns the references an object holds, in the spec's order,
# as one of:
#   (SEQ, items)        labels "0", "1", ...
#   (SET, members)      label null
#   (MAP, pairs, weak)  [(key, value)], label repr(key); weak: the values are
#   (NAMED, entries)    [(label, value, weak)]
# or None for an object without references.
SEQ, SET, MAP, NAMED = range(4)


class Refs:
    """The spec's table "References (refs) by kind"."""

    def __init__(self, program, frame_vars):
        self.program = program
        self.frame_vars = frame_vars      # generator frame -> [(name, value)]
        self.by_type = {
            list: self._sequence, tuple: self._sequence, deque: self._sequence,
            dict: self._dict, set: self._set, frozenset: self._set,
            types.FunctionType: self._function,
            types.GeneratorType: self._generator,
            types.MethodType: self._method,
            property: self._property,
            classmethod: self._wrapped_func, staticmethod: self._wrapped_func,
            functools.partial: self._partial,
            LRU_WRAPPER: self._lru_cache,
            weakref.WeakValueDictionary: self._weak_value_dict,
        }
        for view in DICT_VIEWS:
            self.by_type[view] = self._dict_view
        for atom in ATOMS:
            self.by_type[atom] = self._nothing

    def of(self, obj):
        t = type(obj)
        handler = self.by_type.get(t)
        if handler is not None:
            return handler(obj)
        if issubclass(t, type):
            return self._class(obj)
        return self._instance(obj, t)

    # -- the built-in kinds
    @staticmethod
    def _nothing(obj):
        return None

    @staticmethod
    def _sequence(obj):
        return (SEQ, list(obj)) if obj else None

    @staticmethod
    def _dict(obj):
        return (MAP, list(obj.items()), False) if obj else None

    @staticmethod
    def _set(obj):
        return (SET, list(obj)) if obj else None

    @staticmethod
    def _method(obj):
        return (NAMED, [("__func__", obj.__func__, False), ("__self__", obj.__self__, False)])

    @staticmethod
    def _property(obj):
        entries = [(name, value, False) for name, value in
                   (("fget", obj.fget), ("fset", obj.fset), ("fdel", obj.fdel))
                   if value is not None]
        return (NAMED, entries) if entries else None

    @staticmethod
    def _wrapped_func(obj):
        return (NAMED, [("__func__", obj.__func__, False)])

    @staticmethod
    def _partial(obj):
        return (NAMED, [("func", obj.func, False), ("args", obj.args, False),
                        ("keywords", obj.keywords, False)])

    @staticmethod
    def _dict_view(obj):
        # a view's only reference is its dict (dictview_traverse)
        entries = [("mapping", d, False) for d in gc.get_referents(obj) if isinstance(d, dict)]
        return (NAMED, entries) if entries else None

    @staticmethod
    def _weak_value_dict(obj):
        data = instance_dict(obj).get("data")
        pairs = []
        for key, ref in (data.items() if type(data) is dict else ()):
            value = ref() if isinstance(ref, weakref.ref) else None
            if value is not None:
                pairs.append((key, value))
        return (MAP, pairs, True) if pairs else None

    # -- program code
    def _function(self, fn):
        """What a function of the program holds, in the spec's order; the
        library's functions stay closed, as builtins are."""
        code = fn.__code__
        if id(code) not in self.program.function_codes:
            return None
        held = []
        for index, default in enumerate(fn.__defaults__ or ()):
            held.append(("defaults[%d]" % index, default, False))
        for keyword, default in (fn.__kwdefaults__ or {}).items():
            held.append(("kwdefaults[%r]" % keyword, default, False))
        held += cell_entries(code.co_freevars, fn.__closure__ or ())
        held += attribute_entries(fn)
        return (NAMED, held) if held else None

    def _generator(self, obj):
        frame = obj.gi_frame
        if frame is None or id(obj.gi_code) not in self.program.function_codes:
            return None
        entries = [(name, value, False) for name, value in self.frame_vars(frame)]
        return (NAMED, entries) if entries else None

    def _lru_cache(self, obj):
        """An lru_cache wrapper: the function it wraps (functools.wraps
        leaves it in __wrapped__), then what it has cached, each result under
        the call that produced it."""
        entries = []
        attrs = instance_dict(obj)
        if "__wrapped__" in attrs:
            entries.append(("__wrapped__", attrs["__wrapped__"], False))
        for label, result in lru_entries(obj):
            entries.append((label, result, False))
        return (NAMED, entries) if entries else None

    def _class(self, cls):
        """A program class: its namespace without interpreter detail, then
        its base if that is a program class too."""
        if not is_program_class(cls):
            return None
        entries = [(k, v, False) for k, v in cls.__dict__.items()
                   if isinstance(k, str) and k not in CLASS_HIDDEN and v is not None]
        base = cls.__base__
        if base is not None and is_program_class(base):
            entries.append(("__base__", base, False))
        return (NAMED, entries) if entries else None

    def _instance(self, obj, t):
        """Everything else: instances of program classes, weak references,
        exceptions, library subclasses of the containers."""
        program = is_program_class(t)
        entries = []
        if issubclass(t, weakref.ref):
            referent = weakref.ref.__call__(obj)
            if referent is not None:
                entries.append(("referent", referent, True))
            callback = WEAKREF_CALLBACK.__get__(obj)
            if callback is not None:      # (CPython drops it when the referent dies)
                entries.append(("__callback__", callback, False))
        elif issubclass(t, BaseException):
            entries.append(("args", EXC_ARGS.__get__(obj), False))
            for name, desc in (("__context__", EXC_CONTEXT), ("__cause__", EXC_CAUSE)):
                value = desc.__get__(obj)
                if value is not None:
                    entries.append((name, value, False))
        elif program:
            items = container_items(obj, t)
            if items is not None:
                return self._instance_tail(obj, t, items)
        if program or issubclass(t, BaseException):
            if program:
                attrs = instance_dict(obj)
            else:
                # exceptions make their attribute dict lazily, and reading
                # exc.__dict__ would make one: take it from the collector's
                # view, where it only shows once it exists
                attrs = next((d for d in gc.get_referents(obj) if type(d) is dict), {})
            entries += [(k, v, False) for k, v in attrs.items() if isinstance(k, str)]
        elif TYPE_MODULE.__get__(t) != "builtins":
            items = container_items(obj, t)     # defaultdict, Counter, OrderedDict...
            if items is not None:
                return items
        if program:
            entries += slot_values(obj, t)
            entries.append(("__class__", t, False))
        return (NAMED, entries) if entries else None

    @staticmethod
    def _instance_tail(obj, t, items):
        """A program class derived from a container: its items as for that
        type, then its attributes, slots and class, as NAMED entries."""
        kind = items[0]
        if kind == SEQ:
            entries = [(str(i), v, False) for i, v in enumerate(items[1])]
        elif kind == SET:
            entries = [(None, v, False) for v in items[1]]
        else:
            entries = [(KeyLabel(k), v, False) for k, v in items[1]]
        entries += attribute_entries(obj)
        entries += slot_values(obj, t)
        entries.append(("__class__", t, False))
        return (NAMED, entries)


def cell_entries(names, cells):
    """NAMED entries of a closure: each free variable whose cell is bound
    (reading an empty cell's contents raises ValueError)."""
    bound = []
    for name, cell in zip(names, cells):
        try:
            value = cell.cell_contents
        except ValueError:
            continue
        bound.append((name, value, False))
    return bound


class KeyLabel:
    """A mapping entry among NAMED entries: labelled by its key's repr and
    listed with `key` (a dict subclass's items, then its attributes)."""
    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key


def is_mutable(obj, t):
    """The spec's `mutable`: false for the immutable built-in types, and for
    a class CPython made immutable (built-in and static types carry
    Py_TPFLAGS_IMMUTABLETYPE); a program's class can be changed."""
    if issubclass(t, type):
        return class_is_frozen(obj) is False
    return t not in IMMUTABLE


def class_is_frozen(cls):
    return bool(cls.__flags__ & TPFLAGS_IMMUTABLETYPE)


def instance_dict(obj):
    """The attribute dict of `obj`, or an empty one: looked up with object's
    own __getattribute__, so a class's __getattr__ never runs; a class's
    mappingproxy, or a __dict__ property returning anything but a dict,
    counts as none."""
    try:
        attrs = OBJECT_GETATTR(obj, "__dict__")
    except (AttributeError, TypeError):
        attrs = None
    if type(attrs) is not dict:
        attrs = {}
    return attrs


def attribute_entries(obj):
    """NAMED entries for the str-keyed attributes of `obj`."""
    return [(name, value, False) for name, value in instance_dict(obj).items()
            if isinstance(name, str)]


def is_program_class(cls):
    """Whether the program defined `cls`.  Every way a program makes a class
    (a class statement, type(name, bases, ns), namedtuple(), a dataclass)
    leaves "__main__" in its __module__, read here through type's own
    getter; a broken __module__ is not the program's."""
    try:
        module = TYPE_MODULE.__get__(cls)
        return module == "__main__"
    except Exception:
        return False


# How to read the items of an instance of a class deriving from a built-in
# container without calling anything the class overrides: the built-in's own
# iterator (or items(), for mappings).  The built-ins' layouts conflict, so a
# class derives from at most one row, except OrderedDict, a dict: it comes
# first, for its own order.
CONTAINER_READERS = (
    (list, SEQ, list.__iter__), (tuple, SEQ, tuple.__iter__), (deque, SEQ, deque.__iter__),
    (OrderedDict, MAP, OrderedDict.items), (dict, MAP, dict.items),
    (set, SET, set.__iter__), (frozenset, SET, frozenset.__iter__),
)


def container_items(obj, t):
    """(kind, items) of an instance of a built-in container's subclass, with
    the weak flag for a mapping; None when `t` derives from none of them or
    the container is empty."""
    for base, kind, read in CONTAINER_READERS:
        if not issubclass(t, base):
            continue
        found = list(read(obj))
        if not found:
            return None
        return (kind, found, False) if kind == MAP else (kind, found)
    return None


def declared_slots(namespace):
    """The names one class's own __slots__ declares (a lone string is one
    name), without __dict__ and __weakref__, which hold no value."""
    declared = namespace.get("__slots__")
    if declared is None:
        return ()
    if isinstance(declared, str):
        declared = [declared]
    return [n for n in declared if isinstance(n, str) and n not in ("__dict__", "__weakref__")]


def private_name(owner, name):
    """`name` as Python stores it for a class `owner`: `__x` (no trailing
    double underscore) becomes `_Owner__x`, the owner's leading underscores
    dropped; an owner named only with underscores mangles nothing."""
    if name[:2] != "__" or name[-2:] == "__":
        return name
    stem = owner.__name__.lstrip("_")
    return "_" + stem + name if stem else name


def slot_values(obj, t):
    """NAMED entries of the slots of `obj` that hold a value.  The slots of
    the base classes come first (the MRO walked from object down to `t`),
    each class's in its __slots__ order (CPython sorts the descriptors, so
    their order in the class dict will not do)."""
    found = []
    for owner in t.__mro__[::-1]:
        namespace = owner.__dict__
        for declared in declared_slots(namespace):
            name = private_name(owner, declared)
            member = namespace.get(name)
            if type(member) is not MEMBER_DESCRIPTOR:
                continue                  # replaced by the class body
            try:
                value = MEMBER_DESCRIPTOR.__get__(member, obj, t)
            except AttributeError:        # declared, never assigned (or deleted)
                continue
            found.append((name, value, False))
    return found


def lru_entries(wrapper):
    """[(label, result)] of what an lru_cache wrapper has cached, in its own
    order: least recently used first when the cache is bounded, first call
    first when not.

    Python code cannot read the C wrapper's cache, but the collector can:
    gc.get_referents gives what lru_cache_tp_traverse (_functools.c) visits,
    [wrapper type, (key, result, link type) per link of a bounded cache's
    list, cache dict, wrapped function, keyword marker, ...]."""
    seen = gc.get_referents(wrapper)
    end = 1                               # past the type and the links
    while len(seen) - end >= 3 and is_lru_link_type(seen[end + 2]):
        end += 3
    if end == len(seen) or type(seen[end]) is not dict:
        return []                         # not the layout above: show nothing
    cache = seen[end]
    marker = seen[end + 2] if len(seen) - end > 2 else None
    if end > 1:
        cached = [(seen[at], seen[at + 1]) for at in range(1, end, 3)]
    else:
        cached = list(cache.items())      # an unbounded cache's dict is in call order
    typed = lru_typed(wrapper)
    return [(LruLabel(key, marker, typed), result) for key, result in cached]


def is_lru_link_type(obj):
    return type(obj) is type and obj.__name__ == "_lru_list_elem"


def lru_typed(wrapper):
    """Whether the cache was made with typed=True, which adds each
    argument's type to its key."""
    try:
        parameters = wrapper.cache_parameters()
        return bool(parameters.get("typed"))
    except Exception:
        return False


class LruLabel:
    """A cached call's label, made when the snapshot is recorded."""
    __slots__ = ("key", "marker", "typed")

    def __init__(self, key, marker, typed):
        self.key, self.marker, self.typed = key, marker, typed

    def text(self):
        """How the call was written: one positional argument alone is its
        repr; otherwise an argument list, `(1, 2)`, `(1, k=3)`, `()`."""
        if type(self.key) is not tuple:
            # a call with one int or str argument and typed=False: the
            # argument is the key itself
            return repr(self.key)
        args, kwargs = self._arguments(list(self.key))
        if not kwargs and len(args) == 1:
            return repr(args[0])
        shown = list(map(repr, args))
        shown += ["%s=%r" % pair for pair in kwargs]
        return "(%s)" % ", ".join(shown)

    def _arguments(self, parts):
        """(positional, [(keyword, value)]) of a key, which
        lru_cache_make_key (_functools.c) lays out as the positional
        arguments; then, if there are keywords, the marker and a name and a
        value for each; then, when typed, the type of every argument."""
        for at, part in enumerate(parts):
            if part is self.marker:
                break
        else:
            if self.typed:                # half arguments, half their types
                return parts[:len(parts) // 2], []
            return parts, []
        args, tail = parts[:at], parts[at + 1:]
        if self.typed:
            # tail: 2 per keyword argument, then 1 type per argument (both kinds)
            tail = tail[:(len(tail) - len(args)) // 3 * 2]
        return args, list(zip(tail[::2], tail[1::2]))


# ------------------------------------------------------------------ snapshots
class VarOrder:
    """The binding order of function frames' variables (the spec's "Frame
    variables"): CPython's f_locals gives the names in slot order, not in
    the order they were bound, so the tracer remembers it per frame."""

    def __init__(self, program, current_key):
        self.program = program
        self.current_key = current_key    # frame -> its current statement's key
        # id(frame) -> (id(code), {name: None}): a dict as an ordered set,
        # its keys in binding order; the code's id tells a new frame that
        # reuses the address of a dead one
        self.names = {}

    def forget(self, frame_id):
        self.names.pop(frame_id, None)

    def pairs(self, frame):
        """[(name, value)] of a frame's variables, in binding order."""
        code = frame.f_code
        if id(code) == self.program.module_code_id:
            # a module's globals dict already keeps the order names were
            # first bound in
            return [(name, value) for name, value in frame.f_globals.items()
                    if isinstance(name, str) and not is_dunder(name)]
        namespace = frame.f_locals
        visible = [name for name in namespace
                   if isinstance(name, str) and name.isidentifier() and not is_dunder(name)]
        order = self._order_of(frame, code)
        unbound = order.keys() - set(visible)
        for name in [name for name in order if name in unbound]:
            del order[name]               # deleted: bound again, it goes last
        arrivals = [name for name in visible if name not in order]
        if len(arrivals) > 1 and not self.program.is_fresh(frame):
            arrivals = self._as_bound(frame, code, arrivals)
        order.update(dict.fromkeys(arrivals))
        return [(name, namespace[name]) for name in order]

    def _order_of(self, frame, code):
        kept = self.names.get(id(frame))
        if kept is None or kept[0] != id(code):
            kept = self.names[id(frame)] = (id(code), {})
        return kept[1]

    def _as_bound(self, frame, code, arrivals):
        """`arrivals` (new to the frame's listing, in f_locals' slot order)
        in the order the program bound them.  The statement the frame is at
        did its stores last, so the names it stores go to the end, as
        Program.store_ranks orders them; a name it does not store was bound
        earlier, by a statement without a snapshot in between (a generator
        resumed into `x = yield`), and stays in slot order ahead."""
        stores = self.program.store_ranks(code).get(self.current_key(frame), {})
        earlier = [name for name in arrivals if name not in stores]
        stored = sorted((name for name in arrivals if name in stores), key=stores.__getitem__)
        return earlier + stored


class Snapshot:
    """One snapshot, recorded: ids and text only, no program objects."""
    __slots__ = ("event", "line", "frames", "objects", "refcounts", "listed", "out_pos")

    def __init__(self, event, line, frames, objects, refcounts, out_pos):
        self.event = event
        self.line = line
        self.frames = frames         # [(function, line, [(name, sid)], return sid or None)]
        self.objects = objects       # [(sid, state)] in first-reached order
        self.refcounts = refcounts   # sid -> strong references in this snapshot
        self.listed = {sid for sid, _ in objects}
        self.out_pos = out_pos       # how much of stdout had been written


# An object's state is a tuple (head, tail, size, signature): head and tail
# are JSON text, `"type":...,"mutable":...` and `"size":...,"repr":...,
# ["value":...,] "refs":[...]` (the spec puts refcount between them), and
# signature is what `change` compares (the refs; a set's unordered).  A
# stream sends an object again when head or tail differ from what it sent.
HEAD, TAIL, SIZE, SIGNATURE = range(4)


def json_int(n):
    # past 2**53 a JSON reader's doubles lose digits: the spec's value is
    # then the decimal digits as a string
    if abs(n) > JSON_INT_LIMIT:
        return json_str(decimal(n))
    return str(n)


def json_float(x):
    # repr's shortest round-trip digits; inf and nan, which JSON has no
    # numbers for, as strings
    digits = repr(x)
    return digits if math.isfinite(x) else json_str(digits)


# The spec's `value` of each atomic type, as JSON text.
ATOM_JSON = {
    type(None): lambda _: "null",
    bool: lambda flag: "true" if flag else "false",
    int: json_int,
    float: json_float,
    str: json_str,
}


def json_value(obj):
    """The `value` of an atomic object, as JSON text."""
    return ATOM_JSON.get(type(obj), json_float)(obj)


def decimal(n):
    """An int's digits, even past sys.get_int_max_str_digits() (which is
    the program's setting, not a limit on the trace)."""
    try:
        return repr(n)
    except ValueError:
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return repr(n)
        finally:
            sys.set_int_max_str_digits(limit)


# Built-in containers whose refs and repr a Memo may keep, and the types of
# items the tracer always holds strongly (weakref.ref refuses them), so that
# an item's address stands for the same object from one snapshot to the next.
CONTAINERS = {list: SEQ, tuple: SEQ, deque: SEQ, set: SET, frozenset: SET, dict: MAP}
HELD_STRONGLY = ATOMS | {list, tuple, dict, bytes}
MUTABLE_CONTAINERS = frozenset((list, deque, set, dict))
UNCHANGED = object()    # the walk's mark of a container it did not go into


class Memo:
    """What a built-in container's state was made of, kept to skip making it
    again.  It holds for the next snapshot if the container's items are at
    the same addresses: they then are the same objects, as each was held by
    the tracer (strongly) from this snapshot to that one's walk, so no other
    object could take its address.  `atoms`: the items are all atoms, so
    the repr, which depends on them alone, holds too."""
    __slots__ = ("stamp", "key", "sids", "refs_text", "signature", "repr", "size", "tail")


def fixed_atom(obj):
    """An atom whose state never changes (a non-ASCII str's size can: see
    Recorder._atom_state)."""
    t = type(obj)
    return t in ATOMS and (t is not str or obj.isascii())


def address_key(kind, items):
    """The addresses of a container's items (a mapping's keys and values)."""
    if kind == MAP:
        return tuple(map(id, itertools.chain.from_iterable(items)))
    return tuple(map(id, items))


class Recorder:
    """Takes snapshots: the program frames on the stack, their variables,
    every object reachable from them, depth first, and its state.

    `complete` (--format json) lists every object and counts references;
    a stream needs neither for what it sent before and has not changed: its
    walk does not go into a container whose items are the same atoms as at
    the previous snapshot."""

    def __init__(self, program, ids, repr_limit, complete):
        self.program = program
        self.ids = ids
        self.repr_limit = repr_limit
        self.complete = complete
        self.where = None                 # set by the Stepper: frame -> (key, line)
        self.order = VarOrder(program, lambda frame: self.where(frame)[0])
        self.refs = Refs(program, self.order.pairs)
        self.atom_states = {}             # sid -> state of an atom: it never changes
        self.atom_reprs = {}              # sid -> its repr
        self.memos = {}                   # sid -> Memo of a built-in container
        self.takes = 0                    # snapshots recorded so far
        self.type_heads = {}              # (type name, mutable) -> head text

    def take(self, event, frames, line, retval, output):
        """Record a snapshot.  `frames`: the program frames, outermost
        first; the innermost's line is `line`; `retval` is a 1-tuple with a
        `return` snapshot's value, else None.

        The walk comes first; then the objects it did not reach that only
        the tracer still holds are let go: the program dropped them during
        the statement this snapshot ends.  Should that run program code (a __del__, a weak
        reference's callback), the walk is made again, as what such code
        changes and prints belongs to this snapshot."""
        self.takes += 1
        for _ in range(8):
            frame_vars, reached, children, skipped = self._walk_frames(frames, retval)
            if not self.ids.release(children.keys(), skipped):
                break
        return self._record(event, line, frame_vars, reached, children, retval,
                            output.position())

    def forget(self, dead):
        """Drop what is kept about objects that died."""
        for table in (self.atom_states, self.atom_reprs, self.memos):
            for sid in dead:
                if sid in table:
                    del table[sid]

    def unsent(self):
        """A recorded snapshot was not published (a generator's resumption
        by close()): what the memos say was sent may not have been."""
        self.memos.clear()

    # -- the walk
    def _walk_frames(self, frames, retval):
        frame_vars = []
        roots = []
        for frame in frames:
            pairs = self.order.pairs(frame)
            frame_vars.append((frame, pairs))
            roots.extend([value for _, value in pairs])
        if retval is not None:
            roots.append(retval[0])
        reached, children, skipped = self._walk(roots)
        return frame_vars, reached, children, skipped

    def _walk(self, roots):
        """Every object reachable from roots, in first-reached order (each
        root's whole depth-first walk before the next; a mapping entry's key
        before its value), and each one's refs, by address; and the
        addresses of the items of the containers not gone into."""
        reached = []
        children = {}
        skipped = set()
        of = self.refs.of
        atoms = ATOMS
        skip = not self.complete and self.memos
        for root in roots:
            todo = [root]
            while todo:
                obj = todo.pop()
                if id(obj) in children:
                    continue
                reached.append(obj)
                t = type(obj)
                if t in atoms:
                    children[id(obj)] = None
                    continue
                if skip and t in CONTAINERS and self._unchanged(obj, t, skipped):
                    children[id(obj)] = UNCHANGED
                    continue
                refs = children[id(obj)] = of(obj)
                if refs is None:
                    continue
                kind = refs[0]
                if kind == SEQ or kind == SET:
                    todo.extend(reversed(refs[1]))
                elif kind == MAP:
                    for key, value in reversed(refs[1]):
                        todo.append(value)
                        todo.append(key)
                else:
                    for label, value, weak in reversed(refs[1]):
                        todo.append(value)
                        if type(label) is KeyLabel:
                            todo.append(label.key)
        return reached, children, skipped

    def _unchanged(self, obj, t, skipped):
        """Whether a container holds the same atoms as at the previous
        snapshot (its memo says so); they are then `skipped`, all sent."""
        sid = self.ids.at.get(id(obj))
        memo = self.memos.get(sid)
        if (memo is None or memo.repr is None or memo.stamp != self.takes - 1
                or self.ids.strong.get(sid) is not obj):
            return False
        kind = CONTAINERS[t]
        key = address_key(kind, obj.items() if kind == MAP else obj)
        if key != memo.key:
            return False
        skipped.update(key)
        return True

    # -- the snapshot
    def _record(self, event, line, frame_vars, reached, children, retval, out_pos):
        sid_at = self._ids_of(reached)
        counts = {} if self.complete else None
        frame_recs = []
        innermost = frame_vars[-1][0]
        for frame, pairs in frame_vars:
            var_sids = [(own_copy(name), sid_at[id(value)]) for name, value in pairs]
            fline = line if frame is innermost else self.where(frame)[1]
            frame_recs.append([own_copy(frame.f_code.co_name), fline, var_sids, None])
        if retval is not None:
            frame_recs[-1][3] = sid_at[id(retval[0])]
        if counts is not None:
            for rec in frame_recs:
                for _, s in rec[2]:
                    counts[s] = counts.get(s, 0) + 1
                if rec[3] is not None:
                    counts[rec[3]] = counts.get(rec[3], 0) + 1
        objects = []
        atom_states = self.atom_states
        atoms = ATOMS
        for obj in reached:
            s = sid_at[id(obj)]
            if type(obj) in atoms:
                state = atom_states.get(s)
                if state is None:
                    state = self._atom_state(obj, s)
            else:
                state = self._state(obj, s, children[id(obj)], sid_at, counts)
            objects.append((s, state))
        return Snapshot(event, line, frame_recs, objects, counts or {}, out_pos)

    def _ids_of(self, reached):
        """address -> id of each reached object (made on first sight, in
        reached order)."""
        ids = self.ids
        at, strong, fixed = ids.at, ids.strong, ids.fixed
        sid_at = {}
        for obj in reached:
            s = at.get(id(obj))
            if s is None or (strong.get(s) is not obj and fixed.get(s) is not obj):
                s = ids.sid(obj)          # new, or held weakly: checked there
            sid_at[id(obj)] = s
        return sid_at

    def _state(self, obj, sid, refs, sid_at, counts):
        t = type(obj)
        if t in CONTAINERS:
            return self._container_state(obj, t, sid, refs, sid_at, counts)
        name = t.__name__
        refs_text, signature = self._refs_json(refs, sid_at, counts, name)
        size = sys.getsizeof(obj)
        return (self._head(name, is_mutable(obj, t)),
                '"size":%d,"repr":%s,"refs":[%s]' % (size, json_str(self.repr_of(obj)), refs_text),
                size, signature)

    def _container_state(self, obj, t, sid, refs, sid_at, counts):
        """A list, tuple, deque, set, frozenset or dict: its refs (and repr,
        if it holds atoms only) as at the previous snapshot if its memo
        holds, else made and kept.  The size is measured each time: a list
        can grow its capacity and shrink back to the same items."""
        memo = self.memos.get(sid)
        if refs is not UNCHANGED:
            key = address_key(CONTAINERS[t], refs[1]) if refs is not None else ()
            if memo is None or memo.stamp != self.takes - 1 or memo.key != key:
                memo = self._memo(obj, t, refs, key, sid_at)
                if memo is None:
                    self.memos.pop(sid, None)
                    return self._state_made(obj, t, refs, sid_at, counts)
                self.memos[sid] = memo
        memo.stamp = self.takes
        if counts is not None:
            for s in memo.sids:
                counts[s] = counts.get(s, 0) + 1
        size = sys.getsizeof(obj)
        if memo.repr is None or size != memo.size:
            rep = memo.repr if memo.repr is not None else self.repr_of(obj)
            memo.size = size
            memo.tail = '"size":%d,"repr":%s,"refs":[%s]' % (size, json_str(rep), memo.refs_text)
        return (self._head(t.__name__, t in MUTABLE_CONTAINERS), memo.tail, size, memo.signature)

    def _state_made(self, obj, t, refs, sid_at, counts):
        refs_text, signature = self._refs_json(refs, sid_at, counts, t.__name__)
        size = sys.getsizeof(obj)
        return (self._head(t.__name__, t in MUTABLE_CONTAINERS),
                '"size":%d,"repr":%s,"refs":[%s]' % (size, json_str(self.repr_of(obj)), refs_text),
                size, signature)

    def _memo(self, obj, t, refs, key, sid_at):
        """A new Memo, or None where one would not hold: an item that the
        tracer holds weakly (it can die between snapshots and another object
        take its address), a mapping key that is not an atom (its repr, the
        label, can change)."""
        if refs is None:
            items, atoms_only = (), True
        elif refs[0] == MAP:
            items = refs[1]
            if not all([type(k) in ATOMS and type(v) in HELD_STRONGLY for k, v in items]):
                return None
            atoms_only = all([fixed_atom(v) for _, v in items])
        else:
            items = refs[1]
            types = [type(v) for v in items]
            if not all([c in HELD_STRONGLY for c in types]):
                return None
            atoms_only = all([fixed_atom(v) for v in items])
        memo = Memo()
        memo.stamp = self.takes
        memo.key = key
        memo.sids = [sid_at[a] for a in key]
        memo.refs_text, memo.signature = self._refs_json(refs, sid_at, None, t.__name__)
        memo.repr = self.repr_of(obj) if atoms_only else None
        memo.size = memo.tail = None
        return memo

    def _atom_state(self, obj, sid):
        """An int, float, str, bool or None never changes: its state is made
        once per object and kept.  (A non-ASCII str's size grows when
        CPython caches its UTF-8 form in it: that one is made each time.)"""
        rep = self.atom_reprs.get(sid)
        if rep is None:
            rep = self.atom_reprs[sid] = self.repr_of(obj)
        size = sys.getsizeof(obj)
        state = (self._head(type(obj).__name__, False),
                 '"size":%d,"repr":%s,"value":%s,"refs":[]' % (size, json_str(rep), json_value(obj)),
                 size, "")
        if type(obj) is not str or obj.isascii():
            self.atom_states[sid] = state
        return state

    def _head(self, name, mutable):
        head = self.type_heads.get((name, mutable))
        if head is None:
            head = self.type_heads[(own_copy(name), mutable)] = '"type":%s,"mutable":%s' % (
                json_str(name), "true" if mutable else "false")
        return head

    def _refs_json(self, refs, sid_at, counts, type_name):
        """The refs as JSON text, and the signature `change` compares;
        counts each strong reference (and each key) in counts, unless None."""
        if refs is None:
            return "", ""
        kind = refs[0]
        if kind == SEQ:
            sids = [sid_at[id(value)] for value in refs[1]]
            if counts is not None:
                for s in sids:
                    counts[s] = counts.get(s, 0) + 1
            text = ",".join(['{"label":"%d","ref":%d}' % pair for pair in enumerate(sids)])
        elif kind == SET:
            sids = [sid_at[id(value)] for value in refs[1]]
            if counts is not None:
                for s in sids:
                    counts[s] = counts.get(s, 0) + 1
            text = ",".join(['{"label":null,"ref":%d}' % s for s in sids])
            if type_name == "set" or type_name == "frozenset":
                return text, frozenset(sids)     # reordering a set changes nothing
        elif kind == MAP:
            text = self._map_json(refs[1], refs[2], sid_at, counts)
        else:
            text = self._named_json(refs[1], sid_at, counts)
        return text, text

    def _map_json(self, pairs, weak, sid_at, counts):
        parts = []
        tail = ',"weak":true}' if weak else "}"
        for key, value in pairs:
            k = sid_at[id(key)]
            v = sid_at[id(value)]
            if counts is not None:
                counts[k] = counts.get(k, 0) + 1
                if not weak:
                    counts[v] = counts.get(v, 0) + 1
            parts.append('{"label":%s,"key":%d,"ref":%d%s' % (json_str(self.label_of(key, k)), k, v, tail))
        return ",".join(parts)

    def _named_json(self, entries, sid_at, counts):
        parts = []
        for label, value, weak in entries:
            v = sid_at[id(value)]
            if counts is not None and not weak:
                counts[v] = counts.get(v, 0) + 1
            if type(label) is KeyLabel:
                k = sid_at[id(label.key)]
                if counts is not None:
                    counts[k] = counts.get(k, 0) + 1
                parts.append('{"label":%s,"key":%d,"ref":%d}' % (
                    json_str(self.label_of(label.key, k)), k, v))
                continue
            if type(label) is LruLabel:
                label = self.cut(self.fix_addresses(label.text()))
            parts.append('{"label":%s,"ref":%d%s}' % (
                "null" if label is None else json_str(label), v, ',"weak":true' if weak else ""))
        return ",".join(parts)

    def label_of(self, key, sid):
        """A mapping entry's label: its key's repr (an atom's is kept)."""
        rep = self.atom_reprs.get(sid) if type(key) in ATOMS else None
        return rep if rep is not None else self.repr_of(key)

    # -- reprs
    def repr_of(self, obj):
        """repr(obj) as the trace shows it: addresses replaced by ones made
        from the ids, the standard library's directory as <stdlib>, cut."""
        try:
            text = repr(obj)
        except Exception as exc:
            text = "<repr failed: %s>" % type(exc).__name__
        if "0x" in text:
            text = self.fix_addresses(text)
        if "from '" in text:
            for prefix in STDLIB_PREFIXES:
                text = text.replace("from '" + prefix + os.sep, "from '<stdlib>/")
        return self.cut(text)

    def fix_addresses(self, text):
        """A text with every hex address in it made repeatable: no two runs
        of CPython place objects alike, so each address turns into one
        spelled with the trace id of the object living there."""
        return ADDRESS.sub(self._address_for, text)

    def _address_for(self, found):
        """A matched address's stand-in: the id as 12 hex digits, or 0x?
        when the tracer lists no object at that address."""
        try:
            addr = int(found.group(0), 16)
        except ValueError:
            return "0x?"
        sid = self.ids.address_of(addr)
        return "0x?" if sid is None else "0x" + format(sid, "012x")

    def cut(self, text):
        limit = self.repr_limit
        if len(text) > limit:
            return text[:max(limit - 3, 0)] + "..."
        return text


# ------------------------------------------------------------------- stepping
class Stepper:
    """The sys.settrace handler: the spec's "When snapshots are taken".

    Each program frame has a current statement; a line event for another
    statement gives the current one its `step`.  Calls, returns and
    exceptions of program frames give `call`, `return` and `exception`
    snapshots.  A generator's resumption is held back until the frame's
    next event: if that is GeneratorExit thrown in by close() (or by the
    generator's finalisation), the resumption and everything up to the
    frame's end make no snapshots."""

    def __init__(self, program, recorder, output, publish):
        self.program = program
        self.recorder = recorder
        self.output = output
        self.publish = publish            # Snapshot -> None
        self.current = {}                 # id(frame) -> (statement key, first line)
        self.closing = set()              # ids of generator frames being closed
        self.held_back = None             # (id(frame), Snapshot) of a resumption
        recorder.where = self.where

    # -- sys.settrace entry points
    def on_call(self, frame, event, arg):
        """The global trace function: a new frame (or a resumed generator)."""
        if id(frame.f_code) not in self.program.frame_codes:
            return None                   # library code, comprehensions, class bodies
        try:
            self._release_held_back()
            self._enter(frame)
        except Exception as exc:
            internal_error(exc)
        return self.on_event

    def on_event(self, frame, event, arg):
        """The local trace function of program frames."""
        try:
            self._event(frame, event, arg)
        except Exception as exc:
            internal_error(exc)
        return self.on_event

    # -- events
    def _enter(self, frame):
        fid = id(frame)
        self.current.pop(fid, None)
        if id(frame.f_code) == self.program.module_code_id:
            return
        fresh = self.program.is_fresh(frame)
        if fresh:
            self.recorder.order.forget(fid)
            line = frame.f_lineno         # the def line (its first decorator's)
        else:
            line = self.program.statement(frame.f_lineno)[1]
        snap = self._take("call", frame, line)
        if frame.f_code.co_flags & CO_GENERATOR and not fresh:
            self.held_back = (fid, snap)  # a resumption, or close()?
        else:
            self.publish(snap)

    def _event(self, frame, event, arg):
        fid = id(frame)
        if fid in self.closing:
            if event == "return":
                self.closing.discard(fid)
                self._leave(fid, keep_order=False)
            return
        if self.held_back is not None:
            if (event == "exception" and self.held_back[0] == fid
                    and type(arg) is tuple and arg and arg[0] is GeneratorExit):
                self.held_back = None     # close(): no snapshots for it
                self.recorder.unsent()
                self.closing.add(fid)
                return
            self._release_held_back()
        if event == "line":
            self._line(frame, fid)
        elif event == "opcode":
            self.publish.idle(self.where(frame)[1])
        elif event == "return":
            self._return(frame, fid, arg)
        elif event == "exception":
            self._take_and_publish("exception", frame, self.where(frame)[1])

    def _line(self, frame, fid):
        stmt = self.program.statement(frame.f_lineno)
        cur = self.current.get(fid)
        if cur is not None:
            if cur[0] == stmt[0]:
                # still the same statement: a one-line loop never ends it,
                # so its iterations count toward --max-steps too
                self.publish.idle(cur[1])
                return
            if frame.f_trace_opcodes:
                frame.f_trace_opcodes = False     # the watchdog's loop ended
            self._take_and_publish("step", frame, cur[1])
        self.current[fid] = stmt

    def _return(self, frame, fid, value):
        """A frame ends or yields.  sys.settrace calls the `return` event
        also for a frame an exception unwinds (with None), and the line
        events of `finally:` blocks may come in between, so the event alone
        does not say which.  The opcode at f_lasti does: RETURN_VALUE and
        YIELD_VALUE for a frame that returns or yields, the raising
        instruction for one an exception leaves."""
        line = self.where(frame)[1]
        op = self.program.opcode_at(frame)
        normal = op == OP_RETURN_VALUE or op == OP_YIELD_VALUE
        if id(frame.f_code) == self.program.module_code_id:
            if normal and fid in self.current:
                self._take_and_publish("step", frame, line)    # the final snapshot
            self._leave(fid, keep_order=False)
            return
        if normal:
            self._take_and_publish("return", frame, line, (value,))
        yielded = normal and op == OP_YIELD_VALUE and frame.f_code.co_flags & CO_GENERATOR
        self._leave(fid, keep_order=bool(yielded))

    def _leave(self, fid, keep_order):
        """A frame's statement ends with the frame; its variables' binding
        order is kept only for a generator that yielded and will resume."""
        if fid in self.current:
            del self.current[fid]
        if keep_order:
            return
        self.recorder.order.forget(fid)

    def _release_held_back(self):
        if self.held_back is not None:
            snap = self.held_back[1]
            self.held_back = None
            self.publish(snap)

    def watch(self, frame):
        """The watchdog's tick (Watchdog): no event came for a while, and
        the program runs in frame.  A loop of a single instruction (`while
        True: pass`) makes no line events at all; the frame's opcode events
        then count toward --max-steps instead."""
        # Only a program frame interrupted in its own code: a tick in the
        # tracer (a slow snapshot) or in library code is no such loop.
        if id(frame.f_code) in self.program.frame_codes and not frame.f_trace_opcodes:
            frame.f_trace = self.on_event
            frame.f_trace_opcodes = True

    def finish(self):
        """The program ended: a resumption still held back is shown."""
        self._release_held_back()

    # -- helpers
    def where(self, frame):
        """(key, first line) of a frame's current statement."""
        cur = self.current.get(id(frame))
        return cur if cur is not None else self.program.statement(frame.f_lineno)

    def _take(self, event, frame, line, retval=None):
        return self.recorder.take(event, self._shown_frames(frame), line, retval, self.output)

    def _shown_frames(self, innermost):
        """The frames a snapshot lists, outermost first: those running the
        program's code, less the generators being closed (which make no
        snapshots)."""
        chain = []
        while innermost is not None:
            chain.append(innermost)
            innermost = innermost.f_back
        codes = self.program.frame_codes
        return [frame for frame in reversed(chain)
                if id(frame.f_code) in codes and id(frame) not in self.closing]

    def _take_and_publish(self, event, frame, line, retval=None):
        self.publish(self._take(event, frame, line, retval))


def internal_error(exc):
    """The tracer failed: say so and end (the program must not go on, nor
    see the tracer's exception as its own)."""
    import traceback
    try:
        sys.__stderr__.write("refviz_trace: error: internal error: %s: %s\n"
                             % (type(exc).__name__, exc))
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.__stderr__)
        sys.__stderr__.flush()
    finally:
        os._exit(3)


# --------------------------------------------------------------------- stdout
class Output(io.TextIOBase):
    """The program's sys.stdout: keeps what it writes for the snapshots
    (as copies: the program's strings must not be kept alive) and, with
    --echo, passes it on to the real stdout."""

    def __init__(self, echo_to=None):
        super().__init__()
        self._buf = io.StringIO()         # text from _start on
        self._start = 0
        self._end = 0
        self._echo = echo_to
        self._cache = (0, "")

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "strict"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        n = self._buf.write(text)
        self._end += n
        if self._echo is not None:
            self._echo.write(text)
            self._echo.flush()
        return n

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def position(self):
        return self._end

    def text_until(self, pos):
        """Everything written before position pos (json: cumulative)."""
        if self._cache[0] != pos:
            self._cache = (pos, self._buf.getvalue()[:pos - self._start])
        return self._cache[1]

    def take_until(self, pos):
        """What was written from the last take up to pos (stream: deltas)."""
        text = self._buf.getvalue()
        head, rest = text[:pos - self._start], text[pos - self._start:]
        self._buf = io.StringIO()
        self._buf.write(rest)
        self._start = pos
        return head


# -------------------------------------------------------------------- writers
def encode(text):
    """JSON text as UTF-8; a lone surrogate (a program may print one) turns
    into the backslash escape JSON reads back."""
    return bytes(text, "utf-8", "backslashreplace")


class Watchdog:
    """With --max-steps, a CPU-time timer that checks the program still
    makes events: CPython 3.11 reports no line event for a loop that jumps
    to its own instruction, and --max-steps must stop it all the same.
    SIGVTALRM counts the process's CPU time, so a sleeping program never
    ticks, and the handler runs between two instructions of the program."""

    INTERVAL = 0.5                        # CPU seconds

    def __init__(self, stepper, publisher):
        self.stepper = stepper
        self.publisher = publisher
        self.seen = -1
        self.previous = None

    def start(self):
        import signal
        if not hasattr(signal, "setitimer"):
            return
        self.previous = signal.signal(signal.SIGVTALRM, self.tick)
        signal.setitimer(signal.ITIMER_VIRTUAL, self.INTERVAL, self.INTERVAL)

    def stop(self):
        import signal
        if self.previous is None:
            return
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, self.previous)
        self.previous = None

    def tick(self, signum, frame):
        events = self.publisher.events
        if events == self.seen:
            self.stepper.watch(frame)
        self.seen = events


class Publisher:
    """Numbers the snapshots, works out what the formats say about changes
    since the previous snapshot, and hands them to the writer; stops the
    program after --max-steps events: snapshots, and the line events that
    repeat the current statement (`while True: n += 1` takes no second
    snapshot, and must stop all the same)."""

    def __init__(self, writer, ids, recorder, max_steps):
        self.writer = writer
        self.ids = ids
        self.recorder = recorder
        self.max_steps = max_steps
        self.count = 0                    # snapshots
        self.events = 0                   # snapshots and repeated lines

    def __call__(self, snap):
        dead = self.ids.take_dead()
        self.recorder.forget(dead)
        self.writer.snapshot(self.count, snap, dead)
        self.count += 1
        self.events += 1
        if self.max_steps and self.events >= self.max_steps:
            self.stop(snap.line)

    def idle(self, line):
        self.events += 1
        if self.max_steps and self.events >= self.max_steps:
            self.stop(line)

    def stop(self, line):
        self.writer.end(None, stopped=line)
        finish_process(0, False, None)


class JsonWriter:
    """The trace document (the spec's --format json), written as it goes: a
    long run needs memory for the program's heap, not for its trace."""

    def __init__(self, out, output, final_only):
        self.out = out
        self.output = output
        self.final_only = final_only
        self.first = True
        self.last = None                  # --final: the last snapshot's text
        self.prev_listed = set()
        self.prev_ghosts = set()
        self.prev_signatures = {}

    def begin(self, header):
        self.out.write(encode(header[:-1] + ',"steps":[\n'))

    def snapshot(self, index, snap, dead):
        """The snapshot with `change`, `freed` (what the previous snapshot
        showed and has died) and `unreachable` (what it showed, still alive
        but no longer reachable)."""
        shown = self.prev_listed | self.prev_ghosts
        freed = sorted(dead & shown)
        ghosts = sorted(shown - dead - snap.listed)
        signatures = {}
        parts = []
        size = 0
        prev = self.prev_signatures
        counts = snap.refcounts
        for sid, state in snap.objects:
            signature = signatures[sid] = state[SIGNATURE]
            if sid not in prev:
                change = "new"
            elif prev[sid] == signature:
                change = "same"
            else:
                change = "mutated"
            parts.append('{"id":%d,%s,"refcount":%d,%s,"change":"%s"}'
                         % (sid, state[HEAD], counts.get(sid, 0), state[TAIL], change))
            size += state[SIZE]
        text = ('{"step":%d,"line":%d,"event":"%s","narration":null,"stdout":%s,'
                '"frames":%s,"objects":[%s],"freed":%s,"unreachable":%s,'
                '"memory":{"objects":%d,"bytes":%d}}'
                % (index, snap.line, snap.event, json_str(self.output.text_until(snap.out_pos)),
                   frames_json(snap.frames), ",\n".join(parts), json_list(freed),
                   json_list(ghosts), len(parts), size))
        self.prev_listed = snap.listed
        self.prev_ghosts = set(ghosts)
        self.prev_signatures = signatures
        if self.final_only:
            self.last = text
            return
        self.out.write(encode(text if self.first else ",\n" + text))
        self.first = False

    def end(self, error, stopped=None):
        if self.final_only and self.last is not None:
            self.out.write(encode(self.last))
        self.out.write(encode('\n],"error":%s}\n' % error_json(error)))
        self.out.flush()


class StreamWriter:
    """--format stream: a header line, one line per snapshot with only the
    objects whose state is new to this stream or changed since it last sent
    them, and an end line.  Each line is flushed as soon as it is written."""

    def __init__(self, out, output, final_only):
        self.out = out
        self.output = output
        self.final_only = final_only
        self.sent = {}                    # sid -> the state last sent
        self.count = 0
        self.last = None                  # --final: (index, Snapshot)

    def begin(self, header):
        self._line(header)

    def snapshot(self, index, snap, dead):
        self.count = index + 1
        if self.final_only:
            self.last = (index, snap)
            return
        freed = sorted(sid for sid in dead if sid in self.sent)
        for sid in freed:
            del self.sent[sid]
        self._line(self._snapshot_text(index, snap, freed, self.output.take_until(snap.out_pos)))

    def _snapshot_text(self, index, snap, freed, stdout):
        parts = []
        sent = self.sent
        for sid, state in snap.objects:
            last = sent.get(sid)
            if last is state or (last is not None and last[TAIL] == state[TAIL]
                                 and last[HEAD] == state[HEAD]):
                continue
            sent[sid] = state
            parts.append('{"id":%d,%s,%s}' % (sid, state[HEAD], state[TAIL]))
        return ('{"step":%d,"line":%d,"event":"%s","stdout":%s,"frames":%s,'
                '"objects":[%s],"freed":%s}'
                % (index, snap.line, snap.event, json_str(stdout), frames_json(snap.frames),
                   ",".join(parts), json_list(freed)))

    def end(self, error, stopped=None):
        if self.final_only and self.last is not None:
            index, snap = self.last
            # the only snapshot this stream sends: everything in it is new
            self._line(self._snapshot_text(index, snap, [],
                                           self.output.text_until(snap.out_pos)))
        self._line('{"end":true,"error":%s,"steps":%d,"stopped":%s}'
                   % (error_json(error), self.count, "null" if stopped is None else stopped))

    def _line(self, text):
        self.out.write(encode(text + "\n"))
        self.out.flush()


def json_list(ints):
    return "[" + ",".join(map(str, ints)) + "]"


def frames_json(frames):
    parts = []
    for function, line, var_sids, ret in frames:
        text = '{"function":%s,"line":%d,"vars":[%s]' % (
            json_str(function), line,
            ",".join('{"name":%s,"ref":%d}' % (json_str(n), s) for n, s in var_sids))
        if ret is not None:
            text += ',"return":%d' % ret
        parts.append(text + "}")
    return "[" + ",".join(parts) + "]"


def error_json(error):
    return "null" if error is None else json.dumps(error, ensure_ascii=False, separators=(",", ":"))


# ----------------------------------------------------------------------- main
class Options:
    def __init__(self):
        self.format = "json"
        self.trace_fd = None
        self.final = False
        self.max_steps = 0
        self.repr_limit = 200
        self.name = None
        self.echo = False
        self.program = None               # a path, or None with -c
        self.code = None                  # -c CODE
        self.args = []


def parse_args(argv):
    """Options come before the program; everything after it is its own."""
    opts = Options()
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--":
            break
        if arg == "-c":
            if not args:
                raise UsageError("-c needs the code to run")
            opts.code = args.pop(0)
            opts.args = args
            return opts
        if not arg.startswith("--") or arg == "-":
            args.insert(0, arg)
            break
        name, eq, value = arg.partition("=")
        if name in ("--final", "--echo"):
            if eq:
                raise UsageError("%s takes no value" % name)
            setattr(opts, name[2:], True)
            continue
        if name not in ("--format", "--trace-fd", "--max-steps", "--repr-limit", "--name"):
            raise UsageError("unknown option %s" % name)
        if not eq:
            if not args:
                raise UsageError("%s needs a value" % name)
            value = args.pop(0)
        if name == "--format":
            if value not in ("json", "stream"):
                raise UsageError("--format is json or stream, not %s" % value)
            opts.format = value
        elif name == "--name":
            opts.name = value
        else:
            try:
                number = int(value)
            except ValueError:
                raise UsageError("%s needs a number, not %s" % (name, value))
            if number < 0:
                raise UsageError("%s needs a number >= 0" % name)
            setattr(opts, name[2:].replace("-", "_"), number)
    if not args:
        raise UsageError("no program to run")
    opts.program = args[0]
    opts.args = args[1:]
    return opts


def read_source(path):
    """The program's text as python3 reads it: the encoding its coding
    cookie (or BOM) names, UTF-8 by default, any line ending as \\n."""
    import tokenize
    with open(path, "rb") as fh:
        encoding, _ = tokenize.detect_encoding(fh.readline)
        fh.seek(0)
        return io.TextIOWrapper(fh, encoding=encoding, newline=None).read()


def program_module(path):
    """A fresh __main__ module with the names python3 gives a script's (or
    `-c` code's) globals, in python3's order."""
    module = types.ModuleType("__main__")
    g = module.__dict__
    g["__annotations__"] = {}
    g["__builtins__"] = builtins
    from importlib.machinery import BuiltinImporter, SourceFileLoader
    if path is None:
        g["__loader__"] = BuiltinImporter
    else:
        g["__loader__"] = SourceFileLoader("__main__", path)
        g["__file__"] = path
        g["__cached__"] = None
    return module


def innermost_program_line(tb, program):
    """The first line of the statement that raised, in the deepest of the
    program's own frames a traceback goes through (library frames below it
    do not count), or None when no program frame is in it."""
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    for entry in reversed(entries):
        if id(entry.tb_frame.f_code) in program.frame_codes:
            return program.statement(entry.tb_lineno)[1]
    return None


def without_tracer_frames(exc):
    """Take the tracer's own frames (its runner, its gc and sys shims) out
    of the tracebacks of exc and of the exceptions chained to it, so that
    the traceback reads as python3's."""
    seen = set()
    todo = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        kept = []
        tb = e.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename != THIS_FILE:
                kept.append(tb)
            tb = tb.tb_next
        for a, b in zip(kept, kept[1:]):
            a.tb_next = b
        if kept:
            kept[-1].tb_next = None
        e.__traceback__ = kept[0] if kept else None
        todo.append(e.__cause__)
        todo.append(e.__context__)


def show_uncaught(exc):
    """Print an uncaught exception as python3 does (pythonrun.c
    _PyErr_PrintEx): sys.last_* set first (an AttributeError's "Did you
    mean" can name them), then sys.excepthook, without the tracer's frames."""
    without_tracer_frames(exc)
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, exc.__traceback__
    sys.stderr.flush()
    sys.excepthook(type(exc), exc, exc.__traceback__)


INTERRUPTED = -2     # the exit "status" of a KeyboardInterrupt: SIGINT


def finish_process(status, run_atexit, stdout):
    """End the process.  The program's objects are not finalised: what a
    __del__ would print at exit is not in the trace and must not follow it
    on the trace's stdout.  atexit functions run, as in python3, with the
    real stdout under --echo (else their output goes nowhere); a program
    stopped by --max-steps runs nothing more."""
    if run_atexit:
        import atexit
        sys.stdout = stdout if stdout is not None else io.StringIO()
        try:
            atexit._run_exitfuncs()
        except BaseException:
            pass
    for stream in (sys.stdout, sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except Exception:
            pass
    if status == INTERRUPTED:
        # python3 ends by SIGINT after an uncaught KeyboardInterrupt
        # (main.c exit_sigint), so that its caller sees the signal
        import signal
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
        status = 128 + signal.SIGINT
    os._exit(status)


def system_exit_status(exc):
    """python3's exit status for SystemExit (pythonrun.c
    _Py_HandleSystemExit): None 0, an int itself, anything else is printed
    on stderr and gives 1."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xff
    try:
        sys.stderr.write(str(code) + "\n")
    except Exception:
        pass
    return 1


class Run:
    """One run of the program under the tracer."""

    def __init__(self, opts, out):
        self.opts = opts
        self.out = out
        self.keep = []                    # what must outlive the trace
        self.gc_was_enabled = True        # the program's gc.isenabled() at its start

    def source(self):
        """(source, path for code and __file__ or None, source.path, source.name)."""
        opts = self.opts
        if opts.code is not None:
            return opts.code, None, "<string>", opts.name or "<string>"
        try:
            source = read_source(opts.program)
        except (OSError, SyntaxError, UnicodeDecodeError) as exc:
            raise TracerError("cannot read %s: %s"
                              % (opts.program, getattr(exc, "strerror", None) or exc))
        name = opts.name or os.path.splitext(os.path.basename(opts.program))[0]
        return source, os.path.abspath(opts.program), opts.program, name

    def start(self):
        """Run the program; returns the exit status."""
        opts = self.opts
        source, path, shown_path, name = self.source()
        header = json.dumps({"format": TRACE_FORMAT, "version": TRACE_VERSION,
                             "source": {"name": name, "path": shown_path, "code": source},
                             "lesson": None, "python": "%d.%d" % sys.version_info[:2]},
                            ensure_ascii=False, separators=(",", ":"))
        self.echo = sys.__stdout__ if opts.echo else None
        output = Output(self.echo)
        writer = (JsonWriter if opts.format == "json" else StreamWriter)(self.out, output, opts.final)
        writer.begin(header)
        # The collector stops before the program is compiled (execute keeps
        # the program's flag): python3 runs a program as soon as it is
        # compiled, while here the source is parsed again and the tracer set
        # up in between, and a collection there would untrack the constant
        # tuples of atoms, (1, 2), that python3's gc.is_tracked() reports
        # as tracked.  Whether one came depended on how much the tracer had
        # allocated since the last.
        self.gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            code = compile(source, path or "<string>", "exec", dont_inherit=True)
        except SyntaxError as exc:
            writer.end({"type": type(exc).__name__, "message": exc.msg, "line": exc.lineno})
            show_uncaught(exc)
            return 1
        program = Program(source, code)
        ids = Identities()
        # a stream's --final snapshot is its first: it must list everything
        recorder = Recorder(program, ids, opts.repr_limit,
                            complete=opts.format == "json" or opts.final)
        publisher = Publisher(writer, ids, recorder, opts.max_steps)
        stepper = Stepper(program, recorder, output, publisher)
        self.keep.extend((program, ids))
        watchdog = Watchdog(stepper, publisher)
        if opts.max_steps:
            watchdog.start()
        try:
            failure = self.execute(code, path, output, stepper, ids)
        finally:
            watchdog.stop()
        stepper.finish()
        if failure is None:
            writer.end(None)
            return 0
        self.keep.append(failure)
        try:
            message = str(failure)
        except Exception:
            message = "<exception str() failed>"
        writer.end({"type": type(failure).__name__, "message": message,
                    "line": innermost_program_line(failure.__traceback__, program)})
        if isinstance(failure, SystemExit):
            return system_exit_status(failure)
        show_uncaught(failure)
        if isinstance(failure, KeyboardInterrupt):
            return INTERRUPTED
        return 1

    def execute(self, code, path, output, stepper, ids):
        """exec the code as __main__ under the tracer; the exception that
        ended it, or None."""
        module = program_module(path)
        self.keep.append(module)
        sys.argv = [self.opts.program if path is not None else "-c"] + self.opts.args
        sys.modules["__main__"] = module
        sys.path[0] = os.path.dirname(path) if path is not None else ""
        # With the collector off, an object dies when its count drops to zero
        # or in a gc.collect() the program itself calls: at the same moments
        # in every run, which traces have to be.  The program's
        # gc.enable()/disable() only flip the flag gc.isenabled() reports.
        enabled = [self.gc_was_enabled]
        isenabled, enable, disable = gc_switch_shims(enabled)
        shims = [(gc, "collect", ids.collect_shim),
                 (gc, "get_referrers", ids.get_referrers),
                 (gc, "isenabled", isenabled), (gc, "enable", enable), (gc, "disable", disable),
                 (sys, "getrefcount", ids.getrefcount)]
        # tracemalloc.take_snapshot() (bound when the program imports
        # tracemalloc) leaves out what the tracer itself keeps allocated.
        import _tracemalloc
        shims.append((_tracemalloc, "_get_traces", program_traces(_tracemalloc._get_traces)))
        import _weakref
        for mod in (weakref, _weakref):
            shims += [(mod, "getweakrefcount", ids.getweakrefcount),
                      (mod, "getweakrefs", ids.getweakrefs)]
        originals = [(mod, attr, getattr(mod, attr)) for mod, attr, _ in shims]
        for mod, attr, value in shims:
            setattr(mod, attr, value)
        real_stdout = sys.stdout
        sys.stdout = output
        try:
            sys.settrace(stepper.on_call)
            try:
                exec(code, module.__dict__)
            finally:
                sys.settrace(None)
        except BaseException as exc:
            return exc
        finally:
            sys.stdout = real_stdout
            for mod, attr, value in originals:
                setattr(mod, attr, value)
        return None



def program_traces(get_traces):
    """_tracemalloc._get_traces without the blocks the tracer allocated: a
    program's tracemalloc snapshot shows the program's memory, as under
    python3.  Besides the tracer's own, those are the frame objects that
    sys.settrace materialises for the frames running now (python3 makes
    none), each counted on its function's first line, and what the call
    of _get_traces allocated on its line.  (get_traced_memory() still
    counts them.)"""
    def _get_traces():
        f = sys._getframe(1)
        running = {(f.f_code.co_filename, f.f_lineno)}   # the call to here
        while f is not None:
            running.add((f.f_code.co_filename, f.f_code.co_firstlineno))
            f = f.f_back
        return [t for t in get_traces()
                if not any(frame[0] == THIS_FILE for frame in t[2])
                and not (t[2] and tuple(t[2][0]) in running)]
    return _get_traces


def open_trace_output(opts):
    fd = 1 if opts.trace_fd is None else opts.trace_fd
    try:
        os.fstat(fd)
        return os.fdopen(fd, "wb", closefd=False)
    except OSError as exc:
        raise TracerError("cannot write the trace to file descriptor %d: %s" % (fd, exc.strerror))


def fix_hash_seed(argv):
    """Run again with PYTHONHASHSEED=0 unless the caller chose a seed: str
    and bytes hashes, so the order of sets of them, depend on the seed, and
    traces must be reproducible (the oracle fixes it the same way)."""
    if "PYTHONHASHSEED" in os.environ:
        return
    env = dict(os.environ, PYTHONHASHSEED="0")
    orig = list(getattr(sys, "orig_argv", None) or [sys.executable] + argv)
    interpreter_options = orig[1:len(orig) - len(argv)]
    try:
        os.execve(sys.executable, [sys.executable] + interpreter_options + argv, env)
    except OSError as exc:
        raise TracerError("cannot run %s again: %s" % (sys.executable, exc.strerror))


def main(argv):
    try:
        opts = parse_args(argv[1:])
    except UsageError as exc:
        sys.stderr.write("refviz_trace: %s\n%s" % (exc, USAGE))
        return 2
    try:
        fix_hash_seed(argv)
        run = Run(opts, open_trace_output(opts))
        status = run.start()
    except TracerError as exc:
        sys.stderr.write("refviz_trace: error: %s\n" % exc)
        return 3
    except Exception as exc:
        internal_error(exc)
    finish_process(status, True, run.echo)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
