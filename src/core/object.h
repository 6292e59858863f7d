/* src/core/object.h - the object model: header, type slots, ownership.
 *
 * refviz models CPython's object model: every value is a heap object with an
 * identity, a type and a reference count, and it is freed the moment its last
 * reference goes.  The core knows nothing of the interpreter; the evaluator
 * plugs user-defined behaviour (functions, classes) in through the same type
 * slots the built-in types use.
 *
 * OWNERSHIP (every function in src/core and src/lang follows this):
 *  1. A function returning rv_obj_t * returns a NEW reference, or NULL with a
 *     Python exception pending (see exc.h).  A `_borrow` suffix marks the
 *     exceptions: those return a borrowed reference that is valid as long as
 *     the container holding it is not changed.
 *  2. Arguments are BORROWED.  A callee that keeps an argument increfs it.  A
 *     `_steal` suffix marks the exceptions: those take over the caller's
 *     reference, even when they fail.
 *  3. Whoever drops a reference decrefs.  Deallocation never recurses on the
 *     C stack: a dying object is queued and its children are released by a
 *     loop in heap.c (CPython's trashcan, made unconditional).
 *  4. Object ids come from a counter (heap.c), never from addresses, so traces
 *     are deterministic.
 *  5. The snapshot layer never changes reference counts.
 *  6. A debug build (--enable-selfcheck) recounts references at every
 *     snapshot and checks them against the stored counts (heap.c).
 *
 * ERRORS: functions returning int return 0 (or a non-negative result) on
 * success and -1 with an exception pending on failure, unless documented.
 */
#ifndef RV_CORE_OBJECT_H
#define RV_CORE_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct rv_obj rv_obj_t;
typedef struct rv_type rv_type_t;

/* Object flags. */
enum {
    RV_F_STATIC = 1u << 0, /* statically allocated (types, None, ...): never freed */
    RV_F_ROOT = 1u << 1,   /* the runtime holds C references to it (self-check) */
    RV_F_GC_REACHABLE = 1u << 2, /* scratch bit of the cycle collector */
    RV_F_FREEING = 1u << 3,      /* queued for deallocation */
    RV_F_CONST = 1u << 4,        /* a compile-time constant (shared per unit) */
    RV_F_DIRTY = 1u << 5,        /* touched since the tracer last recorded it */
    RV_F_WEAKREFED = 1u << 6,    /* weak references point at it (obj_weakref.c) */
    RV_F_UNTRACKED = 1u << 7,    /* a tuple the collector found holding only
                                    untracked values (gc.is_tracked) */
    RV_F_FINALIZED = 1u << 8,    /* its finalizer (__del__) has run */
    RV_F_INLINE_VALUES = 1u << 9, /* a plain instance's __dict__ that CPython
                                    3.11 keeps as values inside the instance
                                    until `__dict__` is asked for: the
                                    collector's count and gc's functions
                                    see the instance, not a dict */
};

/* The header every object starts with. */
struct rv_obj {
    const rv_type_t *type;
    intptr_t refcnt;
    uint64_t id;             /* stable identity: id() and the trace's "id" */
    rv_obj_t *live_prev;     /* the heap's list of live objects */
    rv_obj_t *live_next;
    uint32_t flags;
    intptr_t scratch;        /* collector / self-check work field */
};

/* ---- Edges: how an object refers to others ------------------------------
 * One traversal serves the cycle collector, the self-check, copy and the
 * snapshot layer, so each edge carries the label the diagrams show. */
typedef enum rv_edge_kind {
    RV_EDGE_INDEX,  /* list/tuple item: index */
    RV_EDGE_KEY,    /* dict key: the child is the key */
    RV_EDGE_VALUE,  /* dict value: key is the key object */
    RV_EDGE_MEMBER, /* set/frozenset member: no label */
    RV_EDGE_NAMED,  /* attribute, closure cell, generator local, "defaults[0]": name */
    RV_EDGE_HIDDEN, /* interpreter-internal (a function's code, an iterator's
                       source...): seen by the collector, not drawn */
} rv_edge_kind_t;

typedef struct rv_edge {
    rv_edge_kind_t kind;
    size_t index;          /* RV_EDGE_INDEX */
    rv_obj_t *key;         /* RV_EDGE_VALUE */
    const char *name;      /* RV_EDGE_NAMED (valid during the visit only) */
    /* A drawn reference that the object does not own itself: it is owned by
     * an intermediate visited as RV_EDGE_HIDDEN (a function's defaults
     * tuple, a generator's frame).  The collector and the self-check skip
     * view edges; diagrams draw them and skip the intermediate. */
    bool view;
    /* A weak reference (weakref.ref's referent): drawn dashed, but it owns
     * nothing, so reference counts, the collector, reachability and
     * sys.getrefcount ignore it. */
    bool weak;
} rv_edge_t;

