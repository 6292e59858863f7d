/* src/lang/modules/mod_dataclasses.c - the dataclasses module (Lib/dataclasses.py
 * of CPython 3.11): dataclass, field, fields, asdict, astuple, replace,
 * is_dataclass, MISSING, Field and FrozenInstanceError.
 *
 * Its objects are library objects: a Field, the _DataclassParams a class
 * keeps, the MISSING sentinel are drawn with their type, size and repr and
 * no references, as the CPython oracle draws any library object.  What the
 * decorator does to a class is in mod_dataclasses_class.c. */
#include <string.h>

#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_dataclasses.h"
#include "lang/modules/modules_int.h"
#include "lang/objects/class.h"
#include "lang/vm/builtins_int.h"
#include "lang/vm/vm.h"

/******************************************************************************/
/* the sentinels                                                              */

static size_t instance_size(rv_obj_t *o)
{
    (void)o;
    return 56; /* an instance of a Python class with a __dict__ (3.11) */
}

static rv_obj_t *factory_repr(rv_obj_t *o)
{
    (void)o;
    return rv_str_from_cstr("<factory>");
}

static rv_type_t missing_type = {
    .name = "dataclasses._MISSING_TYPE",
    .flags = RV_TF_MUTABLE | RV_TF_PYCLASS,
    .release = rv_obj_free,
    .size = instance_size,
};

static rv_type_t factory_type = {
    .name = "dataclasses._HAS_DEFAULT_FACTORY_CLASS",
    .flags = RV_TF_MUTABLE | RV_TF_PYCLASS,
    .release = rv_obj_free,
    .repr = factory_repr,
    .size = instance_size,
};

/* Made with the module, kept until the end (rv_dataclasses_finalize). */
static rv_obj_t *missing, *has_factory;

rv_obj_t *rv_dc_missing(void)
{
    return missing;
}

rv_obj_t *rv_dc_has_factory(void)
{
    return has_factory;
}

/******************************************************************************/
/* Field                                                                      */

static void field_clear(rv_obj_t *o)
{
    rv_dc_field_t *f = (rv_dc_field_t *)o;
    rv_clearref(&f->name);
    rv_clearref(&f->type);
    rv_clearref(&f->dflt);
    rv_clearref(&f->factory);
    rv_clearref(&f->metadata);
    rv_clearref(&f->hash);
}

static void field_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_dc_field_t *f = (rv_dc_field_t *)o;
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    rv_obj_t *refs[] = { f->name, f->type, f->dflt, f->factory, f->metadata, f->hash };
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i])
            visit(refs[i], &hidden, ctx);
}

static int add_repr(rv_buf_t *b, const char *label, rv_obj_t *v)
{
    rv_obj_t *r = rv_repr(v);
    if (!r)
        return -1;
    rv_buf_printf(b, "%s=%s", label, rv_str_utf8(r));
    rv_decref(r);
    return 0;
}

/* Field.__repr__: every attribute, no spaces after the commas. */
static rv_obj_t *field_repr(rv_obj_t *o)
{
    rv_dc_field_t *f = (rv_dc_field_t *)o;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_adds(&b, "Field(");
    int err = add_repr(&b, "name", f->name ? f->name : rv_None);
    rv_buf_addc(&b, ',');
    err = err ? err : add_repr(&b, "type", f->type ? f->type : rv_None);
    rv_buf_addc(&b, ',');
    err = err ? err : add_repr(&b, "default", f->dflt);
    rv_buf_addc(&b, ',');
    err = err ? err : add_repr(&b, "default_factory", f->factory);
    rv_buf_printf(&b, ",init=%s,repr=%s,", f->init ? "True" : "False",
                  f->repr ? "True" : "False");
    err = err ? err : add_repr(&b, "hash", f->hash);
    rv_buf_printf(&b, ",compare=%s,metadata=mappingproxy(", f->compare ? "True" : "False");
    rv_obj_t *meta = f->metadata ? rv_repr(f->metadata) : rv_str_from_cstr("{}");
    if (!meta)
        err = -1;
    else
        rv_buf_adds(&b, rv_str_utf8(meta));
    rv_xdecref(meta);
    rv_buf_printf(&b, "),kw_only=%s,_field_type=_FIELD)", f->kw_only ? "True" : "False");
    if (err) {
        rv_buf_free(&b);
        return NULL;
    }
    rv_obj_t *r = rv_str_from_cstr(b.data);
    rv_buf_free(&b);
    return r;
}

