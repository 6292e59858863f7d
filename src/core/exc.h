/* src/core/exc.h - Python exceptions: the built-in exception types and the
 * pending-exception state.
 *
 * Inside the interpreter an error is a pending exception plus a NULL (or -1)
 * return; callers release what they hold and pass it on.  There is no
 * longjmp: with reference counts it would leak. */
#ifndef RV_CORE_EXC_H
#define RV_CORE_EXC_H

#include "core/object.h"

/* Where in the source an entry's instruction is (CPython's co_positions,
 * which its tracebacks underline): lines 1-based, columns 0-based in code
 * points; col -1 when it has none. */
typedef struct rv_tb_span {
    int line, end_line;
    int col, end_col;
    /* the part marked '^' among '~', from col: a binary operator, a
     * subscript's brackets; -1: none */
    int anchor_left, anchor_right;
} rv_tb_span_t;

/* One frame of a traceback, innermost last (as printed). */
typedef struct rv_tb_entry {
    char *file;
    rv_tb_span_t span;  /* span.line: the entry's line */
    char *func;
    /* The frame (owned, or NULL): as CPython's tb_frame, the exception
     * keeps the frames it passed through, and their variables, alive until
     * it dies (so a handler runs before those objects are freed). */
    rv_obj_t *frame;
} rv_tb_entry_t;

typedef struct rv_exc {
    rv_obj_t ob;
    rv_obj_t *args;     /* tuple */
    rv_obj_t *context;  /* __context__ or NULL */
    rv_obj_t *cause;    /* __cause__ or NULL */
    rv_obj_t *dict;     /* attributes set by user code, or NULL */
    rv_obj_t *suggestion; /* "Did you mean" text shown by tracebacks, or NULL */
    rv_obj_t *name;     /* AttributeError.name: the attribute not found, or NULL */
    rv_obj_t *obj;      /* AttributeError.obj: the object searched, or NULL */
    /* UnicodeEncodeError and UnicodeDecodeError: the C members encoding,
     * object, start, end, reason (a 5-tuple; object is the bytes or str
     * the codec worked on), or NULL.  Not drawn: they are no __dict__. */
    rv_obj_t *unicode;
    rv_tb_entry_t *tb;  /* owned array */
    size_t ntb;
    /* __traceback__ as an object, made when first asked for: it stands for
     * tb[0..tb_obj_n), so a frame added since asks for a new one. */
    rv_obj_t *tb_obj;
    size_t tb_obj_n;
    bool suppress_context;
} rv_exc_t;

#define RV_EXC_TYPES(X) \
    X(BaseException, NULL) \
    X(Exception, BaseException) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(StopIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(ZeroDivisionError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(RuntimeError, Exception) \
    X(RecursionError, RuntimeError) \
    X(NotImplementedError, RuntimeError) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(MemoryError, Exception) \
    X(BufferError, Exception) \
    X(OSError, Exception) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(RefvizUnsupported, BaseException) /* refviz: a construct outside the subset */ \
    X(RefvizLimit, BaseException)       /* refviz: --max-steps reached */

#define RV_DECLARE_EXC(name, base) extern rv_type_t rv_exc_##name;
RV_EXC_TYPES(RV_DECLARE_EXC)
#undef RV_DECLARE_EXC

/* Raises type(message), message printf-formatted. */
void rv_err_format(rv_type_t *type, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Raises type(value): KeyError(key), StopIteration(value). value may be NULL
 * for no arguments. */
void rv_err_set_obj(rv_type_t *type, rv_obj_t *value);
/* Raises an existing exception instance (borrowed). */
void rv_err_set_exc(rv_obj_t *exc);
/* The pending exception (borrowed), or NULL. */
rv_obj_t *rv_err_occurred(void);
bool rv_err_matches(const rv_type_t *type);
/* Takes the pending exception (new reference) and clears it. */
rv_obj_t *rv_err_fetch(void);
/* Makes exc pending again (steals). */
void rv_err_restore(rv_obj_t *exc);
void rv_err_clear(void);
/* Shorthands for the most common messages. */
void rv_err_nomem(void);

/* UnicodeEncodeError(encoding, object, start, end, reason) or
 * UnicodeDecodeError(...) as a codec raises it: args hold `source` (the
 * object encoded or decoded, borrowed); the object attribute is `object`
 * (borrowed: the str, or the source's bytes). */
rv_obj_t *rv_exc_unicode_new(rv_type_t *type, const char *encoding, rv_obj_t *source,
                             rv_obj_t *object, size_t start, size_t end, const char *reason);

/* e.__traceback__: the traceback object of the frames exc has passed
 * through (new reference), None before it was raised. */
rv_obj_t *rv_exc_traceback(rv_obj_t *exc);

/* A new exception instance: type(*args). */
rv_obj_t *rv_exc_new(rv_type_t *type, rv_obj_t *const *args, size_t nargs);
bool rv_is_exc_type(const rv_obj_t *o);
bool rv_is_exc(const rv_obj_t *o);
/* str(exc) as CPython prints it after "TypeError: " (KeyError shows the
 * repr of its key).  New str. */
/* Whether o's repr is BaseException's (BaseException_repr): its type's
 * name and the repr of its args, so it follows what the args hold. */
bool rv_exc_repr_from_args(const rv_obj_t *o);
rv_obj_t *rv_exc_message(rv_obj_t *exc);
/* A SystemExit's code (SystemExit_init): None without args, the one arg,
 * or the args tuple.  New reference. */
rv_obj_t *rv_exc_exit_code(rv_obj_t *exc);
/* Adds the frame the exception leaves or is caught in, at the instruction
 * whose place is span (frame borrowed, kept by the exception; NULL for
 * none). */
void rv_exc_add_tb(rv_obj_t *exc, const char *file, const rv_tb_span_t *span, const char *func,
                   rv_obj_t *frame);
/* After a failed lookup of name on obj: a pending AttributeError that does
 * not know yet where it comes from remembers both (its .name and .obj), for
 * the traceback's "Did you mean" (CPython's set_attribute_error_context). */
void rv_err_attribute_context(rv_obj_t *obj, rv_obj_t *name);

void rv_exc_init_types(void);
/* Ids for the exception types added last (rv_core_init calls it after
 * the caches are made). */
void rv_exc_init_late_types(void);

#endif