typedef void (*rv_visit_fn)(rv_obj_t *child, const rv_edge_t *edge, void *ctx);

/* ---- Calls and methods ----------------------------------------------------
 * The calling convention is CPython's vectorcall: positional arguments in
 * args[0..nargs), keyword argument values after them, their names in kwnames
 * (a tuple of str, or NULL when there are none). */
typedef rv_obj_t *(*rv_call_fn)(rv_obj_t *callable, rv_obj_t *const *args,
                                size_t nargs, rv_obj_t *kwnames);
typedef rv_obj_t *(*rv_cmeth_fn)(rv_obj_t *self, rv_obj_t *const *args,
                                 size_t nargs, rv_obj_t *kwnames);

enum {
    RV_METH_CLASS = 1u << 0,  /* self is the type (dict.fromkeys) */
    RV_METH_STATIC = 1u << 1, /* no self (str.maketrans) */
    /* CPython's library writes it in Python (copy.deepcopy,
     * functools.lru_cache): type(f) is function, not
     * builtin_function_or_method (obj_misc.c's rv_libfunc_type).  Its
     * name is its __qualname__ ("lru_cache.<locals>.decorating_function"),
     * __name__ the part after the last dot. */
    RV_METH_PYFUNC = 1u << 2,
};

typedef struct rv_method {
    const char *name;
    rv_cmeth_fn fn;
    unsigned flags;
} rv_method_t;

/* Binary operators, also used for in-place variants and comparisons. */
typedef enum rv_binop {
    RV_OP_ADD, RV_OP_SUB, RV_OP_MUL, RV_OP_TRUEDIV, RV_OP_FLOORDIV, RV_OP_MOD,
    RV_OP_POW, RV_OP_LSHIFT, RV_OP_RSHIFT, RV_OP_AND, RV_OP_OR, RV_OP_XOR,
    RV_OP_MATMUL,
    RV_OP__COUNT
} rv_binop_t;

typedef enum rv_unop { RV_UOP_NEG, RV_UOP_POS, RV_UOP_INVERT } rv_unop_t;

/* Rich comparison ops, in CPython's order (Py_LT ... Py_GE). */
typedef enum rv_cmpop { RV_LT, RV_LE, RV_EQ, RV_NE, RV_GT, RV_GE } rv_cmpop_t;

/* Type flags. */
enum {
    RV_TF_MUTABLE = 1u << 0,  /* the trace's "mutable" (rv_is_mutable): every kind
                                 but CPython's immutable ones */
    RV_TF_GC = 1u << 1,       /* can be part of a cycle: collector tracks it */
    RV_TF_BASETYPE = 1u << 2, /* CPython lets classes derive from it (Py_TPFLAGS_BASETYPE;
                                 refviz may still refuse to model it) */
    RV_TF_EXC = 1u << 3,      /* an exception type */
    RV_TF_INLINE = 1u << 4,   /* drawn inside its referrer's cell by default */
    RV_TF_HEAPTYPE = 1u << 5, /* allocated at run time (user classes) */
    RV_TF_WEAKREFABLE = 1u << 6, /* weakref.ref accepts its instances
                                    (CPython's tp_weaklistoffset != 0) */
    /* How CPython makes a library class, which decides what the class
     * object itself looks like (sys.getsizeof, whether it is mutable: a
     * type without Py_TPFLAGS_IMMUTABLETYPE is).  Neither flag: a static
     * type (list, collections.deque): immutable, 424 bytes. */
    RV_TF_PYCLASS = 1u << 7,  /* written in Python (collections.Counter):
                                 a mutable heap type of 1688 bytes */
    RV_TF_EXTTYPE = 1u << 8,  /* a C extension module's heap type
                                 (array.array, functools.partial):
                                 immutable, 920 bytes */
    RV_TF_PYCLASS_NODICT = 1u << 10, /* written in Python, its instances
                                 without a __dict__ of their own
                                 (__slots__, or an exception base:
                                 dataclasses.Field): mutable, 920 bytes */
    RV_TF_METATYPE = 1u << 11, /* a class whose metaclass is a library's
                                  (enum.EnumType): rv_obj_type_name asks
                                  rv_metatype_name */
    RV_TF_ABCMETA = 1u << 9,  /* its metaclass is abc.ABCMeta
                                 (contextlib.suppress): the trace's type
                                 of the class (rv_obj_type_name) */
};