#define BOOL(b) ((b) ? rv_True : rv_False)

static rv_obj_t *field_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_dc_field_t *f = (rv_dc_field_t *)o;
    const char *n = rv_str_utf8(name);
    rv_obj_t *v = strcmp(n, "name") == 0              ? f->name
                  : strcmp(n, "type") == 0            ? f->type
                  : strcmp(n, "default") == 0         ? f->dflt
                  : strcmp(n, "default_factory") == 0 ? f->factory
                  : strcmp(n, "hash") == 0            ? f->hash
                  : strcmp(n, "init") == 0            ? BOOL(f->init)
                  : strcmp(n, "repr") == 0            ? BOOL(f->repr)
                  : strcmp(n, "compare") == 0         ? BOOL(f->compare)
                  : strcmp(n, "kw_only") == 0         ? BOOL(f->kw_only)
                                                      : NULL;
    if (strcmp(n, "metadata") == 0) {
        /* a read-only view in CPython; refviz gives the dict itself */
        if (!f->metadata)
            f->metadata = rv_dict_new();
        v = f->metadata;
    }
    if (v)
        return rv_incref(v);
    if (strcmp(n, "name") == 0 || strcmp(n, "type") == 0)
        return rv_incref(rv_None);
    rv_err_format(&rv_exc_AttributeError, "'Field' object has no attribute '%s'", n);
    return NULL;
}

static size_t field_size(rv_obj_t *o)
{
    (void)o;
    return 120; /* a Python class with 11 __slots__ (3.11) */
}

rv_type_t rv_dc_field_type = {
    .name = "dataclasses.Field",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_PYCLASS_NODICT,
    .clear = field_clear,
    .release = rv_obj_free,
    .traverse = field_traverse,
    .repr = field_repr,
    .getattr = field_getattr,
    .size = field_size,
};

rv_dc_field_t *rv_dc_field_new(void)
{
    rv_dc_field_t *f = rv_obj_alloc(&rv_dc_field_type, sizeof(rv_dc_field_t));
    f->dflt = rv_incref(missing);
    f->factory = rv_incref(missing);
    f->hash = rv_incref(rv_None);
    f->init = f->repr = f->compare = true;
    return f;
}

/******************************************************************************/
/* _DataclassParams                                                           */

static rv_obj_t *params_repr(rv_obj_t *o)
{
    rv_dc_params_t *p = (rv_dc_params_t *)o;
#define TF(x) ((x) ? "True" : "False")
    return rv_str_printf("_DataclassParams(init=%s,repr=%s,eq=%s,order=%s,unsafe_hash=%s,"
                         "frozen=%s)", TF(p->init), TF(p->repr), TF(p->eq), TF(p->order),
                         TF(p->unsafe_hash), TF(p->frozen));
#undef TF
}

static size_t params_size(rv_obj_t *o)
{
    (void)o;
    return 80; /* a Python class with 6 __slots__ */
}

rv_type_t rv_dc_params_type = {
    .name = "dataclasses._DataclassParams",
    .flags = RV_TF_MUTABLE | RV_TF_PYCLASS_NODICT,
    .release = rv_obj_free,
    .repr = params_repr,
    .size = params_size,
};

rv_dc_params_t *rv_dc_params_new(void)
{
    rv_dc_params_t *p = rv_obj_alloc(&rv_dc_params_type, sizeof(rv_dc_params_t));
    p->init = p->repr = p->eq = p->match_args = true;
    return p;
}

/* FrozenInstanceError(AttributeError): a Python class, so its instances
 * have the 8 bytes of a __dict__ pointer more than AttributeError's. */
rv_type_t rv_dc_frozen_error;

static size_t frozen_error_size(rv_obj_t *o)
{
    (void)o;
    return 112;
}

/******************************************************************************/
/* the functions                                                              */

/* Whether o is true, for a keyword argument. */
static int flag(rv_obj_t *o, bool *out)
{
    if (!o)
        return 0;
    int t = rv_truth(o);
    if (t < 0)
        return -1;
    *out = t;
    return 0;
}

static rv_obj_t *dc_wrap(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("wrap", kwnames) < 0 || rv_arg_count("wrap", nargs, 1, 1) < 0)
        return NULL;
    return rv_dc_process_class(args[0], (rv_dc_params_t *)self);
}

