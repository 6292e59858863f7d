/* src/lang/objects/class.h - user classes (class.c), their instances (instance.c)
 * and the descriptors that bind their methods (descr.c).
 *
 * A class statement makes a heap type: an rv_type_t allocated at run time
 * (RV_TF_HEAPTYPE) whose dict is the class namespace and whose slots are
 * wrappers that look a dunder method up along the base chain (single
 * inheritance: the MRO is the base chain) and call it.  Its instances
 * are rv_instance_t (attributes in a dict, or __slots__), or, for a
 * subclass of an exception, the exception's own layout, or, for a
 * subclass of a built-in container or str, that type's own object (so
 * every built-in operation works on it) with the __dict__ pointer in the
 * extra bytes the type makes room for (rv_type_t's extra_size).
 *
 * OWNERSHIP: as in core/object.h.  An instance owns a reference to its
 * class; a class owns its namespace and its base; a function defined in a
 * class body owns a hidden reference back to it (zero-argument super()),
 * so that classes live in a cycle as they do in CPython. */
#ifndef RV_LANG_CLASS_H
#define RV_LANG_CLASS_H

#include "core/object.h"

/* What a library metaclass makes a class do (enum.EnumType).  The
 * operations on the class object as a container (cls[key], iter, len,
 * in) are the slots of `type`, its metaclass's type object, which the
 * core consults for a RV_TF_METATYPE class (rv_metatype_of).  NULL
 * members: type's own behaviour. */
typedef struct rv_class_meta {
    const char *name;                   /* type(cls).__name__ */
    rv_type_t *type;                    /* type(cls) */
    int (*created)(rv_type_t *t);       /* after the class statement made t */
    rv_obj_t *(*repr)(rv_type_t *t);
    /* a store (value NULL: a deletion) on the class; 1: not handled */
    int (*setattr)(rv_type_t *t, rv_obj_t *name, rv_obj_t *value);
    /* an attribute the class lacks (NULL: AttributeError stays) */
    rv_obj_t *(*getattr)(rv_type_t *t, rv_obj_t *name);
} rv_class_meta_t;

/* What a heap type keeps besides rv_type_t (its ext). */
typedef struct rv_class_ext {
    const rv_class_meta_t *meta; /* inherited from the base; NULL: type */
    /* A library class made at run time (enum.Enum): drawn without its
     * namespace, as the oracle draws library classes. */
    bool library;
    /* Its __setattr__ or __delattr__ is a library function (a frozen
     * dataclass's), which instance stores call (rv_slots_install). */
    bool lib_setattr;
    char *qualname;
    /* The nearest built-in base: object, an exception, or one of the
     * built-in types whose instances the core allocates (list, dict,
     * set, frozenset, str, tuple, collections.deque: their extra slot). */
    rv_type_t *native;
    rv_obj_t **slotnames;   /* __slots__ (owned str), or NULL: a __dict__ */
    size_t nslots;
    /* Instances have a __dict__: some class from this one up to the
     * built-in base has no __slots__. */
    bool has_dict;
    /* __mro__ and __bases__ (owned; NULL until first asked for): one tuple
     * each, as CPython's tp_mro and tp_bases, so `A.__mro__ is A.__mro__`.
     * Made on demand, not with the class, so a program that never asks
     * numbers its objects as before. */
    rv_obj_t *mro, *bases;
} rv_class_ext_t;

typedef struct rv_instance {
    rv_obj_t ob;
    rv_obj_t *dict;         /* attributes (created on first store), NULL with __slots__ */
    rv_obj_t *slots[];      /* __slots__ values, NULL when unset */
} rv_instance_t;

extern rv_type_t rv_method_type, rv_classmethod_type, rv_staticmethod_type,
    rv_property_type, rv_super_type;

extern rv_type_t rv_tuplegetter_type;

/* A bound method's __func__ and __self__ (borrowed). */
void rv_method_parts_borrow(rv_obj_t *m, rv_obj_t **func, rv_obj_t **self);

/* member_descriptor (member.c): the namespace entry of a __slots__ name. */
extern rv_type_t rv_member_type;
rv_obj_t *rv_member_new(rv_type_t *owner, rv_obj_t *name);

/* A class named name (str) with base and namespace ns (copied), as the
 * class statement makes it (namedtuple uses it too). */
rv_obj_t *rv_class_new(rv_obj_t *name, rv_type_t *base, rv_obj_t *ns);

/* The __build_class__ built-in (borrowed, created on first use). */
rv_obj_t *rv_build_class_func(void);