/* A type.  Types are objects (type(x) is list), so the header comes first.
 * A NULL slot means "not supported" and the generic functions below raise
 * CPython's TypeError for it. */
struct rv_type {
    rv_obj_t ob;
    /* CPython's tp_name: a library type's says its module
     * ("collections.deque", as <class '...'> and some messages print it);
     * __name__ is what follows the last dot (rv_type_name). */
    const char *name;
    rv_type_t *base;         /* single inheritance: bool -> int, exceptions */
    unsigned flags;

    /* Lifetime. clear drops every reference the object owns (it may run
     * twice: once by the cycle collector, again at deallocation).  release
     * frees the object's memory, including the header allocation. */
    void (*clear)(rv_obj_t *o);
    void (*release)(rv_obj_t *o);
    void (*traverse)(rv_obj_t *o, rv_visit_fn visit, void *ctx);

    /* Presentation. */
    rv_obj_t *(*repr)(rv_obj_t *o);
    rv_obj_t *(*str)(rv_obj_t *o);             /* NULL: repr */
    /* format(o, spec): spec is a str. NULL: str(o) when spec is empty, else
     * TypeError "unsupported format string passed to T.__format__". */
    rv_obj_t *(*format)(rv_obj_t *o, rv_obj_t *spec);
    /* sys.getsizeof on CPython 3.11, 64-bit (sizeof.c documents the rules). */
    size_t (*size)(rv_obj_t *o);

    /* Protocols. */
    int (*hash)(rv_obj_t *o, int64_t *out);      /* NULL: unhashable */
    rv_obj_t *(*richcompare)(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op); /* may return rv_NotImplemented */
    int (*truth)(rv_obj_t *o);                   /* NULL: len, else true */
    int (*len)(rv_obj_t *o, size_t *out);
    rv_obj_t *(*binop)(rv_binop_t op, rv_obj_t *a, rv_obj_t *b);   /* may return rv_NotImplemented */
    rv_obj_t *(*inplace)(rv_binop_t op, rv_obj_t *a, rv_obj_t *b); /* NULL or NotImplemented: binop */
    rv_obj_t *(*unop)(rv_unop_t op, rv_obj_t *a);
    rv_obj_t *(*getitem)(rv_obj_t *o, rv_obj_t *key);
    int (*setitem)(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value); /* value NULL: delete */
    int (*contains)(rv_obj_t *o, rv_obj_t *item);  /* NULL: iterate */
    rv_obj_t *(*iter)(rv_obj_t *o);
    rv_obj_t *(*next)(rv_obj_t *o);  /* NULL with no exception: exhausted */
    rv_call_fn call;
    /* Attribute access. NULL: methods table, then AttributeError. */
    rv_obj_t *(*getattr)(rv_obj_t *o, rv_obj_t *name);
    int (*setattr)(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value); /* value NULL: delete */
    const rv_method_t *methods; /* terminated by a {NULL} entry */

    /* Calling the type itself: list(x), int('3'). */
    rv_obj_t *(*make)(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                      rv_obj_t *kwnames);

    /* Heap types (user classes) keep their namespace here; NULL otherwise. */
    rv_obj_t *dict;
    void *ext;               /* owned by whoever creates heap types */

    /* Subclassing a built-in type whose instances the core allocates
     * (list, dict, set, frozenset, str, tuple, deque): an instance of a
     * class deriving from it carries extra_size zeroed bytes after the
     * built-in's own fields (the class's __dict__ pointer), and the
     * built-in's extra slot says where they start in an object of it. */
    size_t extra_size;
    void *(*extra)(rv_obj_t *o);

    /* A number type that is not int or float (NumPy's scalars): the
     * Python int, float or bool of the same value (new reference), which
     * int(), float(), abs(), round(), format() and index conversions use
     * (CPython reaches the same through nb_int, nb_float and nb_index).
     * NULL for other types. */
    rv_obj_t *(*pynumber)(rv_obj_t *o);

    /* Called once when the last reference goes, before the object is
     * cleared (a class's __del__); it may resurrect the object by keeping
     * a reference.  NULL for most types. */
    void (*finalize)(rv_obj_t *o);

    /* nb_index: a class's __index__ (new reference: an int, or NULL with
     * the exception it raised).  NULL for other types. */
    rv_obj_t *(*index)(rv_obj_t *o);
};