static const rv_method_t wrap_def = { "wrap", dc_wrap, RV_METH_PYFUNC };

/* dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
 * unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
 * slots=False, weakref_slot=False) */
static rv_obj_t *dc_dataclass(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    (void)self;
    static const char *const kw[] = { "init", "repr", "eq", "order", "unsafe_hash", "frozen",
                                      "match_args", "kw_only", "slots", "weakref_slot", NULL };
    rv_obj_t *opt[10];
    if (nargs > 1) {
        rv_err_format(&rv_exc_TypeError,
                      "dataclass() takes from 0 to 1 positional arguments but %zu were given",
                      nargs);
        return NULL;
    }
    if (rv_kwargs("dataclass", args, nargs, kwnames, kw, opt) < 0)
        return NULL;
    for (size_t i = 7; i < 10; i++) {
        int t = opt[i] ? rv_truth(opt[i]) : 0;
        if (t < 0)
            return NULL;
        if (t) {
            rv_err_format(&rv_exc_RefvizUnsupported, "dataclass(%s=True)", kw[i]);
            return NULL;
        }
    }
    rv_dc_params_t *p = rv_dc_params_new();
    bool *flags[] = { &p->init, &p->repr, &p->eq, &p->order, &p->unsafe_hash, &p->frozen,
                      &p->match_args };
    rv_obj_t *r = NULL;
    for (size_t i = 0; i < 7; i++)
        if (flag(opt[i], flags[i]) < 0)
            goto done;
    if (nargs == 1 && args[0] != rv_None)
        r = rv_dc_process_class(args[0], p);
    else
        r = rv_builtin_new(&wrap_def, &p->ob);
done:
    rv_decref(&p->ob);
    return r;
}

/* field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
 * hash=None, compare=True, metadata=None, kw_only=MISSING) */
static rv_obj_t *dc_field(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    (void)self;
    static const char *const kw[] = { "default", "default_factory", "init", "repr", "hash",
                                      "compare", "metadata", "kw_only", NULL };
    rv_obj_t *opt[8];
    if (nargs) {
        rv_err_format(&rv_exc_TypeError, "field() takes 0 positional arguments but %zu %s given",
                      nargs, nargs == 1 ? "was" : "were");
        return NULL;
    }
    if (rv_kwargs("field", args, nargs, kwnames, kw, opt) < 0)
        return NULL;
    if (opt[0] && opt[0] != missing && opt[1] && opt[1] != missing) {
        rv_err_format(&rv_exc_ValueError, "cannot specify both default and default_factory");
        return NULL;
    }
    rv_dc_field_t *f = rv_dc_field_new();
    if (opt[0])
        rv_setref(&f->dflt, opt[0]);
    if (opt[1])
        rv_setref(&f->factory, opt[1]);
    if (opt[4])
        rv_setref(&f->hash, opt[4]);
    if (opt[6] && opt[6] != rv_None)
        rv_setref(&f->metadata, opt[6]);
    if (flag(opt[2], &f->init) < 0 || flag(opt[3], &f->repr) < 0 ||
        flag(opt[5], &f->compare) < 0 || (opt[7] != missing && flag(opt[7], &f->kw_only) < 0)) {
        rv_decref(&f->ob);
        return NULL;
    }
    if (f->kw_only) {
        rv_decref(&f->ob);
        rv_err_format(&rv_exc_RefvizUnsupported, "field(kw_only=True)");
        return NULL;
    }
    return &f->ob;
}

rv_obj_t *rv_dc_fields_of(rv_obj_t *o)
{
    rv_type_t *t = RV_IS(o, rv_type_type) ? (rv_type_t *)o : (rv_type_t *)o->type;
    if (!rv_is_heap_type(t))
        return NULL;
    rv_obj_t *d = rv_class_lookup_cstr(t, "__dataclass_fields__");
    return d && RV_IS(d, rv_dict_type) ? d : NULL;
}

/* fields(class_or_instance): the fields, in definition order, as a tuple. */
static rv_obj_t *dc_fields(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("fields", kwnames) < 0 || rv_arg_count("fields", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *d = rv_dc_fields_of(args[0]);
    if (!d) {
        rv_err_format(&rv_exc_TypeError, "must be called with a dataclass type or instance");
        return NULL;
    }
    rv_obj_t *r = rv_tuple_new(rv_dict_len(d));
    size_t pos = 0, i = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(d, &pos, &k, &v))
        rv_tuple_set_steal(r, i++, rv_incref(v));
    return r;
}

