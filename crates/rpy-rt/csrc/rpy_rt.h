/* rpy_rt.h — the rpythonic runtime ABI, shared by the JIT tier (Cranelift,
 * linked into the host) and the AOT tier (embedded in every .so).
 *
 * One C source (rpy_rt.c) defines runtime semantics for both tiers.
 * Invariant: the runtime has NO global mutable state of its own. Per-call
 * and per-thread state lives in the rpy_ctx passed to every compiled
 * function; per-process state (print hook, poll hook) is reached through
 * the rpy_host pointer in the ctx.
 *
 * Conventions:
 *  - every scalar is 64 bits: int = int64_t, float = double, bool =
 *    int64_t 0/1, None = int64_t 0;
 *  - fallible functions return int32_t status: 0 = success, otherwise an
 *    exception code (RPY_E_*); the message is stored in ctx->msg;
 *    results come back through an out pointer;
 *  - a status is raised once, where it happens; callers propagate it.
 */
#ifndef RPY_RT_H
#define RPY_RT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RPY_ABI_VERSION 4

/* Exception codes: identical to rpy_ir::ExcKind (crates/rpy-ir/src/exc.rs). */
enum {
    RPY_OK = 0,
    RPY_E_HOST_PENDING = 1, /* the host has a Python exception pending */
    RPY_E_ZERO_DIVISION = 2,
    RPY_E_OVERFLOW = 3,
    RPY_E_VALUE = 4,
    RPY_E_RECURSION = 5,
    RPY_E_UNBOUND_LOCAL = 6,
    RPY_E_TYPE = 7,
    RPY_E_INDEX = 8,
    RPY_E_KEYBOARD_INTERRUPT = 9,
    RPY_E_ASSERTION = 10,
    RPY_E_RUNTIME = 11,
    RPY_E_MEMORY = 12,
    RPY_E_ARITHMETIC = 13,
    RPY_E_KEY = 14,
    RPY_E_NOT_IMPLEMENTED = 15,
    RPY_E_EXCEPTION = 16,
    RPY_E_ATTRIBUTE = 17,
    RPY_E_LOOKUP = 18
};

/* Host hooks (per process). Each returns 0 or an exception code; a hook
 * that raised a Python exception keeps it and returns RPY_E_HOST_PENDING. */
typedef struct rpy_host {
    void *data;
    int32_t (*print)(void *data, const char *text, size_t len);
    int32_t (*poll)(void *data);
} rpy_host;

#define RPY_MSG_CAP 512
#define RPY_POLL_INTERVAL 65536

typedef struct rpy_ctx {
    /* error state of this call */
    int32_t status;            /* code of the pending exception, 0 = none */
    uint32_t err_line;         /* where it was raised (0 = not yet known) */
    uint32_t err_col;
    const char *err_func;      /* name of the function that raised */
    char msg[RPY_MSG_CAP];     /* NUL-terminated message */
    /* recursion and stack */
    int64_t depth;             /* current call depth of compiled frames */
    int64_t depth_limit;       /* RecursionError when depth would exceed */
    uintptr_t stack_low;       /* RecursionError when sp goes below this */
    /* interrupt polling: loop back-edges decrement; at 0 call host->poll */
    int64_t poll_countdown;
    /* the print line being built (owned; freed by rpy_ctx_destroy);
     * NUL-terminated when buf is not NULL. buf_len == SIZE_MAX marks a
     * line whose allocation failed (see the print section). */
    char *buf;
    size_t buf_len, buf_cap;
    const rpy_host *host;
    /* references the call keeps until rpy_ctx_destroy: objects a borrowed
     * local pointed to when a poll's host code dropped their last other
     * reference (see rpy_poll_keep) */
    void **keep;
    size_t keep_len, keep_cap;
} rpy_ctx;

/* ---- context ------------------------------------------------------- */
void rpy_ctx_init(rpy_ctx *ctx, const rpy_host *host, int64_t depth_limit, uintptr_t stack_low);
void rpy_ctx_destroy(rpy_ctx *ctx);
void rpy_ctx_clear_error(rpy_ctx *ctx);

/* ---- raising ----------------------------------------------------------
 * rpy_raise stores status and message (first raise wins until cleared;
 * the message is cut to RPY_MSG_CAP - 1 bytes at a UTF-8 boundary, NULL
 * is empty) and returns the status. rpy_locate records where, if an
 * error is pending and its location is not yet recorded. */