/* ---- Reference counting --------------------------------------------------- */
void rv_dealloc(rv_obj_t *o); /* heap.c: called when refcnt reaches 0 */

static inline rv_obj_t *rv_incref(rv_obj_t *o)
{
    o->refcnt++;
    return o;
}

static inline void rv_decref(rv_obj_t *o)
{
    if (--o->refcnt == 0)
        rv_dealloc(o);
}

static inline void rv_xincref(rv_obj_t *o)
{
    if (o)
        o->refcnt++;
}

static inline void rv_xdecref(rv_obj_t *o)
{
    if (o)
        rv_decref(o);
}

/* Replaces *slot with value (borrowed; increfed) and drops the old one. */
static inline void rv_setref(rv_obj_t **slot, rv_obj_t *value)
{
    rv_obj_t *old = *slot;
    *slot = value;
    rv_xincref(value);
    rv_xdecref(old);
}

/* Drops *slot and sets it to NULL; the decref happens after the slot is
 * cleared, so a dealloc reaching back into the owner sees a consistent state. */
static inline void rv_clearref(rv_obj_t **slot)
{
    rv_obj_t *old = *slot;
    *slot = NULL;
    rv_xdecref(old);
}

#define RV_TYPE(o) ((o)->type)
#define RV_TYPE_NAME(o) ((o)->type->name)

/* ---- The built-in types and singletons ------------------------------------ */
extern rv_type_t rv_type_type, rv_none_type, rv_notimpl_type, rv_ellipsis_type,
    rv_bool_type, rv_int_type, rv_float_type, rv_str_type, rv_tuple_type,
    rv_list_type, rv_dict_type, rv_set_type, rv_frozenset_type, rv_range_type,
    rv_module_type, rv_builtin_type, rv_object_type, rv_slice_type;

extern rv_obj_t rv_None_obj, rv_NotImplemented_obj, rv_Ellipsis_obj;
#define rv_None (&rv_None_obj)
#define rv_NotImplemented (&rv_NotImplemented_obj)
#define rv_Ellipsis (&rv_Ellipsis_obj)
/* rv_True / rv_False are declared in obj_bool.h. */

/* isinstance against a type, following base links (no user classes' MRO
 * beyond single inheritance). */
bool rv_type_is_subtype(const rv_type_t *t, const rv_type_t *base);
/* Fills t's NULL protocol slots from its base (CPython's inherit_slots). */
void rv_type_inherit_slots(rv_type_t *t);
static inline bool rv_isinstance(const rv_obj_t *o, const rv_type_t *t)
{
    return o->type == t || rv_type_is_subtype(o->type, t);
}
#define RV_IS(o, T) ((o)->type == &(T))

/* ---- Generic operations (object.c) -----------------------------------------
 * Each dispatches on the type slots and raises CPython's error when a slot is
 * missing. */
rv_obj_t *rv_repr(rv_obj_t *o);          /* new str */
rv_obj_t *rv_str(rv_obj_t *o);           /* new str */
rv_obj_t *rv_ascii(rv_obj_t *o);         /* new str: ascii(o) */
rv_obj_t *rv_format(rv_obj_t *o, rv_obj_t *spec);
int rv_hash(rv_obj_t *o, int64_t *out);
/* A hash slot for types hashed by identity (CPython's _Py_HashPointer: the
 * address rotated by 4 bits; the id stands in for the address). */
int rv_hash_pointer(rv_obj_t *o, int64_t *out);
int rv_truth(rv_obj_t *o);               /* 1, 0, -1 */
int rv_len(rv_obj_t *o, size_t *out);
rv_obj_t *rv_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op);
int rv_richcompare_bool(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op); /* identity implies equality for EQ/NE */
static inline int rv_eq(rv_obj_t *a, rv_obj_t *b)
{
    return rv_richcompare_bool(a, b, RV_EQ);
}
rv_obj_t *rv_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b);
rv_obj_t *rv_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b);
rv_obj_t *rv_unop(rv_unop_t op, rv_obj_t *a);
rv_obj_t *rv_getitem(rv_obj_t *o, rv_obj_t *key);
int rv_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value);
int rv_delitem(rv_obj_t *o, rv_obj_t *key);
int rv_contains(rv_obj_t *o, rv_obj_t *item); /* 1, 0, -1 */
rv_obj_t *rv_iter(rv_obj_t *o);
rv_obj_t *rv_next(rv_obj_t *it);  /* NULL and no exception: exhausted */
rv_obj_t *rv_call(rv_obj_t *callable, rv_obj_t *const *args, size_t nargs,
                  rv_obj_t *kwnames);