static rv_obj_t *dc_is_dataclass(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("is_dataclass", kwnames) < 0 ||
        rv_arg_count("is_dataclass", nargs, 1, 1) < 0)
        return NULL;
    return rv_bool_from(rv_dc_fields_of(args[0]) != NULL);
}

static rv_obj_t *deepcopy(rv_obj_t *o)
{
    rv_obj_t *name = rv_str_from_cstr("copy");
    rv_obj_t *m = rv_import_module(name);
    rv_decref(name);
    rv_obj_t *f = m ? rv_getattr_cstr(m, "deepcopy") : NULL;
    rv_xdecref(m);
    rv_obj_t *r = f ? rv_call1(f, o) : NULL;
    rv_xdecref(f);
    return r;
}

/* _asdict_inner / _astuple_inner: dataclass instances become dicts (or
 * tuples) of their fields, lists, tuples and dicts are rebuilt with their
 * items converted, anything else is deep-copied. */
static rv_obj_t *convert(rv_obj_t *o, bool as_dict)
{
    rv_obj_t *fields = RV_IS(o, rv_type_type) ? NULL : rv_dc_fields_of(o);
    if (fields) {
        rv_obj_t *r = as_dict ? rv_dict_new() : rv_list_new(0);
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(fields, &pos, &k, &v)) {
            rv_obj_t *a = rv_getattr(o, k);
            rv_obj_t *c = a ? convert(a, as_dict) : NULL;
            rv_xdecref(a);
            if (!c || (as_dict ? rv_dict_set(r, k, c) : rv_list_append(r, c)) < 0) {
                rv_xdecref(c);
                rv_decref(r);
                return NULL;
            }
            rv_decref(c);
        }
        if (as_dict)
            return r;
        rv_obj_t *t = rv_tuple_from_iterable(r);
        rv_decref(r);
        return t;
    }
    if (RV_IS(o, rv_list_type) || RV_IS(o, rv_tuple_type)) {
        rv_obj_t *r = rv_list_new(0);
        size_t n = RV_IS(o, rv_list_type) ? rv_list_len(o) : rv_tuple_len(o);
        for (size_t i = 0; i < n; i++) {
            rv_obj_t *x = RV_IS(o, rv_list_type) ? rv_list_get_borrow(o, i)
                                                 : rv_tuple_get_borrow(o, i);
            rv_obj_t *c = convert(x, as_dict);
            if (!c || rv_list_append(r, c) < 0) {
                rv_xdecref(c);
                rv_decref(r);
                return NULL;
            }
            rv_decref(c);
        }
        if (RV_IS(o, rv_list_type))
            return r;
        rv_obj_t *t = rv_tuple_from_iterable(r);
        rv_decref(r);
        return t;
    }
    if (RV_IS(o, rv_dict_type)) {
        rv_obj_t *r = rv_dict_new();
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(o, &pos, &k, &v)) {
            rv_obj_t *ck = convert(k, as_dict);
            rv_obj_t *cv = ck ? convert(v, as_dict) : NULL;
            int err = cv ? rv_dict_set(r, ck, cv) : -1;
            rv_xdecref(ck);
            rv_xdecref(cv);
            if (err < 0) {
                rv_decref(r);
                return NULL;
            }
        }
        return r;
    }
    return deepcopy(o);
}

static rv_obj_t *as_what(const char *name, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames, bool as_dict)
{
    if (rv_arg_no_kw(name, kwnames) < 0 || rv_arg_count(name, nargs, 1, 1) < 0)
        return NULL;
    if (RV_IS(args[0], rv_type_type) || !rv_dc_fields_of(args[0])) {
        rv_err_format(&rv_exc_TypeError, "%s() should be called on dataclass instances", name);
        return NULL;
    }
    return convert(args[0], as_dict);
}

static rv_obj_t *dc_asdict(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)self;
    return as_what("asdict", args, nargs, kwnames, true);
}

static rv_obj_t *dc_astuple(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)self;
    return as_what("astuple", args, nargs, kwnames, false);
}

/* replace(obj, /, **changes): a new instance made by the class's __init__
 * from obj's init fields, changed. */
