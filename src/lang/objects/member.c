/* src/lang/objects/member.c - member_descriptor: what a class with __slots__ keeps
 * in its namespace for each slot (CPython's PyMemberDescrObject, made by
 * type_new).  P.x is the descriptor; an instance's p.x is read from its
 * slot by instance.c, which finds the slot by name first. */
#include "lang/objects/class.h"

#include "core/heap.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"

typedef struct member {
    rv_obj_t ob;
    rv_obj_t *name;   /* str: the slot's name */
    rv_obj_t *owner;  /* the class (d_type): a strong reference, as in
                         CPython, so class and descriptor form a cycle */
} member_t;

rv_obj_t *rv_member_new(rv_type_t *owner, rv_obj_t *name)
{
    member_t *m = rv_obj_alloc(&rv_member_type, sizeof(member_t));
    m->name = rv_incref(name);
    m->owner = rv_incref(&owner->ob);
    return &m->ob;
}

static void member_clear(rv_obj_t *o)
{
    member_t *m = (member_t *)o;
    rv_clearref(&m->name);
    rv_clearref(&m->owner);
}

/* Not drawn: the trace lists no references of a member_descriptor. */
static void member_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    member_t *m = (member_t *)o;
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    if (m->name)
        visit(m->name, &hidden, ctx);
    if (m->owner)
        visit(m->owner, &hidden, ctx);
}

static rv_obj_t *member_repr(rv_obj_t *o)
{
    member_t *m = (member_t *)o;
    return rv_str_printf("<member '%s' of '%s' objects>", rv_str_utf8(m->name),
                         m->owner ? ((rv_type_t *)m->owner)->name : "?");
}

static size_t member_size(rv_obj_t *o)
{
    (void)o;
    return 64; /* PyMemberDescrObject (48) + GC header */
}

rv_type_t rv_member_type = {
    .name = "member_descriptor",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = member_clear,
    .release = rv_obj_free,
    .traverse = member_traverse,
    .repr = member_repr,
    .hash = rv_hash_pointer,
    .size = member_size,
};
