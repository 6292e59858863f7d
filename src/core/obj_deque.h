/* src/core/obj_deque.h - collections.deque: a double-ended queue whose
 * sys.getsizeof follows CPython 3.11's chain of 64-slot blocks.
 *
 * The items live in a ring buffer; beside it the deque keeps CPython's
 * `leftindex` (the first item's slot in its block), from which the number
 * of blocks, hence the size, follows (obj_deque.c explains the model).
 * Ownership: the deque owns a reference to each item; the functions below
 * follow src/core/object.h (arguments borrowed, results new). */
#ifndef RV_CORE_OBJ_DEQUE_H
#define RV_CORE_OBJ_DEQUE_H

#include "core/object.h"

typedef struct rv_deque {
    rv_obj_t ob;
    rv_obj_t **ring;   /* cap slots; item i is ring[(head + i) % cap] */
    size_t cap, head, len;
    intptr_t maxlen;   /* -1: unbounded */
    int leftindex;     /* CPython's deque->leftindex, 0..BLOCKLEN */
    uint64_t state;    /* bumped where CPython bumps deque->state */
} rv_deque_t;

#define RV_DEQUE(o) ((rv_deque_t *)(o))

/* Type name "collections.deque" (CPython's tp_name: error messages show
 * it, __name__ is "deque"). */
extern rv_type_t rv_deque_type, rv_dequeiter_type, rv_dequereviter_type;

/* deque(maxlen=maxlen): empty, maxlen -1 for none. */
rv_obj_t *rv_deque_new(intptr_t maxlen);
/* An empty unbounded deque of type, a class deriving from deque
 * (deque.__new__), with the type's extra_size bytes. */
rv_obj_t *rv_deque_new_subtype(const rv_type_t *type);
/* deque.__init__(iterable=(), maxlen=None) on d. */
int rv_deque_init(rv_obj_t *d, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames);
static inline size_t rv_deque_len(const rv_obj_t *d) { return RV_DEQUE(d)->len; }
static inline intptr_t rv_deque_maxlen(const rv_obj_t *d) { return RV_DEQUE(d)->maxlen; }
rv_obj_t *rv_deque_get_borrow(const rv_obj_t *d, size_t i);
/* append / appendleft, dropping from the other end past maxlen. */
void rv_deque_append(rv_obj_t *d, rv_obj_t *v);
void rv_deque_appendleft(rv_obj_t *d, rv_obj_t *v);
/* pop / popleft: IndexError "pop from an empty deque" when empty. */
rv_obj_t *rv_deque_pop(rv_obj_t *d);
rv_obj_t *rv_deque_popleft(rv_obj_t *d);
/* extend / extendleft(iterable) as deque_extend does them (an empty deque
 * starts filling its block from the left / right end). */
int rv_deque_extend(rv_obj_t *d, rv_obj_t *iterable);
int rv_deque_extendleft(rv_obj_t *d, rv_obj_t *iterable);
int rv_deque_rotate(rv_obj_t *d, intptr_t n);
void rv_deque_clear(rv_obj_t *d);
/* d.copy() (deque_copy): same maxlen, refilled by extend. */
rv_obj_t *rv_deque_copy(rv_obj_t *d);

#endif