int32_t rpy_raise(rpy_ctx *ctx, int32_t code, const char *msg);
int32_t rpy_raise_at(rpy_ctx *ctx, int32_t code, const char *msg, uint32_t line, uint32_t col, const char *func);
void rpy_locate(rpy_ctx *ctx, uint32_t line, uint32_t col, const char *func);

/* ---- calls: prologue / epilogue of every compiled function -----------
 * rpy_enter: RecursionError("maximum recursion depth exceeded") if the
 * depth limit is reached or the stack pointer `sp` is below stack_low
 * (depth is then unchanged); otherwise depth += 1. rpy_leave: depth -= 1. */
int32_t rpy_enter(rpy_ctx *ctx, uintptr_t sp);
void rpy_leave(rpy_ctx *ctx);
/* loop back-edge slow path (called when poll_countdown reaches 0): resets
 * poll_countdown to RPY_POLL_INTERVAL and calls host->poll if there is
 * one; a nonzero hook status is raised with an empty message. */
int32_t rpy_poll(rpy_ctx *ctx);
/* rpy_poll for a back-edge where compiled code holds borrowed references
 * (objs[0..n], NULL entries allowed): the host's poll may run Python code
 * that drops their owners, so each is kept alive, by the ctx, if it would
 * otherwise be freed. */
int32_t rpy_poll_keep(rpy_ctx *ctx, void *const *objs, size_t n);
/* Release a reference to `o` unless it is the last one: returns 1 (and
 * leaves the count at 1, now the caller's) if it was, else 0. */
int32_t rpy_obj_release_unless_last(void *o);

/* ---- int (exact CPython semantics on int64; OverflowError("integer
 * overflow") when a result does not fit) -------------------------------*/
int32_t rpy_int_floordiv(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out);
int32_t rpy_int_mod(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out);
int32_t rpy_int_pow(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out);
int32_t rpy_int_shl(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out);
int32_t rpy_int_shr(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out);
int32_t rpy_int_truediv(rpy_ctx *ctx, int64_t a, int64_t b, double *out);
int32_t rpy_int_round_digits(rpy_ctx *ctx, int64_t a, int64_t n, int64_t *out);
/* exact int/float comparisons: op 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >= */
int64_t rpy_intfloat_cmp(int64_t a, double b, int64_t op);

/* ---- float ------------------------------------------------------------*/
int32_t rpy_float_div(rpy_ctx *ctx, double a, double b, double *out);
int32_t rpy_float_floordiv(rpy_ctx *ctx, double a, double b, double *out);
int32_t rpy_float_mod(rpy_ctx *ctx, double a, double b, double *out);
int32_t rpy_float_pow(rpy_ctx *ctx, double a, double b, double *out);
int32_t rpy_float_to_int(rpy_ctx *ctx, double a, int64_t *out);     /* int(x): trunc */
int32_t rpy_float_round(rpy_ctx *ctx, double a, int64_t *out);      /* round(x) half-even */
int32_t rpy_float_round_digits(rpy_ctx *ctx, double a, int64_t n, double *out);

/* ---- math (libm at run time, CPython's mathmodule.c error rules) -------
 * one-argument functions: which = index in this order:
 *  0 sqrt 1 exp 2 log 3 log2 4 log10 5 sin 6 cos 7 tan 8 asin 9 acos
 *  10 atan 11 sinh 12 cosh 13 tanh */
int32_t rpy_math1(rpy_ctx *ctx, int64_t which, double x, double *out);
int32_t rpy_math_pow(rpy_ctx *ctx, double x, double y, double *out);
int32_t rpy_math_fmod(rpy_ctx *ctx, double x, double y, double *out);
double rpy_math_hypot(double x, double y);
double rpy_math_atan2(double y, double x);
int32_t rpy_math_floor(rpy_ctx *ctx, double x, int64_t *out);
int32_t rpy_math_ceil(rpy_ctx *ctx, double x, int64_t *out);

/* ---- print: build one line, then hand it to the host -------------------
 * Formatting is exactly CPython's (float repr shortest round-trip). The
 * spec/conv strings (UTF-8) were validated at compile time; an invalid
 * one still raises CPython's ValueError/TypeError (as rpy_ir::pyfmt). A
 * void call that cannot allocate marks the line failed; the next
 * fallible print call raises MemoryError("out of memory").
 * rpy_print_end hands the line to host->print (stdout via fwrite when
 * there is no hook), resets the line and returns the hook's status; a
 * nonzero status is also raised (empty message). */