static inline bool rv_is_heap_type(const rv_type_t *t)
{
    return (t->flags & RV_TF_HEAPTYPE) != 0;
}
static inline rv_class_ext_t *rv_class_ext(const rv_type_t *t)
{
    return (rv_class_ext_t *)t->ext;
}
/* Looks name up in the namespaces of t and its heap-type bases (borrowed,
 * or NULL without an exception).  Built-in bases are not searched. */
rv_obj_t *rv_class_lookup(const rv_type_t *t, rv_obj_t *name);
rv_obj_t *rv_class_lookup_cstr(const rv_type_t *t, const char *name);
/* "__main__.Node": the module-qualified name reprs print. */
const char *rv_class_qualname(const rv_type_t *t);

/* instance.c: the slots a heap type gets for its instances (its dunder
 * slots by rv_slots_install, slots.c). */
void rv_instance_install_slots(rv_type_t *t);
void rv_slots_install(rv_type_t *t);
/* Calls the dunder `name` found on o's class with o and args (new
 * reference, or NULL with AttributeError when the class has none). */
rv_obj_t *rv_instance_call_dunder(rv_obj_t *o, const char *name, rv_obj_t *const *args,
                                  size_t n);
/* A bare instance of heap type t (object.__new__(t), or an exception's
 * __new__ keeping args); new reference. */
rv_obj_t *rv_instance_new(rv_type_t *t, rv_obj_t *const *args, size_t nargs);
/* object.__repr__ of an instance: "<__main__.Node object at 0x...>". */
rv_obj_t *rv_instance_default_repr(rv_obj_t *o);
/* Whether the instance's repr is a library __repr__'s (a dataclass's, a
 * namedtuple's), which a snapshot takes. */
bool rv_instance_repr_is_library(const rv_obj_t *o);
/* next(o) as CPython's tp_iternext: for an instance whose class defines
 * __next__, the StopIteration it raised stays pending, with *stop set
 * (FOR_ITER and SEND report it to the tracer, then clear it); any other
 * iterator as rv_next. */
rv_obj_t *rv_instance_iternext(rv_obj_t *o, bool *stop);
/* The attribute dict of an instance of a heap type (borrowed), or NULL. */
rv_obj_t *rv_instance_dict(rv_obj_t *o);
/* Generic attribute lookup for instances of heap types (CPython's
 * PyObject_GenericGetAttr with __getattr__). */
rv_obj_t *rv_instance_getattr(rv_obj_t *o, rv_obj_t *name);
/* object.__setattr__ (value NULL: __delattr__) on an instance of a heap
 * type, whatever __setattr__ its class has. */
int rv_instance_setattr_generic(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value);

/* descr.c */
/* A bound method (new reference). */
rv_obj_t *rv_method_new(rv_obj_t *func, rv_obj_t *self);
/* What looking name up on an instance (self) or on the class (self NULL)
 * gives for a class attribute: functions bind, classmethods bind to the
 * class, staticmethods unwrap (new reference). */
rv_obj_t *rv_descr_bind(rv_obj_t *attr, rv_obj_t *self, rv_type_t *type);
/* The function a classmethod or staticmethod wraps (borrowed). */
rv_obj_t *rv_descr_func(rv_obj_t *wrapper);
/* Stores (value) or deletes (NULL) through a property's setter/deleter. */
int rv_property_set(rv_obj_t *prop, rv_obj_t *obj, rv_obj_t *value);
/* A built-in type's own dunder (object.__repr__, tuple.__len__...): bound to
 * self, or, with self NULL, a method descriptor taking self first; NULL
 * when t has no such dunder. */
rv_obj_t *rv_native_dunder(const rv_type_t *t, rv_obj_t *self, rv_obj_t *name);
/* object.__new__ as a built-in function (borrowed, made on first use). */
rv_obj_t *rv_object_new_func(void);
/* The built-in __init__ of self's built-in base (object's, an
 * exception's, list's ...), bound to self (super().__init__). */
rv_obj_t *rv_native_init(rv_obj_t *self);
/* That __init__ itself (instance.c): list.__init__(self, *args, **kw)
 * and the others; 0, or -1 with an exception. */
int rv_instance_native_init(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames);
/* self[key] as self's built-in base does it (dict.__getitem__ calls a
 * subclass's __missing__ for a missing key), never the class's own
 * __getitem__ (new reference). */
rv_obj_t *rv_instance_base_getitem(rv_obj_t *self, rv_obj_t *key);
/* Whether a class can derive from the built-in type t (object, an
 * exception or one of the natives above). */
bool rv_class_native_base_ok(const rv_type_t *t);

void rv_class_init(void);
void rv_class_finalize(void);
void rv_descr_finalize(void);

#endif