rv_obj_t *rv_call0(rv_obj_t *callable);
rv_obj_t *rv_call1(rv_obj_t *callable, rv_obj_t *arg);
/* On failure an AttributeError remembers o and name (rv_err_attribute_context). */
rv_obj_t *rv_getattr(rv_obj_t *o, rv_obj_t *name);
rv_obj_t *rv_getattr_cstr(rv_obj_t *o, const char *name);
int rv_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value);
/* Looks a method up in the type's methods table (and its bases). */
const rv_method_t *rv_type_find_method(const rv_type_t *t, const char *name);
size_t rv_sizeof(rv_obj_t *o);
/* The trace's "mutable": false for CPython's immutable kinds (int, str,
 * tuple, frozenset, range, builtin_function_or_method ...) and for types
 * with Py_TPFLAGS_IMMUTABLETYPE (static and C-extension types); true for
 * everything else, program classes included. */
bool rv_is_mutable(const rv_obj_t *o);
/* t.__name__: tp_name after its last dot for a library type
 * ("collections.deque" -> "deque"); a class's own name. */
const char *rv_type_name(const rv_type_t *t);
/* type(o).__name__ (the trace's "type"): rv_type_name(o->type), except for
 * what CPython makes of another type than refviz does (a library class
 * whose metaclass is ABCMeta). */
const char *rv_obj_type_name(const rv_obj_t *o);
/* The name of a RV_TF_METATYPE class's metaclass (set by the language). */
extern const char *(*rv_metatype_name)(const rv_type_t *t);
/* type(cls) of a RV_TF_METATYPE class (borrowed; set by the language). */
extern rv_obj_t *(*rv_metatype_of)(const rv_type_t *t);
/* The type whose container slots (getitem, iter, len, contains) serve o:
 * its type, or for a RV_TF_METATYPE class its metaclass (Color[...],
 * iter(Color), len(Color), x in Color). */
const rv_type_t *rv_slots_of(const rv_obj_t *o);
void rv_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx);

/* Index conversion as operator.index: int and bool only. -1 with TypeError
 * "<what> indices must be integers or slices, not T" is the caller's job;
 * this raises OverflowError when the int does not fit. */
int rv_index_to_ssize(rv_obj_t *o, intptr_t *out, bool *is_int);
/* PyNumber_Index without its TypeError: o itself for an int, the int of a
 * NumPy integer, or what a class's __index__ returns (new reference); NULL
 * with no exception when o has no index, NULL with one when __index__
 * raised or returned something else than an int. */
rv_obj_t *rv_index_value(rv_obj_t *o);

/* Recursion guard for repr/compare/deepcopy of deep structures, shared with
 * the evaluator's call depth (CPython's Py_EnterRecursiveCall).  where is
 * appended to "maximum recursion depth exceeded". */
int rv_enter_recursive(const char *where);
/* Makes rv_enter_recursive also fail (RecursionError) once the C stack has
 * grown room bytes from base (an address in the outermost frame). */
void rv_stack_guard_set(const void *base, size_t room);
void rv_leave_recursive(void);
extern int rv_recursion_limit;
extern int rv_recursion_depth;

/* Recursive-repr guard (CPython's Py_ReprEnter): 1 if o is already being
 * printed further up, 0 if entered. */
int rv_repr_enter(rv_obj_t *o);
void rv_repr_leave(rv_obj_t *o);

/* Mutation notice.  Every function that changes what a snapshot shows of
 * an existing object (its references, its size, its value) calls
 * rv_touch(o) first, so that the tracer re-records only touched objects
 * instead of walking the heap at every step.  The hook runs once per object
 * until the tracer clears RV_F_DIRTY; with no hook installed it costs one
 * test.  A selfcheck build verifies at every snapshot that nothing changed
 * untouched. */
typedef void (*rv_touch_fn)(rv_obj_t *o, void *ctx);
extern rv_touch_fn rv_touch_hook;
extern void *rv_touch_ctx;
static inline void rv_touch(rv_obj_t *o)
{
    /* A dying object is emptied by its clear slot: nothing to re-record. */
    if (rv_touch_hook && !(o->flags & (RV_F_DIRTY | RV_F_FREEING))) {
        o->flags |= RV_F_DIRTY;
        rv_touch_hook(o, rv_touch_ctx);
    }
}

#endif