void rpy_print_begin(rpy_ctx *ctx);
void rpy_print_lit(rpy_ctx *ctx, const char *s, size_t len);
void rpy_print_int(rpy_ctx *ctx, int64_t v);            /* str(int) */
void rpy_print_float(rpy_ctx *ctx, double v);           /* str(float) == repr */
void rpy_print_bool(rpy_ctx *ctx, int64_t v);           /* True / False */
void rpy_print_none(rpy_ctx *ctx);                      /* None */
int32_t rpy_print_format_int(rpy_ctx *ctx, int64_t v, const char *spec);     /* f"{v:spec}" */
int32_t rpy_print_format_float(rpy_ctx *ctx, double v, const char *spec);
int32_t rpy_print_format_bool(rpy_ctx *ctx, int64_t v, const char *spec);
int32_t rpy_print_percent_int(rpy_ctx *ctx, int64_t v, const char *conv);    /* '%5d' % v */
int32_t rpy_print_percent_float(rpy_ctx *ctx, double v, const char *conv);
int32_t rpy_print_percent_bool(rpy_ctx *ctx, int64_t v, const char *conv);
int32_t rpy_print_percent_none(rpy_ctx *ctx, const char *conv);
int32_t rpy_print_end(rpy_ctx *ctx);
/* ---- caught exceptions (try/except) ---------------------------------
 * rpy_exc_take saves the pending exception (status, message, location)
 * and clears it from the ctx; the handle is an opaque int64. It is freed
 * by rpy_exc_drop (handled) or rpy_exc_rethrow (raised again, as it was;
 * returns the status). Out of memory, take gives a MemoryError handle. */
int64_t rpy_exc_take(rpy_ctx *ctx);
/* Append str(e) of a taken exception to the print line (its message;
 * repr of it for KeyError). */
void rpy_print_exc(rpy_ctx *ctx, int64_t exc);
int64_t rpy_exc_code(int64_t exc);
void rpy_exc_drop(int64_t exc);
int32_t rpy_exc_rethrow(rpy_ctx *ctx, int64_t exc);
/* rpy_exc_rethrow keeping the handle (a bare `raise` in `except`). */
int32_t rpy_exc_reraise(rpy_ctx *ctx, int64_t exc);
/* Raise `code` with the line built so far as its message (MemoryError if
 * building it failed), at line:col of `func`; clears the line. */
int32_t rpy_raise_line(rpy_ctx *ctx, int32_t code, uint32_t line, uint32_t col, const char *func);                    /* host->print(buf) */

/* ---- objects: instances of compiled classes ----------------------------
 * One layout for every tier (rpy_ir::ir::ClassLayout): a 24-byte header,
 * then one 8-byte field per attribute at offset 24 + 8*i (int64_t,
 * double, int64_t 0/1, or an rpy_object pointer, NULL for None).
 * Reference counts are not atomic: an object is used by one thread at a
 * time (the Python host holds the GIL around compiled calls). `host` is
 * the host's wrapper object, if any (borrowed: the wrapper holds a
 * reference and clears the slot when it dies). */
typedef struct rpy_class {
    const char *name;
    uint32_t size;                 /* bytes, header included */
    uint32_t nrefs;                /* number of reference fields */
    const uint32_t *ref_offsets;   /* their byte offsets */
    uint32_t kind;                 /* RPY_KIND_* */
    uint32_t elem;                 /* lists: RPY_ELEM_* of the items; arrays: RPY_ARR_* */
    const uint8_t *kinds;          /* tuples: RPY_ELEM_* of each field, in order */
} rpy_class;

/* A tuple is an instance-like object (fields at 24 + 8*i) whose
 * descriptor also says how each field is read, for equality, ordering
 * and repr inside lists. */
enum { RPY_KIND_OBJECT = 0, RPY_KIND_LIST = 1, RPY_KIND_ARRAY = 2, RPY_KIND_TUPLE = 3, RPY_KIND_STR = 4 };
/* How a list item (one 64-bit word) is read: int64_t, double, int64_t
 * 0/1, or a reference (NULL for None; compared by identity unless it is
 * a list, which compares by value). */
enum { RPY_ELEM_INT = 0, RPY_ELEM_FLOAT = 1, RPY_ELEM_BOOL = 2, RPY_ELEM_REF = 3 };

typedef struct rpy_object {
    int64_t refcnt;
    const rpy_class *cls;
    void *host;
} rpy_object;

#define RPY_OBJECT_HEADER 24

/* A new zeroed instance with refcnt 1; MemoryError if malloc fails. */
int32_t rpy_obj_new(rpy_ctx *ctx, const rpy_class *cls, void **out);
/* NULL-safe. */
void rpy_obj_incref(void *o);
/* NULL-safe; at zero the object is freed and the references it holds
 * released, iteratively (a million-long chain does not recurse). */