static rv_obj_t *dc_replace(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_count("replace", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *obj = args[0], *fields = rv_dc_fields_of(obj);
    if (!fields || RV_IS(obj, rv_type_type)) {
        rv_err_format(&rv_exc_TypeError, "replace() should be called on dataclass instances");
        return NULL;
    }
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    rv_obj_t *names = rv_list_new(0), *values = rv_list_new(0), *r = NULL;
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(fields, &pos, &k, &v)) {
        rv_dc_field_t *f = (rv_dc_field_t *)v;
        rv_obj_t *given = NULL;
        for (size_t i = 0; i < nkw; i++)
            if (rv_str_equal(rv_tuple_get_borrow(kwnames, i), k))
                given = args[nargs + i];
        if (!f->init) {
            if (given) {
                rv_err_format(&rv_exc_ValueError, "field %s is declared with init=False, it "
                              "cannot be specified with replace()", rv_str_utf8(k));
                goto done;
            }
            continue;
        }
        rv_obj_t *val = given ? rv_incref(given) : rv_getattr(obj, k);
        if (!val)
            goto done;
        rv_list_append(names, k);
        rv_list_append(values, val);
        rv_decref(val);
    }
    for (size_t i = 0; i < nkw; i++) {
        rv_obj_t *name = rv_tuple_get_borrow(kwnames, i);
        bool known = false;
        for (size_t j = 0; j < rv_list_len(names); j++)
            known |= rv_str_equal(rv_list_get_borrow(names, j), name);
        if (!known) {
            rv_list_append(names, name);
            rv_list_append(values, args[nargs + i]);
        }
    }
    rv_obj_t *kn = rv_tuple_from_iterable(names), *vt = rv_tuple_from_iterable(values);
    r = rv_call((rv_obj_t *)obj->type, RV_TUPLE(vt)->items, 0, kn);
    rv_decref(kn);
    rv_decref(vt);
done:
    rv_decref(names);
    rv_decref(values);
    return r;
}

static const rv_method_t dataclasses_functions[] = {
    { "dataclass", dc_dataclass, RV_METH_PYFUNC },
    { "field", dc_field, RV_METH_PYFUNC },
    { "fields", dc_fields, RV_METH_PYFUNC },
    { "asdict", dc_asdict, RV_METH_PYFUNC },
    { "astuple", dc_astuple, RV_METH_PYFUNC },
    { "replace", dc_replace, RV_METH_PYFUNC },
    { "is_dataclass", dc_is_dataclass, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};

static const char *const dataclasses_values[] = { "MISSING", "Field", "FrozenInstanceError",
                                                  NULL };

static void dataclasses_init(rv_obj_t *m)
{
    /* Library types get their identity when first imported (an object id
     * taken at start-up would renumber every program's objects). */
    if (!rv_dc_field_type.ob.type) {
        rv_type_t *types[] = { &rv_dc_field_type, &rv_dc_params_type, &missing_type,
                               &factory_type };
        for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
            rv_obj_init_static(&types[i]->ob, &rv_type_type);
            types[i]->base = &rv_object_type;
        }
        rv_dc_frozen_error = rv_exc_AttributeError;
        rv_dc_frozen_error.name = "dataclasses.FrozenInstanceError";
        rv_dc_frozen_error.size = frozen_error_size;
        rv_dc_frozen_error.flags |= RV_TF_PYCLASS_NODICT;
        rv_obj_init_static(&rv_dc_frozen_error.ob, &rv_type_type);
        rv_dc_frozen_error.base = &rv_exc_AttributeError;
    }
    /* The sentinels are heap objects, freed with the interpreter
     * (rv_dataclasses_finalize): made again by each interpreter that
     * imports the module, as the fuzzer's next input does. */
    if (!missing) {
        missing = rv_obj_alloc(&missing_type, sizeof(rv_obj_t));
        has_factory = rv_obj_alloc(&factory_type, sizeof(rv_obj_t));
    }
    rv_module_set_value(m, "MISSING", missing);
    rv_module_set_value(m, "Field", &rv_dc_field_type.ob);
    rv_module_set_value(m, "FrozenInstanceError", &rv_dc_frozen_error.ob);
}

void rv_dataclasses_finalize(void)
{
    rv_clearref(&missing);
    rv_clearref(&has_factory);
}

const rv_module_def_t rv_mod_dataclasses = {
    "dataclasses", dataclasses_functions, dataclasses_values, dataclasses_init,
};