void rpy_obj_decref(void *o);
/* Free `o`, whose count just reached zero (the slow path of an inline
 * decref: `if (o && --o->refcnt == 0) rpy_obj_free(o)`). */
void rpy_obj_free(void *o);
/* Store reference `v` into the field at byte `offset` of `o`: incref v,
 * decref the old value. */
void rpy_obj_set_ref(void *o, int64_t offset, void *v);

/* ---- lists: list[T] on every tier (rpy_ir::ir::HeapType::List) ---------
 * One layout: the object header, then len, cap and the item array
 * (`cap` 8-byte words, `len` of them used). The class descriptor's
 * `elem` says how an item is read; reference items are owned by the
 * list. Every operation is one case of rpy_list_op, so the interpreter,
 * the JIT and the C code call the same implementation; `a` holds the
 * operands as 64-bit words (doubles by their bits) in the order listed
 * with RPY_LIST_*, `*out` receives the result word (a new reference for
 * a list result and for the item RPY_LIST_POP removes; the item GET
 * reads is borrowed). Errors are CPython's (IndexError "list index out
 * of range", ValueError "list.remove(x): x not in list", ...); a size
 * that cannot be allocated is MemoryError. The native tiers inline
 * LEN, GET and SET of scalar items with the same checks. */
typedef struct rpy_list {
    rpy_object head;
    int64_t len;
    int64_t cap;
    uint64_t *items;
} rpy_list;

#define RPY_LIST_LEN_OFFSET 24
#define RPY_LIST_ITEMS_OFFSET 40
/* slice flags: which of start, stop, step are given (not None) */
#define RPY_SLICE_START 1
#define RPY_SLICE_STOP 2
#define RPY_SLICE_STEP 4

enum {
    RPY_LIST_NEW = 0,       /* elem, n, item0..item(n-1) -> list */
    RPY_LIST_LEN = 1,       /* l -> int */
    RPY_LIST_GET = 2,       /* l, i -> item (negative i from the end) */
    RPY_LIST_SET = 3,       /* l, i, v */
    RPY_LIST_APPEND = 4,    /* l, v */
    RPY_LIST_POP = 5,       /* l, i -> item */
    RPY_LIST_INSERT = 6,    /* l, i, v */
    RPY_LIST_EXTEND = 7,    /* l, other */
    RPY_LIST_CLEAR = 8,     /* l */
    RPY_LIST_COPY = 9,      /* l -> list */
    RPY_LIST_INDEX = 10,    /* l, v -> int */
    RPY_LIST_COUNT = 11,    /* l, v -> int */
    RPY_LIST_REMOVE = 12,   /* l, v */
    RPY_LIST_CONCAT = 13,   /* a, b -> list */
    RPY_LIST_REPEAT = 14,   /* l, n -> list */
    RPY_LIST_EQ = 15,       /* a, b -> bool */
    RPY_LIST_CONTAINS = 16, /* l, v -> bool */
    RPY_LIST_SLICE = 17,    /* l, start, stop, step, flags -> list */
    RPY_LIST_SET_SLICE = 18,/* l, start, stop, step, flags, other */
    RPY_LIST_DEL = 19,      /* l, i */
    RPY_LIST_DEL_SLICE = 20,/* l, start, stop, step, flags */
    RPY_LIST_REVERSE = 21,  /* l (in place) */
    RPY_LIST_SORT = 22,     /* l, reverse (stable, in place) */
    RPY_LIST_SUM = 23,      /* l -> int or float */
    RPY_LIST_MIN = 24,      /* l -> item */
    RPY_LIST_MAX = 25,      /* l -> item */
    RPY_LIST_ANY = 26,      /* l -> bool */
    RPY_LIST_ALL = 27,      /* l -> bool */
    RPY_LIST_RANGE = 28,    /* start, stop, step -> list(range(...)) of ints */
    RPY_LIST_LT = 29,       /* a, b -> bool: a < b (lexicographic) */
    RPY_LIST_LE = 30,       /* a, b -> bool */
    RPY_LIST_ITEM = 31,     /* l, i -> item, unchecked 0 <= i < len (loops) */
    RPY_LIST_SET_ITEM = 32, /* l, i, v: unchecked 0 <= i < len (boundscheck=False) */
    /* str (operands and results are rpy_str; LEN, SLICE, CONCAT,
     * REPEAT, EQ, LT, LE, CONTAINS (substring), COUNT, INDEX work on
     * strings too, by code points) */
    RPY_STR_AT = 33,        /* s, i -> s[i] (a new 1-character str) */
    RPY_STR_JOIN = 34,      /* sep, list[str] -> str */
    RPY_STR_SPLIT = 35,     /* s, sep (NULL: whitespace) -> list[str] */
    RPY_STR_STRIP = 36,     /* s, which (1 left, 2 right, 3 both) -> str */
    RPY_STR_STARTS = 37,    /* s, prefix -> bool */
    RPY_STR_ENDS = 38,      /* s, suffix -> bool */
    RPY_STR_FIND = 39,      /* s, sub -> int (-1 if absent) */
    RPY_STR_REPLACE = 40,   /* s, old, new -> str */
    RPY_STR_FROM_LINE = 41, /* -> the print line as a str (cleared) */
    RPY_STR_UPPER = 42,     /* s, 0 lower / 1 upper (ASCII letters only) */
    RPY_STR_AT_ITEM = 43,   /* s, i -> s[i], unchecked 0 <= i < len (loops) */
    RPY_STR_TO_INT = 44,    /* s -> int(s) (base 10, CPython's syntax) */
    RPY_STR_ORD = 45,       /* s -> ord(s) */
    RPY_STR_CHR = 46,       /* i -> chr(i) */
    RPY_STR_IS = 47         /* s, which -> bool: 0 isdigit 1 isalpha 2 isspace
                             * 3 isalnum 4 isupper 5 islower (ASCII text) */
};
int32_t rpy_list_op(rpy_ctx *ctx, int64_t op, const uint64_t *a, uint64_t *out);
/* A double as its 64-bit word, and back (operands of rpy_list_op). */
static inline uint64_t rpy_word_of_f64(double d) {
    union { double d; uint64_t w; } u;
    u.d = d;
    return u.w;
}
static inline double rpy_f64_of_word(uint64_t w) {
    union { double d; uint64_t w; } u;
    u.w = w;
    return u.d;
}
/* The descriptor shared by every list of `elem` items (RPY_ELEM_*);
 * `elem | 4`: the list of a `*args` parameter (printed as a tuple). */
const rpy_class *rpy_list_class(int64_t elem);
/* ---- str: immutable UTF-8 text ---------------------------------------
 * `nchars` (code points, what len() and indices count) sits where a
 * list's len does; `nbytes` bytes of UTF-8 follow at 40, NUL-terminated.
 * Comparison is by code point (byte order of UTF-8). */
typedef struct rpy_str {
    rpy_object head;
    int64_t nchars;
    int64_t nbytes;
    char data[];
} rpy_str;

/* A new str of `n` bytes of valid UTF-8 at `data` (refcnt 1); NULL if
 * it cannot be allocated. */
void *rpy_str_new(const char *data, int64_t n);
/* Append `s` (a str) to the print line: its text, or its repr. */
void rpy_print_str(rpy_ctx *ctx, void *s, int64_t repr);

/* ---- arrays: rpythonic.f64[:] and friends over a host's buffer ----------
 * A view of memory the host owns (a numpy array, array.array, bytearray,
 * memoryview: C-contiguous, one dimension), made by the host for a call
 * and released by it after: compiled code reads and writes the items in
 * place but never keeps the view beyond the call. `len` and `data` sit
 * where a list has `len` and `items`, so `len` is one load either way.
 * Items are converted to the IR's types: f64/f32 to float, i64/i32/u8 to
 * int; a store that does not fit the item type is OverflowError, a store
 * into a read-only buffer TypeError. rpy_list_op does LEN, GET, SET,
 * ITEM and SUM on arrays too (the cls says which it got). */
typedef struct rpy_array {
    rpy_object head;
    int64_t len;
    int64_t readonly;
    void *data;
} rpy_array;

enum { RPY_ARR_F64 = 0, RPY_ARR_I64 = 1, RPY_ARR_I32 = 2, RPY_ARR_F32 = 3, RPY_ARR_U8 = 4 };
/* A new view (refcnt 1) of `len` items of kind `elem` at `data`; NULL if
 * it cannot be allocated. Freed by rpy_obj_decref (the data is not). */
void *rpy_array_view(int64_t elem, void *data, int64_t len, int64_t readonly);

/* Append repr(l) of a list or a tuple to the print line (items of
 * compiled classes as `<C object at 0x...>`). */
void rpy_print_list(rpy_ctx *ctx, void *l);

/* ---- text helpers (also used by hosts and tests) -----------------------
 * Write repr(x) of a double into out (NUL-terminated, cut to cap - 1
 * characters); returns the length written. cap >= 32 is always enough. */
size_t rpy_float_repr(double x, char *out, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
