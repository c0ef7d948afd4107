/* rpy_rt.c — the rpythonic runtime: the single definition of runtime
 * semantics for both tiers (see rpy_rt.h for the ABI and conventions).
 *
 * Semantics are CPython 3.11's, restricted to 64-bit ints; the reference
 * is the Rust oracle in crates/rpy-ir (interp/arith.rs, interp/float.rs,
 * interp/math.rs, pyfmt.rs), which this file ports function by function
 * and is tested against (crates/rpy-rt/tests/differential.rs).
 *
 * Rules of this file:
 *  - no global mutable state: every `static` object is const;
 *  - no undefined behaviour on any input: no signed overflow, no shift by
 *    >= 64, no out-of-range float -> int conversion, no INT64_MIN / -1;
 *  - compiled with -std=c11 -O2 -ffp-contract=off -fno-builtin, so libm is
 *    called at run time and multiply-adds are never fused;
 *  - the decimal point printf/strtod use depends on the C locale: text
 *    from printf is parsed by digit position only, and text given to
 *    strtod never contains a decimal point (digits and an exponent).
 *
 * Sections follow the header: context, raising, calls, int, float, math,
 * float text (repr and precision formatting), format specs, %-formatting,
 * print, text helpers.
 */
#include "rpy_rt.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TWO_63 9223372036854775808.0
#define PI_D 3.141592653589793
/* Largest width or output-growing precision accepted (pyfmt::MAX_FIELD). */
#define MAX_FIELD ((size_t)10000000)
/* ctx->buf_len value meaning "an allocation failed while building the
 * current print line"; the next fallible print call raises MemoryError. */
#define LINE_FAILED SIZE_MAX

static const char MSG_INT_OVERFLOW[] = "integer overflow";
static const char MSG_NO_MEMORY[] = "out of memory";
static const char MSG_DOMAIN[] = "math domain error";
static const char MSG_RANGE[] = "math range error";

/* ==== growable text (internal) ======================================== */

/* Grow the allocation *p (capacity *cap, *len bytes used) so that `extra`
 * more bytes plus a NUL fit. Returns 0 on overflow or allocation failure. */
static int grow(char **p, size_t *cap, size_t len, size_t extra) {
    if (*p != NULL && extra < *cap - len) {
        return 1;
    }
    if (extra > SIZE_MAX / 2 - len) {
        return 0;
    }
    size_t need = len + extra + 1;
    size_t ncap = *cap < 64 ? 64 : *cap;
    while (ncap < need) {
        ncap *= 2;
    }
    char *np = realloc(*p, ncap);
    if (np == NULL) {
        return 0;
    }
    *p = np;
    *cap = ncap;
    return 1;
}

/* A temporary text buffer; `failed` records an allocation failure. */
typedef struct {
    char *p;
    size_t len, cap;
    int failed;
} rstr;

static void rs_put(rstr *s, const char *text, size_t n) {
    if (s->failed || !grow(&s->p, &s->cap, s->len, n)) {
        s->failed = 1;
        return;
    }
    memcpy(s->p + s->len, text, n);
    s->len += n;
    s->p[s->len] = '\0';
}

static void rs_puts(rstr *s, const char *text) {
    rs_put(s, text, strlen(text));
}

static void rs_putc(rstr *s, char c) {
    rs_put(s, &c, 1);
}

static void rs_repeat(rstr *s, char c, size_t n) {
    if (s->failed || !grow(&s->p, &s->cap, s->len, n)) {
        s->failed = 1;
        return;
    }
    memset(s->p + s->len, c, n);
    s->len += n;
    s->p[s->len] = '\0';
}

/* Encode code point `cp` as UTF-8 into out (4 bytes); returns the length. */
static size_t utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | ((cp >> 18) & 0x07));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Append n copies of the code point cp. */
static void rs_fill(rstr *s, uint32_t cp, size_t n) {
    if (cp < 0x80) {
        rs_repeat(s, (char)cp, n);
        return;
    }
    char enc[4];
    size_t k = utf8_encode(cp, enc);
    for (size_t i = 0; i < n && !s->failed; i++) {
        rs_put(s, enc, k);
    }
}

/* Decimal digits of m (no sign) into out (>= 21 bytes); returns length. */
static size_t u64_decimal(uint64_t m, char *out) {
    char tmp[24];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m != 0);
    for (size_t i = 0; i < n; i++) {
        out[i] = tmp[n - 1 - i];
    }
    out[n] = '\0';
    return n;
}

/* Digits of m in base 2, 8, 16 (lower/upper) or 10, into out (>= 65). */
static size_t u64_in_base(uint64_t m, uint32_t ty, char *out) {
    unsigned base;
    const char *dig = "0123456789abcdef";
    switch (ty) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': base = 16; break;
    case 'X': base = 16; dig = "0123456789ABCDEF"; break;
    default: return u64_decimal(m, out);
    }
    char tmp[66];
    size_t n = 0;
    do {
        tmp[n++] = dig[m % base];
        m /= base;
    } while (m != 0);
    for (size_t i = 0; i < n; i++) {
        out[i] = tmp[n - 1 - i];
    }
    out[n] = '\0';
    return n;
}

/* |v| as an unsigned number, defined for INT64_MIN. */
static uint64_t uabs64(int64_t v) {
    return v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
}

/* ==== context ========================================================== */

void rpy_ctx_init(rpy_ctx *ctx, const rpy_host *host, int64_t depth_limit, uintptr_t stack_low) {
    memset(ctx, 0, sizeof *ctx);
    ctx->err_func = NULL;
    ctx->depth_limit = depth_limit;
    ctx->stack_low = stack_low;
    ctx->poll_countdown = RPY_POLL_INTERVAL;
    ctx->buf = NULL;
    ctx->host = host;
}

void rpy_ctx_destroy(rpy_ctx *ctx) {
    for (size_t i = 0; i < ctx->keep_len; i++) rpy_obj_decref(ctx->keep[i]);
    free(ctx->keep);
    ctx->keep = NULL;
    ctx->keep_len = 0;
    ctx->keep_cap = 0;
    free(ctx->buf);
    ctx->buf = NULL;
    ctx->buf_len = 0;
    ctx->buf_cap = 0;
}

void rpy_ctx_clear_error(rpy_ctx *ctx) {
    ctx->status = RPY_OK;
    ctx->err_line = 0;
    ctx->err_col = 0;
    ctx->err_func = NULL;
    ctx->msg[0] = '\0';
}

/* ==== raising ========================================================== */

/* The first raise wins until the error is cleared. The message is cut to
 * RPY_MSG_CAP - 1 bytes, at a UTF-8 character boundary. */
int32_t rpy_raise(rpy_ctx *ctx, int32_t code, const char *msg) {
    if (ctx->status != RPY_OK) {
        return code;
    }
    ctx->status = code;
    size_t n = 0;
    if (msg != NULL) {
        while (n < RPY_MSG_CAP && msg[n] != '\0') {
            n++;
        }
        if (n > RPY_MSG_CAP - 1) {
            n = RPY_MSG_CAP - 1;
            while (n > 0 && ((unsigned char)msg[n] & 0xC0) == 0x80) {
                n--;
            }
        }
        memcpy(ctx->msg, msg, n);
    }
    ctx->msg[n] = '\0';
    return code;
}

int32_t rpy_raise_at(rpy_ctx *ctx, int32_t code, const char *msg, uint32_t line, uint32_t col, const char *func) {
    rpy_raise(ctx, code, msg);
    rpy_locate(ctx, line, col, func);
    return code;
}

void rpy_locate(rpy_ctx *ctx, uint32_t line, uint32_t col, const char *func) {
    if (ctx->status != RPY_OK && ctx->err_line == 0) {
        ctx->err_line = line;
        ctx->err_col = col;
        ctx->err_func = func;
    }
}

/* rpy_raise with a printf-style message. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int32_t raisef(rpy_ctx *ctx, int32_t code, const char *fmt, ...) {
    /* twice the capacity, so rpy_raise cuts at a character boundary */
    char m[2 * RPY_MSG_CAP];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m, sizeof m, fmt, ap);
    va_end(ap);
    return rpy_raise(ctx, code, m);
}

static int32_t overflow(rpy_ctx *ctx) {
    return rpy_raise(ctx, RPY_E_OVERFLOW, MSG_INT_OVERFLOW);
}

/* ==== calls ============================================================ */

int32_t rpy_enter(rpy_ctx *ctx, uintptr_t sp) {
    if (ctx->depth >= ctx->depth_limit || sp < ctx->stack_low) {
        return rpy_raise(ctx, RPY_E_RECURSION, "maximum recursion depth exceeded");
    }
    ctx->depth++;
    return RPY_OK;
}

void rpy_leave(rpy_ctx *ctx) {
    ctx->depth--;
}

int32_t rpy_poll(rpy_ctx *ctx) {
    ctx->poll_countdown = RPY_POLL_INTERVAL;
    if (ctx->host == NULL || ctx->host->poll == NULL) {
        return RPY_OK;
    }
    int32_t code = ctx->host->poll(ctx->host->data);
    if (code != RPY_OK) {
        return rpy_raise(ctx, code, "");
    }
    return RPY_OK;
}

int32_t rpy_obj_release_unless_last(void *p) {
    rpy_object *o = (rpy_object *)p;
    if (o == NULL) return 0;
    if (o->refcnt == 1) return 1;
    o->refcnt -= 1;
    return 0;
}

int32_t rpy_poll_keep(rpy_ctx *ctx, void *const *objs, size_t n) {
    for (size_t i = 0; i < n; i++) rpy_obj_incref(objs[i]);
    int32_t st = rpy_poll(ctx);
    for (size_t i = 0; i < n; i++) {
        if (!rpy_obj_release_unless_last(objs[i])) continue;
        if (ctx->keep_len == ctx->keep_cap) {
            size_t cap = ctx->keep_cap ? 2 * ctx->keep_cap : 8;
            void **k = (void **)realloc(ctx->keep, cap * sizeof *k);
            if (k == NULL) continue; /* out of memory: leak it, never free it early */
            ctx->keep = k;
            ctx->keep_cap = cap;
        }
        ctx->keep[ctx->keep_len++] = objs[i];
    }
    return st;
}

/* ==== int ============================================================== */

int32_t rpy_int_floordiv(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out) {
    if (b == 0) {
        return rpy_raise(ctx, RPY_E_ZERO_DIVISION, "integer division or modulo by zero");
    }
    if (a == INT64_MIN && b == -1) {
        return overflow(ctx);
    }
    int64_t q = a / b, r = a % b;
    /* C truncates; floor when the remainder and divisor differ in sign */
    if (r != 0 && ((r < 0) != (b < 0))) {
        q -= 1;
    }
    *out = q;
    return RPY_OK;
}

int32_t rpy_int_mod(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out) {
    if (b == 0) {
        return rpy_raise(ctx, RPY_E_ZERO_DIVISION, "integer modulo by zero");
    }
    if (b == -1) {
        *out = 0; /* also INT64_MIN % -1, which C leaves undefined */
        return RPY_OK;
    }
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b; /* |r| < |b| with opposite signs: cannot overflow */
    }
    *out = r;
    return RPY_OK;
}

/* a ** b for b >= 0 by repeated squaring (as Rust's checked_pow): the
 * base is squared only when a higher exponent bit remains, so an overflow
 * of a square means the result overflows too. */
int32_t rpy_int_pow(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out) {
    if (b < 0 && a == 0) {
        /* CPython: 0 ** -1 is a ZeroDivisionError, as for floats. */
        return rpy_raise(ctx, RPY_E_ZERO_DIVISION, "0.0 cannot be raised to a negative power");
    }
    if (b < 0) {
        return rpy_raise(ctx, RPY_E_VALUE,
                         "negative exponent in int ** int: the result would be a float; write float(a) ** b");
    }
    if (b > 0xFFFFFFFFLL) {
        /* |a| >= 2 overflows long before 2**32 */
        if (a == 0 || a == 1) {
            *out = a;
            return RPY_OK;
        }
        if (a == -1) {
            *out = (b % 2 == 0) ? 1 : -1;
            return RPY_OK;
        }
        return overflow(ctx);
    }
    uint64_t e = (uint64_t)b;
    int64_t base = a, acc = 1;
    if (e == 0) {
        *out = 1;
        return RPY_OK;
    }
    for (;;) {
        if (e & 1) {
            if (__builtin_mul_overflow(acc, base, &acc)) {
                return overflow(ctx);
            }
            if (e == 1) {
                *out = acc;
                return RPY_OK;
            }
        }
        e /= 2;
        if (__builtin_mul_overflow(base, base, &base)) {
            return overflow(ctx);
        }
    }
}

int32_t rpy_int_shl(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out) {
    if (b < 0) {
        return rpy_raise(ctx, RPY_E_VALUE, "negative shift count");
    }
    if (a == 0) {
        *out = 0;
        return RPY_OK;
    }
    if (b >= 64) {
        return overflow(ctx);
    }
    if (b > 0) {
        /* a << b fits iff -2**(63-b) <= a < 2**(63-b) */
        int64_t lim = (int64_t)1 << (63 - b);
        if (a < -lim || a >= lim) {
            return overflow(ctx);
        }
    }
    *out = (int64_t)((uint64_t)a << b);
    return RPY_OK;
}

int32_t rpy_int_shr(rpy_ctx *ctx, int64_t a, int64_t b, int64_t *out) {
    if (b < 0) {
        return rpy_raise(ctx, RPY_E_VALUE, "negative shift count");
    }
    if (b >= 64) {
        *out = a < 0 ? -1 : 0;
        return RPY_OK;
    }
    /* floor shift without relying on the implementation's signed >> */
    *out = a < 0 ? ~(~a >> b) : a >> b;
    return RPY_OK;
}

/* n / d correctly rounded, for n, d >= 1 (CPython's long_true_divide
 * gives the correctly rounded quotient; this is the oracle's `ratio`).
 * Below 2**53 both are exact doubles and IEEE division rounds correctly.
 * Otherwise n is shifted left by s so that q = floor(n * 2**s / d) has
 * 63 or 64 bits; a nonzero remainder is ORed into q's lowest bit (a
 * sticky bit far below the rounding position), so converting q to
 * double rounds (half to even) exactly as the true quotient would. The
 * quotient lies in [2**-64, 2**64], so scaling by 2**-s is exact. */
static double ratio(uint64_t n, uint64_t d) {
    const uint64_t two53 = (uint64_t)1 << 53;
    if (n <= two53 && d <= two53) {
        return (double)n / (double)d;
    }
    int s = 63 + __builtin_clzll(n) - __builtin_clzll(d); /* 0..126 */
    /* numerator n << s as (hi, lo); hi < d since q < 2**64 */
    uint64_t hi, lo;
    if (s == 0) {
        hi = 0;
        lo = n;
    } else if (s < 64) {
        hi = n >> (64 - s);
        lo = n << s;
    } else {
        hi = n << (s - 64);
        lo = 0;
    }
    /* 128-by-64 restoring division: 64 quotient bits */
    uint64_t q = 0, r = hi;
    for (int i = 0; i < 64; i++) {
        uint64_t carry = r >> 63;
        r = (r << 1) | (lo >> 63);
        lo <<= 1;
        q <<= 1;
        if (carry || r >= d) {
            r -= d;
            q |= 1;
        }
    }
    q |= (r != 0);
    uint64_t scale_bits = (uint64_t)(1023 - s) << 52; /* 2**-s, normal */
    double scale;
    memcpy(&scale, &scale_bits, sizeof scale);
    return (double)q * scale;
}

int32_t rpy_int_truediv(rpy_ctx *ctx, int64_t a, int64_t b, double *out) {
    if (b == 0) {
        return rpy_raise(ctx, RPY_E_ZERO_DIVISION, "division by zero");
    }
    double m = a == 0 ? 0.0 : ratio(uabs64(a), uabs64(b));
    /* 0 / b is a zero with the sign of b */
    *out = ((a < 0) != (b < 0)) ? -m : m;
    return RPY_OK;
}

/* round(x, n) for an int (CPython's int.__round__): x when n >= 0, else
 * the nearest multiple of 10**-n, ties to even. */
int32_t rpy_int_round_digits(rpy_ctx *ctx, int64_t a, int64_t n, int64_t *out) {
    if (n >= 0) {
        *out = a;
        return RPY_OK;
    }
    uint64_t k = uabs64(n);
    if (k >= 19) {
        /* 10**19 > 2**63: the result is 0 or +-10**19 (which does not
         * fit); |a| == 5 * 10**18 is a tie that goes to the even 0 */
        const uint64_t half = 5000000000000000000ULL;
        if (k == 19 && uabs64(a) > half) {
            return overflow(ctx);
        }
        *out = 0;
        return RPY_OK;
    }
    int64_t p = 1;
    for (uint64_t i = 0; i < k; i++) {
        p *= 10; /* at most 10**18 */
    }
    int64_t q = a / p, r = a % p;
    if (r < 0) { /* floor division: 0 <= r < p */
        q -= 1;
        r += p;
    }
    int64_t rest = p - r;
    if (r > rest || (r == rest && q % 2 != 0)) {
        q += 1;
    }
    if (__builtin_mul_overflow(q, p, out)) {
        return overflow(ctx);
    }
    return RPY_OK;
}

/* Exact int/float comparison (CPython's float_richcompare): -1, 0, 1, or
 * 2 when b is NaN (unordered). */
static int cmp_int_float(int64_t a, double b) {
    if (isnan(b)) {
        return 2;
    }
    if (b >= TWO_63) {
        return -1;
    }
    if (b < -TWO_63) {
        return 1;
    }
    double fl = floor(b); /* -2**63 <= fl < 2**63: the conversion is exact */
    int64_t i = (int64_t)fl;
    if (a < i) {
        return -1;
    }
    if (a > i) {
        return 1;
    }
    return b > fl ? -1 : 0;
}

int64_t rpy_intfloat_cmp(int64_t a, double b, int64_t op) {
    int c = cmp_int_float(a, b);
    switch (op) {
    case 0: return c == 0;
    case 1: return c != 0;
    case 2: return c == -1;
    case 3: return c == -1 || c == 0;
    case 4: return c == 1;
    case 5: return c == 1 || c == 0;
    default: return 0;
    }
}

/* ==== float ============================================================ */

int32_t rpy_float_div(rpy_ctx *ctx, double a, double b, double *out) {
    if (b == 0.0) {
        return rpy_raise(ctx, RPY_E_ZERO_DIVISION, "float division by zero");
    }
    *out = a / b;
    return RPY_OK;
}

/* CPython's _float_div_mod (wx != 0): floor quotient and remainder with
 * the sign of the divisor. */
static void float_div_mod(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    /* vx - m is mathematically a multiple of wx; the division may be off
     * by a hair, fixed by the snapping below */
    double d = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0.0) != (m < 0.0)) {
            m += wx;
            d -= 1.0;
        }
    } else {
        /* fmod's sign of zero varies across platforms: use the divisor's */
        m = copysign(0.0, wx);
    }
    double fd;
    if (d != 0.0) {
        fd = floor(d);
        if (d - fd > 0.5) {
            fd += 1.0;
        }
    } else {
        /* zero with the sign of the true quotient */
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

int32_t rpy_float_floordiv(rpy_ctx *ctx, double a, double b, double *out) {
    if (b == 0.0) {
        return rpy_raise(ctx, RPY_E_ZERO_DIVISION, "float floor division by zero");
    }
    double mod;
    float_div_mod(a, b, out, &mod);
    return RPY_OK;
}

/* CPython's float_rem. */
int32_t rpy_float_mod(rpy_ctx *ctx, double a, double b, double *out) {
    if (b == 0.0) {
        return rpy_raise(ctx, RPY_E_ZERO_DIVISION, "float modulo");
    }
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0.0) != (m < 0.0)) {
            m += b;
        }
    } else {
        m = copysign(0.0, b);
    }
    *out = m;
    return RPY_OK;
}

/* C's DOUBLE_IS_ODD_INTEGER */
static int is_odd_integer(double x) {
    return fmod(fabs(x), 2.0) == 1.0;
}

/* v ** +-inf for a non-NaN v (float_pow). */
static double pow_inf_exponent(double iv, double iw) {
    double av = fabs(iv);
    if (av == 1.0) {
        return 1.0;
    }
    if ((iw > 0.0) == (av > 1.0)) {
        return fabs(iw);
    }
    return 0.0;
}

/* CPython's float_pow, except that a negative base with a non-integer
 * exponent is a ValueError (CPython returns a complex). */
int32_t rpy_float_pow(rpy_ctx *ctx, double iv, double iw, double *out) {
    if (iw == 0.0) {
        *out = 1.0; /* v**0 is 1, even 0**0 and nan**0 */
        return RPY_OK;
    }
    if (isnan(iv)) {
        *out = iv;
        return RPY_OK;
    }
    if (isnan(iw)) {
        *out = iv == 1.0 ? 1.0 : iw;
        return RPY_OK;
    }
    if (isinf(iw)) {
        *out = pow_inf_exponent(iv, iw);
        return RPY_OK;
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0) {
            *out = odd ? iv : fabs(iv);
        } else {
            *out = odd ? copysign(0.0, iv) : 0.0;
        }
        return RPY_OK;
    }
    if (iv == 0.0) {
        if (iw < 0.0) {
            return rpy_raise(ctx, RPY_E_ZERO_DIVISION, "0.0 cannot be raised to a negative power");
        }
        *out = is_odd_integer(iw) ? iv : 0.0;
        return RPY_OK;
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            return rpy_raise(ctx, RPY_E_VALUE, "negative number cannot be raised to a fractional power");
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        *out = negate ? -1.0 : 1.0;
        return RPY_OK;
    }
    double ix = pow(iv, iw);
    /* _Py_ADJUST_ERANGE1: an infinite result is ERANGE; an underflow to
     * zero is not an error */
    if (isinf(ix)) {
        return rpy_raise(ctx, RPY_E_OVERFLOW, "(34, 'Numerical result out of range')");
    }
    *out = negate ? -ix : ix;
    return RPY_OK;
}

/* int(x): truncate toward zero (PyLong_FromDouble, 64 bits). */
int32_t rpy_float_to_int(rpy_ctx *ctx, double a, int64_t *out) {
    if (isnan(a)) {
        return rpy_raise(ctx, RPY_E_VALUE, "cannot convert float NaN to integer");
    }
    if (isinf(a)) {
        return rpy_raise(ctx, RPY_E_OVERFLOW, "cannot convert float infinity to integer");
    }
    double t = trunc(a);
    if (t >= -TWO_63 && t < TWO_63) {
        *out = (int64_t)t; /* exact: t is an integer in range */
        return RPY_OK;
    }
    return overflow(ctx);
}

/* Round half to even, independent of the FPU rounding mode. */
static double round_half_even(double x) {
    if (!(fabs(x) < 4503599627370496.0)) { /* 2**52: already an integer (or nan/inf) */
        return x;
    }
    double t = trunc(x);
    double diff = x - t; /* exact */
    if (fabs(diff) > 0.5 || (fabs(diff) == 0.5 && fmod(t, 2.0) != 0.0)) {
        t += copysign(1.0, x);
    }
    /* keep the sign of zero (round(-0.4) is -0.0 before the int conversion) */
    return t == 0.0 ? copysign(0.0, x) : t;
}

int32_t rpy_float_round(rpy_ctx *ctx, double a, int64_t *out) {
    if (!isfinite(a)) {
        return rpy_float_to_int(ctx, a, out);
    }
    return rpy_float_to_int(ctx, round_half_even(a), out);
}

/* The value of decimal text `text` as printed by printf's %f ("-123.45"
 * with the locale's decimal point): read back with strtod, locale-free,
 * as "-12345e-2". */
static double parse_fixed(const char *text) {
    char buf[1600];
    size_t n = 0;
    long frac = 0;
    int in_frac = 0;
    const char *p = text;
    if (*p == '-') {
        buf[n++] = *p++;
    }
    for (; *p != '\0' && n < sizeof buf - 16; p++) {
        if (*p >= '0' && *p <= '9') {
            buf[n++] = *p;
            frac += in_frac;
        } else {
            in_frac = 1;
        }
    }
    snprintf(buf + n, sizeof buf - n, "e-%ld", frac);
    return strtod(buf, NULL);
}

/* Add one to a decimal digit string in place (len digits, room for one
 * more); returns the new length ("199" -> "200", "99" -> "100"). */
static size_t increment_decimal(char *digits, size_t len) {
    for (size_t i = len; i-- > 0;) {
        if (digits[i] == '9') {
            digits[i] = '0';
        } else {
            digits[i]++;
            return len;
        }
    }
    memmove(digits + 1, digits, len);
    digits[0] = '1';
    return len + 1;
}

/* x (finite) rounded half-even to a multiple of 10**k (1 <= k <= 308),
 * read back as a double: the oracle's round_integer_text. */
static double round_to_power_of_ten(double x, int k) {
    double int_part = trunc(x);
    int inexact = x != int_part;
    char digits[400];
    /* exact: printf prints an integral double exactly */
    int len = snprintf(digits, sizeof digits - 2, "%0*.0f", k + 1, fabs(int_part));
    if (len < k + 1 || len >= (int)sizeof digits - 2) {
        return 0.0 * x;
    }
    size_t kept = (size_t)(len - k);
    char first = digits[kept];
    int rest_nonzero = inexact;
    for (int i = (int)kept + 1; i < len; i++) {
        rest_nonzero |= digits[i] != '0';
    }
    int last_odd = (digits[kept - 1] - '0') % 2 == 1;
    int up = first > '5' || (first == '5' && (rest_nonzero || last_odd));
    if (up) {
        kept = increment_decimal(digits, kept);
    }
    char text[420];
    snprintf(text, sizeof text, "%s%.*se%d", signbit(x) ? "-" : "", (int)kept, digits, k);
    return strtod(text, NULL);
}

/* round(x, n): CPython's double_round (correctly rounded decimal
 * conversion, ties to even on the exact binary value, then back to the
 * nearest double). */
int32_t rpy_float_round_digits(rpy_ctx *ctx, double a, int64_t n, double *out) {
    const int64_t ndigits_max = 323;  /* (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 */
    const int64_t ndigits_min = -308; /* -(DBL_MAX_EXP + 1) * 0.30103 */
    if (!isfinite(a) || n > ndigits_max) {
        *out = a;
        return RPY_OK;
    }
    if (n < ndigits_min) {
        *out = 0.0 * a;
        return RPY_OK;
    }
    double r;
    if (n >= 0) {
        char text[1600];
        snprintf(text, sizeof text, "%.*f", (int)n, a);
        r = parse_fixed(text);
    } else {
        r = round_to_power_of_ten(a, (int)-n);
    }
    if (isinf(r)) {
        return rpy_raise(ctx, RPY_E_OVERFLOW, "rounded value too large to represent");
    }
    *out = r;
    return RPY_OK;
}

/* ==== math ============================================================= */

/* CPython's m_log / m_log2 / m_log10 around the libm function: f(0) is
 * -inf and negatives give NaN, so math_1 reports both as domain errors. */
static double m_log(double x, double (*f)(double)) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return f(x);
        }
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    return NAN;
}

static double m_loge(double x) { return m_log(x, log); }
static double m_log2(double x) { return m_log(x, log2); }
static double m_log10(double x) { return m_log(x, log10); }

/* The one-argument functions of rpy_math1, in `which` order, and whether
 * an infinite result from a finite argument is an overflow (else it is a
 * singularity, a domain error). */
static const struct {
    double (*f)(double);
    int can_overflow;
} MATH1[14] = {
    {sqrt, 0}, {exp, 1}, {m_loge, 0}, {m_log2, 0}, {m_log10, 0},
    {sin, 0}, {cos, 0}, {tan, 0}, {asin, 0}, {acos, 0},
    {atan, 0}, {sinh, 1}, {cosh, 1}, {tanh, 0},
};

/* CPython's math_1: a NaN from a non-NaN argument is a domain error; an
 * infinity from a finite argument is a range or domain error. */
int32_t rpy_math1(rpy_ctx *ctx, int64_t which, double x, double *out) {
    if (which < 0 || which >= 14) {
        return rpy_raise(ctx, RPY_E_RUNTIME, "internal error: bad math function index");
    }
    double r = MATH1[which].f(x);
    if (isnan(r) && !isnan(x)) {
        return rpy_raise(ctx, RPY_E_VALUE, MSG_DOMAIN);
    }
    if (isinf(r) && isfinite(x)) {
        return rpy_raise(ctx, MATH1[which].can_overflow ? RPY_E_OVERFLOW : RPY_E_VALUE,
                         MATH1[which].can_overflow ? MSG_RANGE : MSG_DOMAIN);
    }
    *out = r;
    return RPY_OK;
}

/* math_pow's IEEE special cases (an argument is NaN or infinite). */
static double pow_nonfinite(double x, double y) {
    if (isnan(x)) {
        return y == 0.0 ? 1.0 : x;
    }
    if (isnan(y)) {
        return x == 1.0 ? 1.0 : y;
    }
    if (isinf(x)) {
        int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
        if (y > 0.0) {
            return odd_y ? x : fabs(x);
        }
        if (y == 0.0) {
            return 1.0;
        }
        return odd_y ? copysign(0.0, x) : 0.0;
    }
    if (fabs(x) == 1.0) {
        return 1.0; /* y is infinite */
    }
    if ((y > 0.0 && fabs(x) > 1.0) || (y < 0.0 && fabs(x) < 1.0)) {
        return HUGE_VAL;
    }
    return 0.0;
}

/* CPython's math_pow. */
int32_t rpy_math_pow(rpy_ctx *ctx, double x, double y, double *out) {
    if (!isfinite(x) || !isfinite(y)) {
        *out = pow_nonfinite(x, y);
        return RPY_OK;
    }
    double r = pow(x, y);
    if (isnan(r)) {
        return rpy_raise(ctx, RPY_E_VALUE, MSG_DOMAIN); /* (-x) ** non-integer */
    }
    if (isinf(r)) {
        /* 0 ** negative is a domain error, else an overflow */
        return x == 0.0 ? rpy_raise(ctx, RPY_E_VALUE, MSG_DOMAIN) : rpy_raise(ctx, RPY_E_OVERFLOW, MSG_RANGE);
    }
    *out = r;
    return RPY_OK;
}

/* CPython's math_fmod: fmod(finite, +-inf) == x; a NaN from non-NaN
 * arguments (zero divisor, infinite x) is a domain error. */
int32_t rpy_math_fmod(rpy_ctx *ctx, double x, double y, double *out) {
    if (isinf(y) && isfinite(x)) {
        *out = x;
        return RPY_OK;
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return rpy_raise(ctx, RPY_E_VALUE, MSG_DOMAIN);
    }
    *out = r;
    return RPY_OK;
}

static uint64_t f64_bits(double x) {
    uint64_t b;
    memcpy(&b, &x, sizeof b);
    return b;
}

static double f64_from_bits(uint64_t b) {
    double x;
    memcpy(&x, &b, sizeof x);
    return x;
}

/* The exponent e of C's frexp (x = m * 2**e, 0.5 <= m < 1) for a finite
 * nonzero x. */
static int frexp_exp(double x) {
    int biased = (int)((f64_bits(x) >> 52) & 0x7FF);
    if (biased == 0) {
        /* subnormal: scale up exactly by 2**64 first */
        return frexp_exp(x * f64_from_bits(0x43F0000000000000ULL)) - 64;
    }
    return biased - 1022;
}

/* ldexp(1.0, e) for -1074 <= e <= 1023, exactly. */
static double pow2(int e) {
    if (e >= -1022) {
        return f64_from_bits((uint64_t)(e + 1023) << 52);
    }
    int sh = e + 1074;
    sh = sh < 0 ? 0 : (sh > 51 ? 51 : sh);
    return f64_from_bits((uint64_t)1 << sh);
}

/* The three-accumulator compensated sum of vector_norm, starting at 1. */
typedef struct {
    double csum, frac1, frac2, frac3;
} neumaier;

static void nm_add(neumaier *s, double x, double *frac) {
    double old = s->csum;
    s->csum += x;
    *frac += (old - s->csum) + x;
}

static double nm_total(const neumaier *s) {
    return s->csum - 1.0 + (s->frac1 + s->frac2 + s->frac3);
}

/* Veltkamp-Dekker split of x into a high half and the exact rest. */
static void dekker_split(double x, double *hi, double *lo) {
    const double t27 = 134217729.0; /* 2**27 + 1 */
    double t = x * t27;
    *hi = t - (t - x);
    *lo = x - *hi;
}

/* CPython 3.11's vector_norm for two coordinates (math.hypot), not libm's
 * hypot: scale by 2**-max_e, sum the squares in compensated arithmetic,
 * then one differential correction of the root. Overflow gives inf
 * without an error, as in CPython 3.11. */
double rpy_math_hypot(double x, double y) {
    double v[2] = {fabs(x), fabs(y)};
    int found_nan = isnan(v[0]) || isnan(v[1]);
    double max = 0.0;
    for (int i = 0; i < 2; i++) {
        if (v[i] > max) { /* as CPython's loop: a NaN never becomes the max */
            max = v[i];
        }
    }
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0) {
        return max;
    }
    int max_e = frexp_exp(max);
    neumaier s = {1.0, 0.0, 0.0, 0.0};
    if (max_e < -1023) {
        /* 2**-max_e would overflow: divide by max instead */
        for (int i = 0; i < 2; i++) {
            double q = v[i] / max;
            nm_add(&s, q * q, &s.frac1);
        }
        return max * sqrt(s.csum - 1.0 + s.frac1);
    }
    double scale = pow2(-max_e);
    for (int i = 0; i < 2; i++) {
        double hi, lo;
        dekker_split(v[i] * scale, &hi, &lo);
        nm_add(&s, hi * hi, &s.frac1);
        nm_add(&s, 2.0 * hi * lo, &s.frac2);
        s.frac3 += lo * lo;
    }
    double h = sqrt(nm_total(&s));
    double hi, lo;
    dekker_split(h, &hi, &lo);
    nm_add(&s, -hi * hi, &s.frac1);
    nm_add(&s, -2.0 * hi * lo, &s.frac2);
    nm_add(&s, -lo * lo, &s.frac3);
    double corr = nm_total(&s);
    return (h + corr / (2.0 * h)) / scale;
}

/* CPython's m_atan2: C99 Annex F special values handled before libm. */
double rpy_math_atan2(double y, double x) {
    if (isnan(x) || isnan(y)) {
        return NAN;
    }
    int x_positive = !signbit(x);
    if (isinf(y)) {
        if (isinf(x)) {
            return copysign(x_positive ? 0.25 * PI_D : 0.75 * PI_D, y);
        }
        return copysign(0.5 * PI_D, y);
    }
    if (isinf(x) || y == 0.0) {
        return x_positive ? copysign(0.0, y) : copysign(PI_D, y);
    }
    return atan2(y, x);
}

int32_t rpy_math_floor(rpy_ctx *ctx, double x, int64_t *out) {
    return rpy_float_to_int(ctx, floor(x), out);
}

int32_t rpy_math_ceil(rpy_ctx *ctx, double x, int64_t *out) {
    return rpy_float_to_int(ctx, ceil(x), out);
}

/* ==== float text: repr and precision formatting ========================
 * A port of CPython's PyOS_double_to_string / format_float_short. Digits
 * are in _Py_dg_dtoa's convention: the value is 0.DIGITS * 10**decpt with
 * no leading or trailing zeros; zero is "0" with decpt 1. glibc's printf
 * prints the exact binary value rounded half-even, so %.*e and %.*f give
 * dtoa's modes 2 and 3; mode 0 (shortest) searches over %.*e. */

/* The exact decimal expansion of a double has at most 767 significant
 * digits and at most 1074 after the point. */
#define MAX_EXACT_SIGNIFICANT 767
#define MAX_EXACT_FRACTION 1074

typedef struct {
    char d[MAX_EXACT_SIGNIFICANT + 8];
    int n;      /* number of digits */
    long decpt; /* position of the decimal point */
} digits_t;

/* Strip leading zeros (moving the point) and trailing zeros. */
static void digits_normalize(digits_t *g) {
    int lead = 0;
    while (lead < g->n && g->d[lead] == '0') {
        lead++;
    }
    int end = g->n;
    while (end > lead && g->d[end - 1] == '0') {
        end--;
    }
    if (end == lead) {
        g->d[0] = '0';
        g->n = 1;
        g->decpt = 1;
        return;
    }
    memmove(g->d, g->d + lead, (size_t)(end - lead));
    g->n = end - lead;
    g->decpt -= lead;
}

/* Append a digit. Leading zeros are not stored: they move the point
 * (decpt is adjusted). The significant digits always fit; what would not
 * fit can only be trailing zeros, which normalization drops anyway. */
static void digits_push(digits_t *g, char c) {
    if (g->n == 0 && c == '0') {
        g->decpt--;
    } else if (g->n < (int)sizeof g->d) {
        g->d[g->n++] = c;
    }
}

/* From printf's %e text "d.ddde+XX" (any decimal point character). */
static void digits_from_scientific(const char *text, digits_t *g) {
    g->n = 0;
    g->decpt = 0;
    const char *p = text;
    for (; *p != '\0' && *p != 'e' && *p != 'E'; p++) {
        if (*p >= '0' && *p <= '9') {
            digits_push(g, *p);
        }
    }
    long exp = (*p != '\0') ? strtol(p + 1, NULL, 10) : 0;
    g->decpt += exp + 1;
    digits_normalize(g);
}

/* From printf's %f text "ddd.ddd" (any decimal point character). */
static void digits_from_fixed(const char *text, digits_t *g) {
    g->n = 0;
    g->decpt = 0;
    const char *p = text;
    for (; *p >= '0' && *p <= '9'; p++) {
        digits_push(g, *p);
        g->decpt++;
    }
    for (; *p != '\0'; p++) {
        if (*p >= '0' && *p <= '9') {
            digits_push(g, *p);
        }
    }
    digits_normalize(g);
}

/* dtoa mode 2: n >= 1 correctly rounded significant digits of ax >= 0. */
static void significant_digits(double ax, long n, digits_t *g) {
    char buf[MAX_EXACT_SIGNIFICANT + 32];
    n = n < 1 ? 1 : (n > MAX_EXACT_SIGNIFICANT ? MAX_EXACT_SIGNIFICANT : n);
    snprintf(buf, sizeof buf, "%.*e", (int)(n - 1), ax);
    digits_from_scientific(buf, g);
}

/* dtoa mode 3: ax >= 0 correctly rounded to n digits after the point. */
static void fraction_digits(double ax, long n, digits_t *g) {
    char buf[MAX_EXACT_FRACTION + 340];
    n = n > MAX_EXACT_FRACTION ? MAX_EXACT_FRACTION : n;
    snprintf(buf, sizeof buf, "%.*f", (int)n, ax);
    digits_from_fixed(buf, g);
}

/* Does m * 10**e read back (strtod, round half even) as ax? */
static int round_trips(uint64_t m, long e, double ax) {
    char buf[48];
    snprintf(buf, sizeof buf, "%llue%ld", (unsigned long long)m, e);
    return strtod(buf, NULL) == ax;
}

/* Some n-digit decimal that reads back as ax > 0, the closest to ax if
 * several do: the correctly rounded n-digit value m * 10**e if it round-
 * trips, else its neighbour on the other side of ax (the round-trip
 * interval is not symmetric at powers of two). */
static int shortest_probe(double ax, int n, digits_t *g) {
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", n - 1, ax);
    uint64_t m = 0;
    const char *p = buf;
    for (; *p != '\0' && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9') {
            m = m * 10 + (uint64_t)(*p - '0');
        }
    }
    long e = strtol(p + 1, NULL, 10) - (n - 1);
    uint64_t cand[3] = {m, m - 1, m + 1};
    for (int i = 0; i < 3; i++) {
        if (cand[i] != 0 && round_trips(cand[i], e, ax)) {
            g->n = (int)u64_decimal(cand[i], g->d);
            g->decpt = g->n + e;
            digits_normalize(g);
            return 1;
        }
    }
    return 0;
}

/* dtoa mode 0: the shortest digits that round-trip; of several, the
 * closest to ax; of two equally close, the even one (printf's rounding).
 * Round-tripping is monotonic in the digit count (an n-digit decimal is
 * also an (n+1)-digit one), so binary search; 17 digits always work. */
static void shortest_digits(double ax, digits_t *g) {
    if (ax == 0.0) {
        g->d[0] = '0';
        g->n = 1;
        g->decpt = 1;
        return;
    }
    int lo = 1, hi = 17;
    shortest_probe(ax, 17, g);
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        digits_t t;
        if (shortest_probe(ax, mid, &t)) {
            hi = mid;
            *g = t;
        } else {
            lo = mid + 1;
        }
    }
}

/* The Py_DTSF_* flags of PyOS_double_to_string. */
typedef struct {
    int alt;       /* Py_DTSF_ALT: keep a trailing point and zeros for 'g' */
    int add_dot_0; /* Py_DTSF_ADD_DOT_0: repr style, integral gets ".0" */
    int no_neg_0;  /* Py_DTSF_NO_NEG_0: a result rounding to zero loses '-' */
} dtoa_flags;

/* Write digits with the decimal point after the first decpt digit
 * positions (decpt <= 0: leading "0.000"), padded with zeros up to
 * position end (end >= decpt). A trailing point is left in place. */
static void write_point_and_zeros(rstr *out, const digits_t *g, long decpt, long end) {
    long n = g->n;
    if (decpt <= 0) {
        rs_puts(out, "0.");
        rs_repeat(out, '0', (size_t)-decpt);
        rs_put(out, g->d, (size_t)n);
    } else if (decpt <= n) {
        rs_put(out, g->d, (size_t)decpt);
        rs_putc(out, '.');
        rs_put(out, g->d + decpt, (size_t)(n - decpt));
    } else {
        rs_put(out, g->d, (size_t)n);
    }
    if (n < decpt) {
        rs_repeat(out, '0', (size_t)(decpt - n));
        rs_putc(out, '.');
        if (end > decpt) {
            rs_repeat(out, '0', (size_t)(end - decpt));
        }
    } else if (end > n) {
        rs_repeat(out, '0', (size_t)(end - n));
    }
}

/* The layout half of format_float_short: whether to use an exponent, up
 * to which digit position to pad with zeros, the point, the exponent. */
static void layout_digits(rstr *out, const digits_t *g, char code, long precision, dtoa_flags fl, int upper) {
    int use_exp;
    long end;
    switch (code) {
    case 'e':
        use_exp = 1;
        end = precision;
        break;
    case 'f':
        use_exp = 0;
        end = g->decpt + precision;
        break;
    case 'g': {
        long limit = fl.add_dot_0 ? precision - 1 : precision;
        use_exp = g->decpt <= -4 || g->decpt > limit;
        end = fl.alt ? precision : g->n;
        break;
    }
    default: /* 'r' */
        use_exp = g->decpt <= -4 || g->decpt > 16;
        end = g->n;
        break;
    }
    long exp = g->decpt - 1;
    long decpt = use_exp ? 1 : g->decpt;
    /* always show a digit after the point for add_dot_0 without exponent */
    long min_end = (!use_exp && fl.add_dot_0) ? decpt + 1 : decpt;
    write_point_and_zeros(out, g, decpt, end > min_end ? end : min_end);
    if (!fl.alt && out->len > 0 && !out->failed && out->p[out->len - 1] == '.') {
        out->len--;
        out->p[out->len] = '\0';
    }
    if (use_exp) {
        char e[24];
        unsigned long ae = exp < 0 ? (unsigned long)-exp : (unsigned long)exp;
        snprintf(e, sizeof e, "%c%c%02lu", upper ? 'E' : 'e', exp < 0 ? '-' : '+', ae);
        rs_puts(out, e);
    }
}

/* PyOS_double_to_string(x, code, precision, flags) for code in
 * "eEfFgGr" (upper case: 'E', "INF", "NAN"), appended to out. */
static void double_to_string(rstr *out, double x, char code, size_t precision, dtoa_flags fl) {
    int upper = code >= 'A' && code <= 'Z';
    if (upper) {
        code = (char)(code - 'A' + 'a');
    }
    if (precision > MAX_FIELD) {
        precision = MAX_FIELD;
    }
    if (isnan(x)) {
        rs_puts(out, upper ? "NAN" : "nan");
        return;
    }
    size_t start = out->len;
    if (signbit(x)) {
        rs_putc(out, '-');
    }
    if (isinf(x)) {
        rs_puts(out, upper ? "INF" : "inf");
        return;
    }
    double ax = fabs(x);
    digits_t g;
    long prec = (long)precision;
    switch (code) {
    case 'e':
        significant_digits(ax, prec + 1, &g);
        prec += 1;
        break;
    case 'f':
        fraction_digits(ax, prec, &g);
        break;
    case 'g':
        prec = prec < 1 ? 1 : prec;
        significant_digits(ax, prec, &g);
        break;
    default:
        shortest_digits(ax, &g);
        prec = 0;
        break;
    }
    int is_zero = g.n == 1 && g.d[0] == '0';
    if (fl.no_neg_0 && is_zero && out->len == start + 1 && !out->failed) {
        out->len = start; /* drop the '-' */
    }
    layout_digits(out, &g, code, prec, fl, upper);
}

/* repr(x) into out[32]; returns the length. */
static size_t float_repr_small(double x, char *out) {
    rstr s = {0};
    dtoa_flags fl = {0, 1, 0};
    char local[40];
    /* repr never exceeds 24 characters; use a stack buffer as storage */
    s.p = local;
    s.cap = sizeof local;
    double_to_string(&s, x, 'r', 0, fl);
    /* a repr always fits, so s.p is still `local` */
    memcpy(out, s.p, s.len + 1);
    return s.len;
}

/* ==== format specs (f"{v:spec}", CPython 3.11's format mini-language) ==
 * A port of pyfmt's parse_format_spec / render_number, which follow
 * Python/formatter_unicode.c. Specs are UTF-8; positions and widths count
 * code points, and widths may be written with any Unicode decimal digit. */

/* The code points with decimal value 0; each starts a run of ten Nd
 * digits (Unicode 14.0.0, Python 3.11). */
static const uint32_t DECIMAL_ZEROS[] = {
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6,
    0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900,
    0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0,
    0x1E950, 0x1FBF0,
};

/* Py_UNICODE_TODECIMAL: the digit value of cp, or -1. */
static int unicode_decimal(uint32_t cp) {
    size_t lo = 0, hi = sizeof DECIMAL_ZEROS / sizeof DECIMAL_ZEROS[0];
    while (lo < hi) { /* first zero > cp */
        size_t mid = (lo + hi) / 2;
        if (DECIMAL_ZEROS[mid] <= cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return -1;
    }
    uint32_t v = cp - DECIMAL_ZEROS[lo - 1];
    return v < 10 ? (int)v : -1;
}

static int ascii_decimal(uint32_t cp) {
    return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
}

/* A spec decoded to code points (small ones stay on the stack). */
typedef struct {
    uint32_t *c;
    size_t n;
    uint32_t small[64];
} cps;

/* Decode UTF-8 (invalid bytes become U+FFFD). Returns 0 when out of memory. */
static int cps_decode(cps *s, const char *text) {
    size_t len = strlen(text);
    s->c = len <= 64 ? s->small : malloc(len * sizeof(uint32_t));
    s->n = 0;
    if (s->c == NULL) {
        return 0;
    }
    const unsigned char *p = (const unsigned char *)text;
    while (*p != 0) {
        uint32_t cp = *p;
        int extra = cp < 0x80 ? 0 : cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : -1;
        if (extra < 0) {
            cp = 0xFFFD;
            extra = 0;
        } else if (extra > 0) {
            cp &= 0x3Fu >> extra;
            for (int i = 1; i <= extra; i++) {
                if ((p[i] & 0xC0) != 0x80) {
                    cp = 0xFFFD;
                    extra = i - 1;
                    break;
                }
                cp = (cp << 6) | (p[i] & 0x3Fu);
            }
        }
        s->c[s->n++] = cp;
        p += extra + 1;
    }
    return 1;
}

static void cps_free(cps *s) {
    if (s->c != s->small) {
        free(s->c);
    }
}

static uint32_t cp_at(const cps *s, size_t i) {
    return i < s->n ? s->c[i] : 0xFFFFFFFFu; /* no character */
}

/* Parse a run of digits at s[*pos] (values from `digit`), advancing pos.
 * Returns -1 (and raises ValueError(too_big)) past `max`, else 1 when
 * digits were read into *out, 0 when there were none. */
static int parse_count(rpy_ctx *ctx, const cps *s, size_t *pos, int (*digit)(uint32_t), uint64_t max,
                       const char *too_big, size_t *out) {
    size_t start = *pos;
    uint64_t acc = 0;
    int d;
    while (*pos < s->n && (d = digit(s->c[*pos])) >= 0) {
        if (acc > (max - (uint64_t)d) / 10) {
            rpy_raise(ctx, RPY_E_VALUE, too_big);
            return -1;
        }
        acc = acc * 10 + (uint64_t)d;
        *pos += 1;
    }
    if (*pos == start) {
        return 0;
    }
    *out = (size_t)acc;
    return 1;
}

/* Reject a width or precision above MAX_FIELD (an implementation limit). */
static int32_t check_field_limit(rpy_ctx *ctx, const char *what, int given, size_t n) {
    if (given && n > MAX_FIELD) {
        return raisef(ctx, RPY_E_VALUE, "a format %s of %zu is not supported (the limit is %zu)", what, n,
                      MAX_FIELD);
    }
    return RPY_OK;
}

enum { GROUP_OFF, GROUP_COMMA, GROUP_UNDERSCORE, GROUP_UNDERSCORE4 };

/* A parsed format spec (CPython's InternalFormatSpec). */
typedef struct {
    uint32_t fill, align, sign; /* sign 0: none */
    int no_neg_0, alternate;
    int has_width, has_precision;
    size_t width, precision;
    int grouping;
    uint32_t ty; /* presentation type; 0: none (floats only) */
} fspec;

static int is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* "'x'" for a printable ASCII code, else "'\xNN'", as CPython's messages. */
static void quoted_code(uint32_t c, char *out, size_t cap) {
    if (c > 32 && c < 128) {
        snprintf(out, cap, "'%c'", (char)c);
    } else {
        snprintf(out, cap, "'\\x%x'", (unsigned)c);
    }
}

static int32_t unknown_code(rpy_ctx *ctx, uint32_t ty, const char *type_name) {
    char q[24];
    quoted_code(ty, q, sizeof q);
    return raisef(ctx, RPY_E_VALUE, "Unknown format code %s for object of type '%s'", q, type_name);
}

/* The [[fill]align][sign]['z']['#']['0'] start of a spec; f->align holds
 * the default alignment on entry. Returns the position after it. */
static size_t parse_align_and_flags(const cps *s, fspec *f) {
    int fill_given = 0, align_given = 0;
    size_t pos = 0;
    uint32_t default_align = f->align;
    if (s->n >= 2 && is_align(s->c[1])) {
        f->fill = s->c[0];
        f->align = s->c[1];
        fill_given = align_given = 1;
        pos = 2;
    } else if (s->n >= 1 && is_align(s->c[0])) {
        f->align = s->c[0];
        align_given = 1;
        pos = 1;
    }
    uint32_t c = cp_at(s, pos);
    if (c == '+' || c == '-' || c == ' ') {
        f->sign = c;
        pos++;
    }
    if (cp_at(s, pos) == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (cp_at(s, pos) == '#') {
        f->alternate = 1;
        pos++;
    }
    /* '0' before the width is a fill, and '=' alignment for numbers,
     * unless a fill or an alignment was given */
    if (!fill_given && cp_at(s, pos) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>') {
            f->align = '=';
        }
        pos++;
    }
    return pos;
}

/* The ',' / '_' part of a spec. */
static int32_t parse_grouping(rpy_ctx *ctx, const cps *s, size_t *pos, int *grouping) {
    static const char both[] = "Cannot specify both ',' and '_'.";
    *grouping = GROUP_OFF;
    if (cp_at(s, *pos) == ',') {
        *grouping = GROUP_COMMA;
        *pos += 1;
    }
    if (cp_at(s, *pos) == '_') {
        if (*grouping != GROUP_OFF) {
            return rpy_raise(ctx, RPY_E_VALUE, both);
        }
        *grouping = GROUP_UNDERSCORE;
        *pos += 1;
    }
    if (cp_at(s, *pos) == ',' && *grouping == GROUP_UNDERSCORE) {
        return rpy_raise(ctx, RPY_E_VALUE, both);
    }
    return RPY_OK;
}

/* Which presentation types allow grouping (PEP 378, PEP 515). */
static int32_t check_grouping_type(rpy_ctx *ctx, fspec *f) {
    if (f->grouping == GROUP_OFF) {
        return RPY_OK;
    }
    char sep = f->grouping == GROUP_COMMA ? ',' : '_';
    switch (f->ty) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return RPY_OK;
    case 'b': case 'o': case 'x': case 'X':
        if (sep == '_') {
            f->grouping = GROUP_UNDERSCORE4;
            return RPY_OK;
        }
        break;
    default:
        break;
    }
    char q[24];
    quoted_code(f->ty, q, sizeof q);
    return raisef(ctx, RPY_E_VALUE, "Cannot specify '%c' with %s.", sep, q);
}

/* CPython's parse_internal_render_format_spec (with the kind-independent
 * checks it performs). */
static int32_t parse_format_spec(rpy_ctx *ctx, const char *spec, const cps *s, const char *type_name,
                                 uint32_t default_type, fspec *f) {
    static const char too_many[] = "Too many decimal digits in format string";
    const uint64_t max = (uint64_t)PTRDIFF_MAX;
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->align = '>';
    f->ty = default_type;
    size_t pos = parse_align_and_flags(s, f);
    int r = parse_count(ctx, s, &pos, unicode_decimal, max, too_many, &f->width);
    if (r < 0) {
        return ctx->status;
    }
    f->has_width = r;
    int32_t st = parse_grouping(ctx, s, &pos, &f->grouping);
    if (st != RPY_OK) {
        return st;
    }
    if (cp_at(s, pos) == '.') {
        pos++;
        r = parse_count(ctx, s, &pos, unicode_decimal, max, too_many, &f->precision);
        if (r < 0) {
            return ctx->status;
        }
        if (r == 0) {
            return rpy_raise(ctx, RPY_E_VALUE, "Format specifier missing precision");
        }
        f->has_precision = 1;
    }
    if (s->n - pos == 1) {
        f->ty = s->c[pos];
    } else if (s->n - pos > 1) {
        return raisef(ctx, RPY_E_VALUE, "Invalid format specifier '%s' for object of type '%s'", spec, type_name);
    }
    return check_grouping_type(ctx, f);
}

/* The checks of CPython's format_long_internal; 'c' is not supported. */
static int32_t check_int_spec(rpy_ctx *ctx, const fspec *f) {
    if (f->has_precision) {
        return rpy_raise(ctx, RPY_E_VALUE, "Precision not allowed in integer format specifier");
    }
    if (f->no_neg_0) {
        return rpy_raise(ctx, RPY_E_VALUE, "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f->ty == 'c') {
        if (f->sign != 0) {
            return rpy_raise(ctx, RPY_E_VALUE, "Sign not allowed with integer format specifier 'c'");
        }
        if (f->alternate) {
            return rpy_raise(ctx, RPY_E_VALUE, "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        return rpy_raise(ctx, RPY_E_VALUE, "format code 'c' is not supported");
    }
    return check_field_limit(ctx, "width", f->has_width, f->width);
}

/* The checks of CPython's format_float_internal. */
static int32_t check_float_spec(rpy_ctx *ctx, const fspec *f) {
    if (f->has_precision && f->precision > (size_t)INT32_MAX) {
        return rpy_raise(ctx, RPY_E_VALUE, "precision too big");
    }
    int32_t st = check_field_limit(ctx, "width", f->has_width, f->width);
    if (st != RPY_OK) {
        return st;
    }
    return check_field_limit(ctx, "precision", f->has_precision, f->precision);
}

/* A formatted number split as CPython's calc_number_widths sees it:
 * [sign][prefix][digits][.][remainder], all ASCII. */
typedef struct {
    int negative;
    const char *prefix;
    const char *digits;
    size_t n_digits;
    int decimal;
    const char *remainder;
    size_t n_remainder;
} number_parts;

/* CPython's _PyUnicode_InsertThousandsGrouping: digits with separators,
 * zero-padded on the left up to min_width characters; the result never
 * starts with a separator. Built reversed, then appended. */
static void group_digits(rstr *out, const char *digits, size_t n, int grouping, size_t min_width_u) {
    long group = grouping == GROUP_OFF ? 0 : (grouping == GROUP_UNDERSCORE4 ? 4 : 3);
    char sep = grouping == GROUP_COMMA ? ',' : '_';
    long remaining = (long)n;
    long min_width = (long)min_width_u;
    rstr rev = {0};
    for (;;) {
        long wanted = remaining > min_width ? remaining : min_width;
        wanted = wanted < 1 ? 1 : wanted;
        long len = group == 0 ? wanted : (wanted < group ? wanted : group);
        long n_zeros = len - remaining > 0 ? len - remaining : 0;
        long n_chars = remaining < len ? remaining : len;
        n_chars = n_chars < 0 ? 0 : n_chars;
        if (group != 0 && rev.len > 0) {
            rs_putc(&rev, sep);
        }
        for (long i = 0; i < n_chars; i++) {
            rs_putc(&rev, digits[remaining - 1 - i]);
        }
        rs_repeat(&rev, '0', (size_t)n_zeros);
        remaining -= n_chars;
        min_width -= len;
        if (group == 0 || (remaining <= 0 && min_width <= 0) || rev.failed) {
            break;
        }
        min_width -= 1; /* the separator */
    }
    if (rev.failed) {
        out->failed = 1;
    } else if (rev.len > 0 && grow(&out->p, &out->cap, out->len, rev.len)) {
        for (size_t i = 0; i < rev.len; i++) {
            out->p[out->len + i] = rev.p[rev.len - 1 - i];
        }
        out->len += rev.len;
        out->p[out->len] = '\0';
    } else if (rev.len > 0) {
        out->failed = 1;
    }
    free(rev.p);
}

/* Lay out a number in its field: sign, '=' padding after the sign and
 * prefix, zero padding merged into the grouping ('08,' gives
 * "0,001,234"), alignment (render_number). */
static void render_number(rstr *out, const number_parts *p, const fspec *f) {
    char sign = 0;
    if (p->negative) {
        sign = '-';
    } else if (f->sign == '+' || f->sign == ' ') {
        sign = (char)f->sign;
    }
    size_t non_digits = (sign != 0) + strlen(p->prefix) + (p->decimal != 0) + p->n_remainder;
    size_t width = f->has_width ? f->width : 0;
    size_t min_width = 0;
    if (f->fill == '0' && f->align == '=') {
        min_width = width > non_digits ? width - non_digits : 0;
    }
    rstr grouped = {0};
    if (p->n_digits > 0) {
        group_digits(&grouped, p->digits, p->n_digits, f->grouping, min_width);
    }
    size_t used = non_digits + grouped.len;
    size_t padding = width > used ? width - used : 0;
    size_t left = 0, inner = 0, right = 0;
    switch (f->align) {
    case '=': inner = padding; break;
    case '>': left = padding; break;
    case '^': left = padding / 2; right = padding - padding / 2; break;
    default: right = padding; break;
    }
    rs_fill(out, f->fill, left);
    if (sign != 0) {
        rs_putc(out, sign);
    }
    rs_puts(out, p->prefix);
    rs_fill(out, f->fill, inner);
    if (grouped.len > 0) {
        rs_put(out, grouped.p, grouped.len);
    }
    if (grouped.failed) {
        out->failed = 1;
    }
    if (p->decimal) {
        rs_putc(out, '.');
    }
    rs_put(out, p->remainder, p->n_remainder);
    rs_fill(out, f->fill, right);
    free(grouped.p);
}

/* int.__format__ for the types b d o x X n (C locale for 'n'). */
static void format_int(rstr *out, int64_t v, const fspec *f) {
    char digits[72];
    size_t n = u64_in_base(uabs64(v), f->ty, digits);
    const char *prefix = "";
    if (f->alternate) {
        switch (f->ty) {
        case 'b': prefix = "0b"; break;
        case 'o': prefix = "0o"; break;
        case 'x': prefix = "0x"; break;
        case 'X': prefix = "0X"; break;
        default: break;
        }
    }
    number_parts p = {v < 0, prefix, digits, n, 0, "", 0};
    render_number(out, &p, f);
}

/* Split PyOS_double_to_string output as CPython's parse_number: sign,
 * leading digits, an optional point, and the rest (fraction, exponent,
 * "inf", '%'). */
static number_parts float_parts(const char *text, size_t len) {
    number_parts p = {0, "", NULL, 0, 0, NULL, 0};
    size_t i = 0;
    if (len > 0 && text[0] == '-') {
        p.negative = 1;
        i = 1;
    }
    p.digits = text + i;
    while (i < len && text[i] >= '0' && text[i] <= '9') {
        i++;
        p.n_digits++;
    }
    if (i < len && text[i] == '.') {
        p.decimal = 1;
        i++;
    }
    p.remainder = text + i;
    p.n_remainder = len - i;
    return p;
}

/* CPython's format_float_internal (C locale for 'n'). */
static void format_float(rstr *out, double x, const fspec *f) {
    dtoa_flags fl = {f->alternate, f->ty == 0, f->no_neg_0};
    /* no type: like repr without a precision, like 'g' (keeping a ".0")
     * with one; '%' is 'f' of x * 100 */
    char code;
    if (f->ty == 0 && !f->has_precision) {
        code = 'r';
    } else if (f->ty == 0 || f->ty == 'n') {
        code = 'g';
    } else if (f->ty == '%') {
        code = 'f';
        x = x * 100.0;
    } else {
        code = (char)f->ty;
    }
    size_t precision = f->has_precision ? f->precision : (f->ty == 0 ? 0 : 6);
    rstr text = {0};
    double_to_string(&text, x, code, precision, fl);
    if (f->ty == '%') {
        rs_putc(&text, '%');
    }
    if (text.failed) {
        out->failed = 1;
    } else {
        number_parts p = float_parts(text.p, text.len);
        render_number(out, &p, f);
    }
    free(text.p);
}

/* ==== %-formatting ('%5d' % v, CPython's unicode_format_arg_*) ========= */

enum { KIND_INT, KIND_FLOAT, KIND_BOOL, KIND_NONE };

static const char *const KIND_NAMES[] = {"int", "float", "bool", "NoneType"};

/* A value to format. */
typedef struct {
    int kind;
    int64_t i; /* int, bool */
    double f;  /* float */
} fvalue;

/* float(v) for a number; int to float is correctly rounded. */
static double fv_as_float(const fvalue *v) {
    return v->kind == KIND_FLOAT ? v->f : (double)v->i;
}

/* str(v) appended to out. */
static void str_of(rstr *out, const fvalue *v) {
    char buf[40];
    switch (v->kind) {
    case KIND_INT:
        if (v->i < 0) {
            rs_putc(out, '-');
        }
        rs_put(out, buf, u64_decimal(uabs64(v->i), buf));
        break;
    case KIND_FLOAT:
        rs_put(out, buf, float_repr_small(v->f, buf));
        break;
    case KIND_BOOL:
        rs_puts(out, v->i ? "True" : "False");
        break;
    default:
        rs_puts(out, "None");
        break;
    }
}

/* A parsed %-conversion (CPython's struct unicode_format_arg_t). */
typedef struct {
    int ljust, plus, blank, alt, zero;
    int has_width, has_precision;
    size_t width, precision;
    uint32_t conv;
} pspec;

static int is_text_conv(uint32_t c) {
    return c == 's' || c == 'r' || c == 'a';
}

/* The conversion whose '%' is just before s[start] (CPython's
 * unicode_format_arg_parse plus the conversion-character check); *end
 * receives the index after the conversion character. */
static int32_t parse_conversion(rpy_ctx *ctx, const cps *s, size_t start, pspec *sp, size_t *end) {
    static const char star[] = "'*' widths and precisions in %-format strings are not supported";
    memset(sp, 0, sizeof *sp);
    if (cp_at(s, start) == '(') {
        return rpy_raise(ctx, RPY_E_VALUE, "mapping keys ('%(name)s') in %-format strings are not supported");
    }
    size_t pos = start;
    for (;; pos++) {
        uint32_t c = cp_at(s, pos);
        if (c == '-') sp->ljust = 1;
        else if (c == '+') sp->plus = 1;
        else if (c == ' ') sp->blank = 1;
        else if (c == '#') sp->alt = 1;
        else if (c == '0') sp->zero = 1;
        else break;
    }
    if (cp_at(s, pos) == '*') {
        return rpy_raise(ctx, RPY_E_VALUE, star);
    }
    int r = parse_count(ctx, s, &pos, ascii_decimal, (uint64_t)PTRDIFF_MAX, "width too big", &sp->width);
    if (r < 0) {
        return ctx->status;
    }
    sp->has_width = r;
    if (cp_at(s, pos) == '.') {
        pos++;
        if (cp_at(s, pos) == '*') {
            return rpy_raise(ctx, RPY_E_VALUE, star);
        }
        r = parse_count(ctx, s, &pos, ascii_decimal, (uint64_t)INT32_MAX, "precision too big", &sp->precision);
        if (r < 0) {
            return ctx->status;
        }
        sp->has_precision = 1;
        if (r == 0) {
            sp->precision = 0;
        }
    }
    uint32_t c = cp_at(s, pos);
    if (c == 'h' || c == 'l' || c == 'L') {
        pos++;
    }
    if (pos >= s->n) {
        return rpy_raise(ctx, RPY_E_VALUE, "incomplete format");
    }
    c = s->c[pos];
    if (c >= 0x80 || strchr("sradiuoxXeEfFgGc", (int)c) == NULL || c == 0) {
        char shown = (c >= ' ' && c <= '~') || c == 0x1F ? (char)c : '?';
        return raisef(ctx, RPY_E_VALUE, "unsupported format character '%c' (0x%x) at index %zu", shown,
                      (unsigned)c, pos);
    }
    sp->conv = c;
    int32_t st = check_field_limit(ctx, "width", sp->has_width, sp->width);
    if (st == RPY_OK && !is_text_conv(c)) {
        st = check_field_limit(ctx, "precision", sp->has_precision, sp->precision);
    }
    *end = pos + 1;
    return st;
}

/* Rust's `{:?}` of a string, for the oracle's messages about malformed
 * conversions: quoted, with \" \\ \n \r \t \0 and \u{..} for other ASCII
 * controls (non-ASCII characters are copied as they are). */
static void rust_debug_str(const char *text, char *out, size_t cap) {
    rstr s = {0};
    rs_putc(&s, '"');
    for (const char *p = text; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;
        char esc[16];
        switch (c) {
        case '"': rs_puts(&s, "\\\""); break;
        case '\\': rs_puts(&s, "\\\\"); break;
        case '\n': rs_puts(&s, "\\n"); break;
        case '\r': rs_puts(&s, "\\r"); break;
        case '\t': rs_puts(&s, "\\t"); break;
        default:
            if (c < 0x20 || c == 0x7F) {
                snprintf(esc, sizeof esc, "\\u{%x}", (unsigned)c);
                rs_puts(&s, esc);
            } else {
                rs_putc(&s, (char)c);
            }
        }
    }
    rs_putc(&s, '"');
    snprintf(out, cap, "%s", s.failed ? "\"?\"" : s.p);
    free(s.p);
}

/* Parse a lone conversion such as "%-8.3f". */
static int32_t parse_single_conversion(rpy_ctx *ctx, const char *conv, pspec *sp) {
    cps s;
    if (!cps_decode(&s, conv)) {
        return rpy_raise(ctx, RPY_E_MEMORY, MSG_NO_MEMORY);
    }
    int32_t st;
    size_t end = 0;
    if (cp_at(&s, 0) != '%') {
        char dbg[RPY_MSG_CAP];
        rust_debug_str(conv, dbg, sizeof dbg);
        st = raisef(ctx, RPY_E_VALUE, "%s is not a %%-conversion", dbg);
    } else {
        st = parse_conversion(ctx, &s, 1, sp, &end);
        if (st == RPY_OK && end != s.n) {
            char dbg[RPY_MSG_CAP];
            rust_debug_str(conv, dbg, sizeof dbg);
            st = raisef(ctx, RPY_E_VALUE, "%s is not a single %%-conversion", dbg);
        }
    }
    cps_free(&s);
    return st;
}

/* The TypeErrors of CPython's mainformatlong and formatfloat; %c is not
 * supported (a ValueError). */
static int32_t check_conversion_kind(rpy_ctx *ctx, uint32_t conv, int kind) {
    const char *name = KIND_NAMES[kind];
    int number = kind != KIND_NONE;
    int integer = kind == KIND_INT || kind == KIND_BOOL;
    switch (conv) {
    case 'd': case 'i': case 'u':
        if (!number) {
            return raisef(ctx, RPY_E_TYPE, "%%%c format: a real number is required, not %s", (char)conv, name);
        }
        break;
    case 'o': case 'x': case 'X':
        if (!integer) {
            return raisef(ctx, RPY_E_TYPE, "%%%c format: an integer is required, not %s", (char)conv, name);
        }
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (!number) {
            return raisef(ctx, RPY_E_TYPE, "must be real number, not %s", name);
        }
        break;
    case 'c':
        return rpy_raise(ctx, RPY_E_VALUE, "the %c conversion is not supported");
    default:
        break;
    }
    return RPY_OK;
}

/* The text of an integer conversion (d i u o x X) before padding, as
 * CPython's _PyUnicode_FormatLong: sign, 0o/0x/0X for '#', zeros up to
 * the precision, digits. A float is truncated first (int(x)). */
static int32_t percent_int(rpy_ctx *ctx, rstr *out, const fvalue *v, const pspec *sp) {
    char buf[400];
    size_t n;
    int negative;
    if (v->kind == KIND_FLOAT) {
        if (isnan(v->f)) {
            return rpy_raise(ctx, RPY_E_VALUE, "cannot convert float NaN to integer");
        }
        if (isinf(v->f)) {
            return rpy_raise(ctx, RPY_E_OVERFLOW, "cannot convert float infinity to integer");
        }
        double t = trunc(v->f);
        negative = t < 0.0;
        /* printf prints an integral double exactly */
        int k = snprintf(buf, sizeof buf, "%.0f", fabs(t));
        n = k < 0 ? 0 : (size_t)k;
    } else {
        negative = v->i < 0;
        n = u64_in_base(uabs64(v->i), sp->conv, buf);
    }
    if (negative) {
        rs_putc(out, '-');
    }
    if (sp->alt) {
        switch (sp->conv) {
        case 'o': rs_puts(out, "0o"); break;
        case 'x': rs_puts(out, "0x"); break;
        case 'X': rs_puts(out, "0X"); break;
        default: break;
        }
    }
    if (sp->has_precision && sp->precision > n) {
        rs_repeat(out, '0', sp->precision - n);
    }
    rs_put(out, buf, n);
    return RPY_OK;
}

/* Pad a converted value into its field (unicode_format_arg_output):
 * truncation for s r a, the sign ('+', ' ') and '0' fill for numbers,
 * the 0x/0X/0o prefix kept before zero padding, '-' for left alignment.
 * The text is ASCII. */
static void percent_output(rstr *out, const char *text, size_t len, const pspec *sp) {
    int numeric = !is_text_conv(sp->conv);
    char fill = numeric && sp->zero ? '0' : ' ';
    const char *body = text;
    if (!numeric && sp->has_precision && sp->precision < len) {
        len = sp->precision;
    }
    char sign = 0;
    if (numeric) {
        if (len > 0 && (body[0] == '-' || body[0] == '+')) {
            sign = body[0];
            body++;
            len--;
        } else if (sp->plus) {
            sign = '+';
        } else if (sp->blank) {
            sign = ' ';
        }
    }
    size_t width = sp->has_width && sp->width > len ? sp->width : len;
    if (sign != 0 && width > len) {
        width--;
    }
    size_t prefix_len = sp->alt && (sp->conv == 'x' || sp->conv == 'X' || sp->conv == 'o') ? 2 : 0;
    size_t taken = len > prefix_len ? len : prefix_len;
    size_t padding = width > taken ? width - taken : 0;
    if (prefix_len > len) {
        prefix_len = len;
    }
    size_t left = sp->ljust ? 0 : padding, right = sp->ljust ? padding : 0;
    if (fill == ' ') {
        rs_repeat(out, ' ', left);
    }
    if (sign != 0) {
        rs_putc(out, sign);
    }
    rs_put(out, body, prefix_len);
    if (fill != ' ') {
        rs_repeat(out, fill, left);
    }
    rs_put(out, body + prefix_len, len - prefix_len);
    rs_repeat(out, ' ', right);
}

/* conv % (v,) appended to out. */
static int32_t percent_value(rpy_ctx *ctx, rstr *out, const fvalue *v, const char *conv) {
    pspec sp;
    int32_t st = parse_single_conversion(ctx, conv, &sp);
    if (st == RPY_OK) {
        st = check_conversion_kind(ctx, sp.conv, v->kind);
    }
    if (st != RPY_OK) {
        return st;
    }
    rstr text = {0};
    switch (sp.conv) {
    case 's': case 'r': case 'a':
        str_of(&text, v);
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        dtoa_flags fl = {sp.alt, 0, 0};
        double_to_string(&text, fv_as_float(v), (char)sp.conv, sp.has_precision ? sp.precision : 6, fl);
        break;
    }
    default:
        st = percent_int(ctx, &text, v, &sp);
        break;
    }
    if (st == RPY_OK && !text.failed) {
        percent_output(out, text.p == NULL ? "" : text.p, text.len, &sp);
    }
    if (text.failed) {
        out->failed = 1;
    }
    free(text.p);
    return st;
}

/* ==== print ============================================================ */

static int line_failed(const rpy_ctx *ctx) {
    return ctx->buf_len == LINE_FAILED;
}

/* Append to the line; on allocation failure the line is marked failed
 * and the next fallible print call raises MemoryError. */
static void line_append(rpy_ctx *ctx, const char *p, size_t n) {
    if (line_failed(ctx)) {
        return;
    }
    if (!grow(&ctx->buf, &ctx->buf_cap, ctx->buf_len, n)) {
        ctx->buf_len = LINE_FAILED;
        return;
    }
    memcpy(ctx->buf + ctx->buf_len, p, n);
    ctx->buf_len += n;
    ctx->buf[ctx->buf_len] = '\0';
}

/* Move a finished piece into the line, or raise MemoryError. */
static int32_t line_take(rpy_ctx *ctx, rstr *s, int32_t st) {
    if (st == RPY_OK && s->failed) {
        ctx->buf_len = LINE_FAILED;
    }
    if (st == RPY_OK && s->len > 0) {
        line_append(ctx, s->p, s->len);
    }
    free(s->p);
    if (st == RPY_OK && line_failed(ctx)) {
        st = rpy_raise(ctx, RPY_E_MEMORY, MSG_NO_MEMORY);
    }
    return st;
}

void rpy_print_begin(rpy_ctx *ctx) {
    ctx->buf_len = 0;
    if (ctx->buf != NULL) {
        ctx->buf[0] = '\0';
    }
}

void rpy_print_lit(rpy_ctx *ctx, const char *s, size_t len) {
    line_append(ctx, s, len);
}

void rpy_print_int(rpy_ctx *ctx, int64_t v) {
    char buf[24];
    size_t n = 0;
    if (v < 0) {
        buf[n++] = '-';
    }
    n += u64_decimal(uabs64(v), buf + n);
    line_append(ctx, buf, n);
}

void rpy_print_float(rpy_ctx *ctx, double v) {
    char buf[40];
    line_append(ctx, buf, float_repr_small(v, buf));
}

void rpy_print_bool(rpy_ctx *ctx, int64_t v) {
    if (v) {
        line_append(ctx, "True", 4);
    } else {
        line_append(ctx, "False", 5);
    }
}

void rpy_print_none(rpy_ctx *ctx) {
    line_append(ctx, "None", 4);
}

/* format(v, spec) for an int, bool or float value (pyfmt's plan_format
 * and format_value): errors are ValueErrors. */
static int32_t format_number(rpy_ctx *ctx, const fvalue *v, const char *spec) {
    if (line_failed(ctx)) {
        return rpy_raise(ctx, RPY_E_MEMORY, MSG_NO_MEMORY);
    }
    rstr out = {0};
    if (spec[0] == '\0') {
        str_of(&out, v);
        return line_take(ctx, &out, RPY_OK);
    }
    cps s;
    if (!cps_decode(&s, spec)) {
        return rpy_raise(ctx, RPY_E_MEMORY, MSG_NO_MEMORY);
    }
    const char *name = KIND_NAMES[v->kind];
    fspec f;
    int is_float = v->kind == KIND_FLOAT;
    int32_t st = parse_format_spec(ctx, spec, &s, name, is_float ? 0 : 'd', &f);
    cps_free(&s);
    if (st != RPY_OK) {
        return st;
    }
    switch (f.ty) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X':
        if (is_float) {
            return unknown_code(ctx, f.ty, name);
        }
        st = check_int_spec(ctx, &f);
        if (st == RPY_OK) {
            format_int(&out, v->i, &f);
        }
        break;
    case 'n':
        if (is_float) {
            st = check_float_spec(ctx, &f);
            if (st == RPY_OK) {
                format_float(&out, v->f, &f);
            }
        } else {
            st = check_int_spec(ctx, &f);
            if (st == RPY_OK) {
                format_int(&out, v->i, &f);
            }
        }
        break;
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        if (f.ty == 0 && !is_float) {
            return unknown_code(ctx, f.ty, name); /* not reached: ints default to 'd' */
        }
        st = check_float_spec(ctx, &f);
        if (st == RPY_OK) {
            format_float(&out, fv_as_float(v), &f);
        }
        break;
    default:
        return unknown_code(ctx, f.ty, name);
    }
    return line_take(ctx, &out, st);
}

int32_t rpy_print_format_int(rpy_ctx *ctx, int64_t v, const char *spec) {
    fvalue fv = {KIND_INT, v, 0.0};
    return format_number(ctx, &fv, spec);
}

int32_t rpy_print_format_float(rpy_ctx *ctx, double v, const char *spec) {
    fvalue fv = {KIND_FLOAT, 0, v};
    return format_number(ctx, &fv, spec);
}

int32_t rpy_print_format_bool(rpy_ctx *ctx, int64_t v, const char *spec) {
    fvalue fv = {KIND_BOOL, v != 0, 0.0};
    return format_number(ctx, &fv, spec);
}

static int32_t print_percent(rpy_ctx *ctx, const fvalue *v, const char *conv) {
    if (line_failed(ctx)) {
        return rpy_raise(ctx, RPY_E_MEMORY, MSG_NO_MEMORY);
    }
    rstr out = {0};
    int32_t st = percent_value(ctx, &out, v, conv);
    return line_take(ctx, &out, st);
}

int32_t rpy_print_percent_int(rpy_ctx *ctx, int64_t v, const char *conv) {
    fvalue fv = {KIND_INT, v, 0.0};
    return print_percent(ctx, &fv, conv);
}

int32_t rpy_print_percent_float(rpy_ctx *ctx, double v, const char *conv) {
    fvalue fv = {KIND_FLOAT, 0, v};
    return print_percent(ctx, &fv, conv);
}

int32_t rpy_print_percent_bool(rpy_ctx *ctx, int64_t v, const char *conv) {
    fvalue fv = {KIND_BOOL, v != 0, 0.0};
    return print_percent(ctx, &fv, conv);
}

int32_t rpy_print_percent_none(rpy_ctx *ctx, const char *conv) {
    fvalue fv = {KIND_NONE, 0, 0.0};
    return print_percent(ctx, &fv, conv);
}

int32_t rpy_print_end(rpy_ctx *ctx) {
    if (line_failed(ctx)) {
        rpy_print_begin(ctx);
        return rpy_raise(ctx, RPY_E_MEMORY, MSG_NO_MEMORY);
    }
    const char *text = ctx->buf != NULL ? ctx->buf : "";
    size_t len = ctx->buf_len;
    int32_t code = RPY_OK;
    if (ctx->host != NULL && ctx->host->print != NULL) {
        code = ctx->host->print(ctx->host->data, text, len);
    } else if (len > 0) {
        fwrite(text, 1, len, stdout);
    }
    rpy_print_begin(ctx);
    if (code != RPY_OK) {
        rpy_raise(ctx, code, "");
    }
    return code;
}

typedef struct rpy_exc_rec {
    int32_t status;
    uint32_t line, col;
    const char *func;
    int heap; /* 0: the static MemoryError record */
    char msg[RPY_MSG_CAP];
} rpy_exc_rec;

static rpy_exc_rec exc_no_memory = {RPY_E_MEMORY, 0, 0, NULL, 0, "out of memory"};

int64_t rpy_exc_take(rpy_ctx *ctx) {
    rpy_exc_rec *e = (rpy_exc_rec *)malloc(sizeof *e);
    if (e == NULL) {
        rpy_ctx_clear_error(ctx);
        return (int64_t)(intptr_t)&exc_no_memory;
    }
    e->status = ctx->status;
    e->line = ctx->err_line;
    e->col = ctx->err_col;
    e->func = ctx->err_func;
    e->heap = 1;
    memcpy(e->msg, ctx->msg, RPY_MSG_CAP);
    rpy_ctx_clear_error(ctx);
    return (int64_t)(intptr_t)e;
}

void rpy_print_exc(rpy_ctx *ctx, int64_t exc) {
    const rpy_exc_rec *e = (const rpy_exc_rec *)(intptr_t)exc;
    const char *m = e->msg;
    size_t n = strlen(m);
    if (e->status != RPY_E_KEY) {
        line_append(ctx, m, n);
        return;
    }
    /* repr of the key, as Python writes a str */
    int has_sq = memchr(m, '\'', n) != NULL, has_dq = memchr(m, '"', n) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    line_append(ctx, &q, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)m[i];
        char buf[5];
        const char *s = buf;
        size_t len = 2;
        if (c == '\\' || c == (unsigned char)q) { buf[0] = '\\'; buf[1] = (char)c; }
        else if (c == '\n') s = "\\n";
        else if (c == '\r') s = "\\r";
        else if (c == '\t') s = "\\t";
        else if (c < 0x20 || c == 0x7f) { snprintf(buf, sizeof buf, "\\x%02x", c); len = 4; }
        else { buf[0] = (char)c; len = 1; }
        line_append(ctx, s, len);
    }
    line_append(ctx, &q, 1);
}

int64_t rpy_exc_code(int64_t exc) {
    return ((const rpy_exc_rec *)(intptr_t)exc)->status;
}

void rpy_exc_drop(int64_t exc) {
    rpy_exc_rec *e = (rpy_exc_rec *)(intptr_t)exc;
    if (e->heap) free(e);
}

int32_t rpy_exc_reraise(rpy_ctx *ctx, int64_t exc) {
    const rpy_exc_rec *e = (const rpy_exc_rec *)(intptr_t)exc;
    ctx->status = e->status;
    ctx->err_line = e->line;
    ctx->err_col = e->col;
    ctx->err_func = e->func;
    memcpy(ctx->msg, e->msg, RPY_MSG_CAP);
    return e->status;
}

int32_t rpy_exc_rethrow(rpy_ctx *ctx, int64_t exc) {
    int32_t st = rpy_exc_reraise(ctx, exc);
    rpy_exc_drop(exc);
    return st;
}

int32_t rpy_raise_line(rpy_ctx *ctx, int32_t code, uint32_t line, uint32_t col, const char *func) {
    int32_t st;
    if (line_failed(ctx)) {
        st = rpy_raise_at(ctx, RPY_E_MEMORY, MSG_NO_MEMORY, line, col, func);
    } else {
        st = rpy_raise_at(ctx, code, ctx->buf != NULL ? ctx->buf : "", line, col, func);
    }
    rpy_print_begin(ctx);
    return st;
}

/* ==== text helpers ===================================================== */

size_t rpy_float_repr(double x, char *out, size_t cap) {
    char buf[40];
    size_t n = float_repr_small(x, buf);
    if (cap == 0) {
        return 0;
    }
    if (n > cap - 1) {
        n = cap - 1;
    }
    memcpy(out, buf, n);
    out[n] = '\0';
    return n;
}

/* ---- objects ------------------------------------------------------------ */

int32_t rpy_obj_new(rpy_ctx *ctx, const rpy_class *cls, void **out) {
    rpy_object *o = (rpy_object *)calloc(1, cls->size);
    if (o == NULL) {
        *out = NULL;
        return rpy_raise(ctx, RPY_E_MEMORY, "out of memory");
    }
    o->refcnt = 1;
    o->cls = cls;
    *out = o;
    return RPY_OK;
}

void rpy_obj_incref(void *p) {
    if (p != NULL) ((rpy_object *)p)->refcnt += 1;
}

/* Free `o` (refcnt 0) and everything only it kept alive. Dead objects
 * are chained through their `host` slot (NULL in a dead object: a host
 * wrapper holds a reference), so no recursion and no allocation. */
static void rpy_obj_release(rpy_object *o) {
    o->host = NULL;
    rpy_object *stack = o;
    while (stack != NULL) {
        rpy_object *cur = stack;
        stack = (rpy_object *)cur->host;
        const rpy_class *c = cur->cls;
        if (c->kind == RPY_KIND_LIST) {
            rpy_list *l = (rpy_list *)cur;
            if (c->elem == RPY_ELEM_REF) {
                for (int64_t i = 0; i < l->len; i++) {
                    rpy_object *f = (rpy_object *)(uintptr_t)l->items[i];
                    if (f != NULL && --f->refcnt == 0) {
                        f->host = stack;
                        stack = f;
                    }
                }
            }
            free(l->items);
        }
        for (uint32_t i = 0; i < c->nrefs; i++) {
            rpy_object *f = *(rpy_object **)((char *)cur + c->ref_offsets[i]);
            if (f != NULL && --f->refcnt == 0) {
                f->host = stack;
                stack = f;
            }
        }
        free(cur);
    }
}

void rpy_obj_free(void *p) {
    rpy_obj_release((rpy_object *)p);
}

void rpy_obj_decref(void *p) {
    rpy_object *o = (rpy_object *)p;
    if (o != NULL && --o->refcnt == 0) rpy_obj_release(o);
}

void rpy_obj_set_ref(void *o, int64_t offset, void *v) {
    void **slot = (void **)((char *)o + offset);
    void *old = *slot;
    rpy_obj_incref(v);
    *slot = v;
    rpy_obj_decref(old);
}

/* ==== lists ============================================================ */

static const rpy_class LIST_CLASSES[4] = {
    {"list", (uint32_t)sizeof(rpy_list), 0, NULL, RPY_KIND_LIST, RPY_ELEM_INT, NULL},
    {"list", (uint32_t)sizeof(rpy_list), 0, NULL, RPY_KIND_LIST, RPY_ELEM_FLOAT, NULL},
    {"list", (uint32_t)sizeof(rpy_list), 0, NULL, RPY_KIND_LIST, RPY_ELEM_BOOL, NULL},
    {"list", (uint32_t)sizeof(rpy_list), 0, NULL, RPY_KIND_LIST, RPY_ELEM_REF, NULL},
};

/* The lists of `*args` (a tuple of one item type): lists that print as
 * tuples; the compiler makes no mutating operation on them. Marked by a
 * non-NULL `kinds`. */
static const uint8_t ARGS_MARK[1] = {0};
static const rpy_class ARGS_CLASSES[4] = {
    {"tuple", (uint32_t)sizeof(rpy_list), 0, NULL, RPY_KIND_LIST, RPY_ELEM_INT, ARGS_MARK},
    {"tuple", (uint32_t)sizeof(rpy_list), 0, NULL, RPY_KIND_LIST, RPY_ELEM_FLOAT, ARGS_MARK},
    {"tuple", (uint32_t)sizeof(rpy_list), 0, NULL, RPY_KIND_LIST, RPY_ELEM_BOOL, ARGS_MARK},
    {"tuple", (uint32_t)sizeof(rpy_list), 0, NULL, RPY_KIND_LIST, RPY_ELEM_REF, ARGS_MARK},
};

const rpy_class *rpy_list_class(int64_t elem) {
    if (elem & 4) return &ARGS_CLASSES[(uint64_t)elem & 3];
    return &LIST_CLASSES[(uint64_t)elem & 3];
}

static double as_f(uint64_t w);
static uint64_t from_f(double d);

static const rpy_class ARRAY_CLASSES[5] = {
    {"f64[:]", (uint32_t)sizeof(rpy_array), 0, NULL, RPY_KIND_ARRAY, RPY_ARR_F64, NULL},
    {"i64[:]", (uint32_t)sizeof(rpy_array), 0, NULL, RPY_KIND_ARRAY, RPY_ARR_I64, NULL},
    {"i32[:]", (uint32_t)sizeof(rpy_array), 0, NULL, RPY_KIND_ARRAY, RPY_ARR_I32, NULL},
    {"f32[:]", (uint32_t)sizeof(rpy_array), 0, NULL, RPY_KIND_ARRAY, RPY_ARR_F32, NULL},
    {"u8[:]", (uint32_t)sizeof(rpy_array), 0, NULL, RPY_KIND_ARRAY, RPY_ARR_U8, NULL},
};

void *rpy_array_view(int64_t elem, void *data, int64_t len, int64_t readonly) {
    if (elem < 0 || elem > RPY_ARR_U8) return NULL;
    rpy_array *a = (rpy_array *)calloc(1, sizeof(rpy_array));
    if (a == NULL) return NULL;
    a->head.refcnt = 1;
    a->head.cls = &ARRAY_CLASSES[elem];
    a->len = len;
    a->readonly = readonly != 0;
    a->data = data;
    return a;
}

/* Item `i` (in range) of array `a` as an IR word. */
static uint64_t array_load(const rpy_array *a, int64_t i) {
    switch (a->head.cls->elem) {
    case RPY_ARR_F64: return from_f(((const double *)a->data)[i]);
    case RPY_ARR_I64: return (uint64_t)((const int64_t *)a->data)[i];
    case RPY_ARR_I32: return (uint64_t)(int64_t)((const int32_t *)a->data)[i];
    case RPY_ARR_F32: return from_f((double)((const float *)a->data)[i]);
    default: return (uint64_t)((const uint8_t *)a->data)[i];
    }
}

/* Store IR word `w` into item `i` (in range) of `a`: checked. */
static int32_t array_store(rpy_ctx *ctx, rpy_array *a, int64_t i, uint64_t w) {
    if (a->readonly) return rpy_raise(ctx, RPY_E_TYPE, "cannot write into a read-only buffer");
    switch (a->head.cls->elem) {
    case RPY_ARR_F64: ((double *)a->data)[i] = as_f(w); break;
    case RPY_ARR_I64: ((int64_t *)a->data)[i] = (int64_t)w; break;
    case RPY_ARR_I32:
        if ((int64_t)w < INT32_MIN || (int64_t)w > INT32_MAX) return rpy_raise(ctx, RPY_E_OVERFLOW, "value out of range for an i32 array");
        ((int32_t *)a->data)[i] = (int32_t)(int64_t)w;
        break;
    case RPY_ARR_F32: ((float *)a->data)[i] = (float)as_f(w); break;
    default:
        if (w > 255) return rpy_raise(ctx, RPY_E_OVERFLOW, "value out of range for a u8 array");
        ((uint8_t *)a->data)[i] = (uint8_t)w;
    }
    return RPY_OK;
}


/* ---- str ---------------------------------------------------------------- */

static int32_t list_reserve(rpy_ctx *ctx, rpy_list *l, int64_t need);
static int32_t list_alloc(rpy_ctx *ctx, const rpy_class *cls, int64_t cap, rpy_list **out);
static int32_t slice_indices(rpy_ctx *ctx, int64_t len, const uint64_t *a, int64_t *start, int64_t *stop, int64_t *step, int64_t *count);

static const rpy_class STR_CLASS = {"str", (uint32_t)sizeof(rpy_str), 0, NULL, RPY_KIND_STR, 0, NULL};

static int64_t utf8_count(const char *p, int64_t n) {
    int64_t c = 0;
    for (int64_t i = 0; i < n; i++) c += ((unsigned char)p[i] & 0xC0) != 0x80;
    return c;
}

static rpy_str *str_alloc(int64_t nbytes) {
    if (nbytes < 0 || nbytes > INT64_MAX / 2) return NULL;
    rpy_str *r = (rpy_str *)malloc(sizeof(rpy_str) + (size_t)nbytes + 1);
    if (r == NULL) return NULL;
    r->head.refcnt = 1;
    r->head.cls = &STR_CLASS;
    r->head.host = NULL;
    r->nbytes = nbytes;
    r->data[nbytes] = '\0';
    return r;
}

void *rpy_str_new(const char *data, int64_t n) {
    rpy_str *r = str_alloc(n);
    if (r == NULL) return NULL;
    memcpy(r->data, data, (size_t)n);
    r->nchars = utf8_count(data, n);
    return r;
}

static int32_t str_out(rpy_ctx *ctx, rpy_str *r, uint64_t *out) {
    if (r == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
    *out = (uint64_t)(uintptr_t)r;
    return RPY_OK;
}

/* Byte offset of code point `i` (0 <= i <= nchars). */
static int64_t str_offset(const rpy_str *s, int64_t i) {
    if (s->nchars == s->nbytes) return i;
    int64_t b = 0, c = 0;
    while (b < s->nbytes && c < i) {
        b++;
        while (b < s->nbytes && ((unsigned char)s->data[b] & 0xC0) == 0x80) b++;
        c++;
    }
    return b;
}

static int str_cmp(const rpy_str *a, const rpy_str *b) {
    int64_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c != 0) return c;
    return (a->nbytes > b->nbytes) - (a->nbytes < b->nbytes);
}

/* Byte position of `sub` in `s` at or after byte `from`, or -1. */
static int64_t str_search(const rpy_str *s, const rpy_str *sub, int64_t from) {
    if (sub->nbytes == 0) return from <= s->nbytes ? from : -1;
    for (int64_t i = from; i + sub->nbytes <= s->nbytes; i++)
        if (memcmp(s->data + i, sub->data, (size_t)sub->nbytes) == 0) return i;
    return -1;
}

static int is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Whether CPython's repr escapes code point `cp` >= 0x80 (not
 * str.isprintable()): the C1 controls, the separators other than ' ' and
 * the common format characters, private use and non-characters. Code
 * points unassigned in Unicode print as themselves (LANGUAGE.md). */
static int cp_escaped(uint32_t cp) {
    if (cp <= 0xa0 || cp == 0xad) return 1;
    if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x205f && cp <= 0x2064) ||
        (cp >= 0x2066 && cp <= 0x206f) || cp == 0x3000 || cp == 0xfeff || cp == 0x61c || cp == 0x180e)
        return 1;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000 || (cp & 0xfffe) == 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef)) return 1;
    if (cp >= 0xfff9 && cp <= 0xfffb) return 1;
    if (cp >= 0xe0000 && cp <= 0xe007f) return 1;
    return 0;
}

static void str_repr(rstr *s, const char *m, size_t n) {
    int has_sq = memchr(m, '\'', n) != NULL, has_dq = memchr(m, '"', n) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    rs_putc(s, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)m[i];
        char buf[12];
        if (c >= 0x80) {
            /* one UTF-8 sequence */
            size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
            if (i + len > n) len = n - i;
            uint32_t cp = len == 4 ? (c & 7u) : len == 3 ? (c & 15u) : (c & 31u);
            for (size_t k = 1; k < len; k++) cp = (cp << 6) | ((unsigned char)m[i + k] & 63u);
            if (!cp_escaped(cp)) {
                rs_put(s, m + i, len);
            } else if (cp < 0x100) {
                snprintf(buf, sizeof buf, "\\x%02x", (unsigned)cp);
                rs_put(s, buf, 4);
            } else if (cp < 0x10000) {
                snprintf(buf, sizeof buf, "\\u%04x", (unsigned)cp);
                rs_put(s, buf, 6);
            } else {
                snprintf(buf, sizeof buf, "\\U%08x", (unsigned)cp);
                rs_put(s, buf, 10);
            }
            i += len - 1;
            continue;
        }
        if (c == '\\' || c == (unsigned char)q) { buf[0] = '\\'; buf[1] = (char)c; rs_put(s, buf, 2); }
        else if (c == '\n') rs_put(s, "\\n", 2);
        else if (c == '\r') rs_put(s, "\\r", 2);
        else if (c == '\t') rs_put(s, "\\t", 2);
        else if (c < 0x20 || c == 0x7f) { snprintf(buf, sizeof buf, "\\x%02x", c); rs_put(s, buf, 4); }
        else rs_putc(s, (char)c);
    }
    rs_putc(s, q);
}

void rpy_print_str(rpy_ctx *ctx, void *p, int64_t repr) {
    const rpy_str *str = (const rpy_str *)p;
    if (!repr) {
        line_append(ctx, str->data, (size_t)str->nbytes);
        return;
    }
    rstr s = {0};
    str_repr(&s, str->data, (size_t)str->nbytes);
    if (s.failed) ctx->buf_len = LINE_FAILED;
    else line_append(ctx, s.p, s.len);
    free(s.p);
}

/* A new list[str] (RPY_ELEM_REF) and append `r` to it (taking it). */
static int32_t list_push_owned(rpy_ctx *ctx, rpy_list *l, rpy_str *r) {
    if (r == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
    int32_t st = list_reserve(ctx, l, l->len + 1);
    if (st != RPY_OK) {
        free(r);
        return st;
    }
    l->items[l->len++] = (uint64_t)(uintptr_t)r;
    return RPY_OK;
}

static int32_t str_op(rpy_ctx *ctx, int64_t op, const uint64_t *a, uint64_t *out) {
    const rpy_str *s = (const rpy_str *)(uintptr_t)a[0];
    const rpy_str *t = (const rpy_str *)(uintptr_t)a[1];
    switch (op) {
    case RPY_LIST_LEN:
        *out = (uint64_t)s->nchars;
        return RPY_OK;
    case RPY_STR_AT:
    case RPY_STR_AT_ITEM: {
        int64_t i = (int64_t)a[1];
        if (op == RPY_STR_AT) {
            if (i < 0) i += s->nchars;
            if (i < 0 || i >= s->nchars) return rpy_raise(ctx, RPY_E_INDEX, "string index out of range");
        }
        int64_t b = str_offset(s, i), e = str_offset(s, i + 1);
        return str_out(ctx, (rpy_str *)rpy_str_new(s->data + b, e - b), out);
    }
    case RPY_LIST_SLICE: {
        int64_t st_, e, step, n;
        int32_t r = slice_indices(ctx, s->nchars, a + 1, &st_, &e, &step, &n);
        if (r != RPY_OK) return r;
        if (step == 1) {
            int64_t b = str_offset(s, st_), eb = str_offset(s, st_ + n);
            return str_out(ctx, (rpy_str *)rpy_str_new(s->data + b, eb - b), out);
        }
        rstr acc = {0};
        for (int64_t k = 0, j = st_; k < n; k++, j += step) {
            int64_t b = str_offset(s, j), eb = str_offset(s, j + 1);
            rs_put(&acc, s->data + b, (size_t)(eb - b));
        }
        rpy_str *res = acc.failed ? NULL : (rpy_str *)rpy_str_new(acc.p ? acc.p : "", (int64_t)acc.len);
        free(acc.p);
        return str_out(ctx, res, out);
    }
    case RPY_LIST_CONCAT: {
        rpy_str *r = str_alloc(s->nbytes + t->nbytes);
        if (r == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
        memcpy(r->data, s->data, (size_t)s->nbytes);
        memcpy(r->data + s->nbytes, t->data, (size_t)t->nbytes);
        r->nchars = s->nchars + t->nchars;
        return str_out(ctx, r, out);
    }
    case RPY_LIST_REPEAT: {
        int64_t k = (int64_t)a[1];
        if (k < 0) k = 0;
        if (s->nbytes > 0 && k > (INT64_MAX / 4) / s->nbytes) return rpy_raise(ctx, RPY_E_MEMORY, "");
        rpy_str *r = str_alloc(s->nbytes * k);
        if (r == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
        for (int64_t i = 0; i < k; i++) memcpy(r->data + i * s->nbytes, s->data, (size_t)s->nbytes);
        r->nchars = s->nchars * k;
        return str_out(ctx, r, out);
    }
    case RPY_LIST_EQ: *out = (uint64_t)(str_cmp(s, t) == 0); return RPY_OK;
    case RPY_LIST_LT: *out = (uint64_t)(str_cmp(s, t) < 0); return RPY_OK;
    case RPY_LIST_LE: *out = (uint64_t)(str_cmp(s, t) <= 0); return RPY_OK;
    case RPY_LIST_CONTAINS: *out = (uint64_t)(str_search(s, t, 0) >= 0); return RPY_OK;
    case RPY_STR_FIND: {
        int64_t b = str_search(s, t, 0);
        *out = (uint64_t)(b < 0 ? -1 : utf8_count(s->data, b));
        return RPY_OK;
    }
    case RPY_LIST_COUNT: {
        int64_t c = 0, from = 0;
        if (t->nbytes == 0) {
            *out = (uint64_t)(s->nchars + 1);
            return RPY_OK;
        }
        for (int64_t b; (b = str_search(s, t, from)) >= 0; from = b + t->nbytes) c++;
        *out = (uint64_t)c;
        return RPY_OK;
    }
    case RPY_STR_STARTS:
        *out = (uint64_t)(t->nbytes <= s->nbytes && memcmp(s->data, t->data, (size_t)t->nbytes) == 0);
        return RPY_OK;
    case RPY_STR_ENDS:
        *out = (uint64_t)(t->nbytes <= s->nbytes && memcmp(s->data + s->nbytes - t->nbytes, t->data, (size_t)t->nbytes) == 0);
        return RPY_OK;
    case RPY_STR_STRIP: {
        int64_t b = 0, e = s->nbytes, which = (int64_t)a[1];
        if (which & 1) while (b < e && is_space((unsigned char)s->data[b])) b++;
        if (which & 2) while (e > b && is_space((unsigned char)s->data[e - 1])) e--;
        return str_out(ctx, (rpy_str *)rpy_str_new(s->data + b, e - b), out);
    }
    case RPY_STR_UPPER: {
        /* Case mapping beyond ASCII needs Unicode's tables: refused loudly
         * rather than answered differently from CPython. */
        if (s->nchars != s->nbytes) return rpy_raise(ctx, RPY_E_NOT_IMPLEMENTED, a[1] ? "str.upper() of non-ASCII text is not supported in compiled code" : "str.lower() of non-ASCII text is not supported in compiled code");
        rpy_str *r = (rpy_str *)rpy_str_new(s->data, s->nbytes);
        if (r == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
        for (int64_t i = 0; i < r->nbytes; i++) {
            char c = r->data[i];
            if (a[1] && c >= 'a' && c <= 'z') r->data[i] = (char)(c - 32);
            if (!a[1] && c >= 'A' && c <= 'Z') r->data[i] = (char)(c + 32);
        }
        return str_out(ctx, r, out);
    }
    case RPY_STR_REPLACE: {
        const rpy_str *nw = (const rpy_str *)(uintptr_t)a[2];
        rstr acc = {0};
        int64_t from = 0;
        if (t->nbytes == 0) {
            /* "" is found between every two characters */
            for (int64_t c = 0; c < s->nchars; c++) {
                rs_put(&acc, nw->data, (size_t)nw->nbytes);
                int64_t b = str_offset(s, c), e = str_offset(s, c + 1);
                rs_put(&acc, s->data + b, (size_t)(e - b));
            }
            rs_put(&acc, nw->data, (size_t)nw->nbytes);
        } else {
            for (int64_t b; (b = str_search(s, t, from)) >= 0; from = b + t->nbytes) {
                rs_put(&acc, s->data + from, (size_t)(b - from));
                rs_put(&acc, nw->data, (size_t)nw->nbytes);
            }
            rs_put(&acc, s->data + from, (size_t)(s->nbytes - from));
        }
        rpy_str *res = acc.failed ? NULL : (rpy_str *)rpy_str_new(acc.p ? acc.p : "", (int64_t)acc.len);
        free(acc.p);
        return str_out(ctx, res, out);
    }
    case RPY_STR_JOIN: {
        const rpy_list *l = (const rpy_list *)(uintptr_t)a[1];
        int64_t total = 0, chars = 0;
        for (int64_t i = 0; i < l->len; i++) {
            const rpy_str *it = (const rpy_str *)(uintptr_t)l->items[i];
            total += it->nbytes + (i > 0 ? s->nbytes : 0);
            chars += it->nchars + (i > 0 ? s->nchars : 0);
        }
        rpy_str *r = str_alloc(total);
        if (r == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
        char *w = r->data;
        for (int64_t i = 0; i < l->len; i++) {
            const rpy_str *it = (const rpy_str *)(uintptr_t)l->items[i];
            if (i > 0) { memcpy(w, s->data, (size_t)s->nbytes); w += s->nbytes; }
            memcpy(w, it->data, (size_t)it->nbytes);
            w += it->nbytes;
        }
        r->nchars = chars;
        return str_out(ctx, r, out);
    }
    case RPY_STR_SPLIT: {
        rpy_list *l;
        int32_t st = list_alloc(ctx, rpy_list_class(RPY_ELEM_REF), 0, &l);
        if (st != RPY_OK) return st;
        if (t == NULL) {
            int64_t i = 0;
            while (i < s->nbytes) {
                while (i < s->nbytes && is_space((unsigned char)s->data[i])) i++;
                if (i >= s->nbytes) break;
                int64_t b = i;
                while (i < s->nbytes && !is_space((unsigned char)s->data[i])) i++;
                if ((st = list_push_owned(ctx, l, (rpy_str *)rpy_str_new(s->data + b, i - b))) != RPY_OK) break;
            }
        } else if (t->nbytes == 0) {
            st = rpy_raise(ctx, RPY_E_VALUE, "empty separator");
        } else {
            int64_t from = 0;
            for (int64_t b; (b = str_search(s, t, from)) >= 0; from = b + t->nbytes)
                if ((st = list_push_owned(ctx, l, (rpy_str *)rpy_str_new(s->data + from, b - from))) != RPY_OK) break;
            if (st == RPY_OK) st = list_push_owned(ctx, l, (rpy_str *)rpy_str_new(s->data + from, s->nbytes - from));
        }
        if (st != RPY_OK) {
            rpy_obj_decref(l);
            return st;
        }
        *out = (uint64_t)(uintptr_t)l;
        return RPY_OK;
    }
    case RPY_STR_IS: {
        static const char *const names[] = {"isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower"};
        int64_t which = (int64_t)a[1];
        if (which < 0 || which > 5) return rpy_raise(ctx, RPY_E_RUNTIME, "bad str predicate");
        if (s->nchars != s->nbytes) {
            char msg[96];
            snprintf(msg, sizeof msg, "str.%s() of non-ASCII text is not supported in compiled code", names[which]);
            return rpy_raise(ctx, RPY_E_NOT_IMPLEMENTED, msg);
        }
        int res = s->nbytes > 0, cased = 0;
        for (int64_t k = 0; k < s->nbytes; k++) {
            unsigned char c = (unsigned char)s->data[k];
            int dg = c >= '0' && c <= '9', up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (which) {
            case 0: res &= dg; break;
            case 1: res &= up || lo; break;
            case 2: res &= is_space(c); break;
            case 3: res &= dg || up || lo; break;
            case 4: if (lo) res = 0; cased |= up; break;
            default: if (up) res = 0; cased |= lo; break;
            }
        }
        if (which >= 4) res = res && cased;
        *out = (uint64_t)res;
        return RPY_OK;
    }
    case RPY_STR_ORD: {
        if (s->nchars != 1) {
            char msg[96];
            snprintf(msg, sizeof msg, "ord() expected a character, but string of length %lld found", (long long)s->nchars);
            return rpy_raise(ctx, RPY_E_TYPE, msg);
        }
        const unsigned char *p = (const unsigned char *)s->data;
        uint32_t cp = p[0] < 0x80 ? p[0] : p[0] < 0xe0 ? (p[0] & 31u) : p[0] < 0xf0 ? (p[0] & 15u) : (p[0] & 7u);
        for (int64_t k = 1; k < s->nbytes; k++) cp = (cp << 6) | (p[k] & 63u);
        *out = (uint64_t)cp;
        return RPY_OK;
    }
    case RPY_STR_TO_INT: {
        /* CPython's int(str): surrounding whitespace, a sign, decimal
         * digits with single underscores between them. */
        int64_t b = 0, e = s->nbytes;
        while (b < e && is_space((unsigned char)s->data[b])) b++;
        while (e > b && is_space((unsigned char)s->data[e - 1])) e--;
        int neg = 0;
        int64_t i = b;
        if (i < e && (s->data[i] == '+' || s->data[i] == '-')) neg = s->data[i++] == '-';
        int ok = i < e, prev_us = 1;
        uint64_t mag = 0, lim = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
        int big = 0;
        for (; i < e && ok; i++) {
            char c = s->data[i];
            if (c == '_') {
                if (prev_us) ok = 0;
                prev_us = 1;
                continue;
            }
            if (c < '0' || c > '9') { ok = 0; break; }
            prev_us = 0;
            uint64_t d = (uint64_t)(c - '0');
            if (mag > (lim - d) / 10) big = 1;
            else mag = mag * 10 + d;
        }
        if (prev_us) ok = 0;
        if (!ok) {
            rstr m = {0};
            rs_puts(&m, "invalid literal for int() with base 10: ");
            str_repr(&m, s->data, (size_t)s->nbytes);
            int32_t st = rpy_raise(ctx, m.failed ? RPY_E_MEMORY : RPY_E_VALUE, m.failed ? "" : m.p);
            free(m.p);
            return st;
        }
        if (big) return rpy_raise(ctx, RPY_E_OVERFLOW, MSG_INT_OVERFLOW);
        *out = neg ? (uint64_t)0 - mag : mag;
        return RPY_OK;
    }
    default:
        return rpy_raise(ctx, RPY_E_TYPE, "unsupported operation on a str");
    }
}

static const char MSG_ARRAY_INDEX[] = "array index out of range";

/* The array cases of rpy_list_op. */
static int32_t array_op(rpy_ctx *ctx, int64_t op, rpy_array *a, const uint64_t *args, uint64_t *out) {
    switch (op) {
    case RPY_LIST_LEN:
        *out = (uint64_t)a->len;
        return RPY_OK;
    case RPY_LIST_ITEM:
        *out = array_load(a, (int64_t)args[1]);
        return RPY_OK;
    case RPY_LIST_GET:
    case RPY_LIST_SET: {
        int64_t i = (int64_t)args[1];
        if (i < 0) i += a->len;
        if (i < 0 || i >= a->len) return rpy_raise(ctx, RPY_E_INDEX, MSG_ARRAY_INDEX);
        if (op == RPY_LIST_SET) return array_store(ctx, a, i, args[2]);
        *out = array_load(a, i);
        return RPY_OK;
    }
    case RPY_LIST_SET_ITEM:
        return array_store(ctx, a, (int64_t)args[1], args[2]);
    case RPY_LIST_SUM:
        if (a->head.cls->elem == RPY_ARR_F64 || a->head.cls->elem == RPY_ARR_F32) {
            double acc = 0.0;
            for (int64_t i = 0; i < a->len; i++) acc += as_f(array_load(a, i));
            *out = from_f(acc);
        } else {
            int64_t acc = 0;
            for (int64_t i = 0; i < a->len; i++)
                if (__builtin_add_overflow(acc, (int64_t)array_load(a, i), &acc)) return rpy_raise(ctx, RPY_E_OVERFLOW, MSG_INT_OVERFLOW);
            *out = (uint64_t)acc;
        }
        return RPY_OK;
    default:
        return rpy_raise(ctx, RPY_E_TYPE, "unsupported operation on an array");
    }
}

static const char MSG_LIST_INDEX[] = "list index out of range";
static const char MSG_LIST_ASSIGN[] = "list assignment index out of range";
/* CPython refuses lists of more than PY_SSIZE_T_MAX / sizeof(PyObject *)
 * items with MemoryError; so do we. */
#define LIST_MAX_LEN ((int64_t)(INT64_MAX / 8))

static double as_f(uint64_t w) {
    double d;
    memcpy(&d, &w, sizeof d);
    return d;
}

static uint64_t from_f(double d) {
    uint64_t w;
    memcpy(&w, &d, sizeof w);
    return w;
}

static uint32_t list_elem(const rpy_list *l) {
    return l->head.cls->elem;
}

static void item_incref(uint32_t elem, uint64_t v) {
    if (elem == RPY_ELEM_REF) rpy_obj_incref((void *)(uintptr_t)v);
}

static void item_decref(uint32_t elem, uint64_t v) {
    if (elem == RPY_ELEM_REF) rpy_obj_decref((void *)(uintptr_t)v);
}

/* Make room for `need` items (CPython's over-allocation). */
static int32_t list_reserve(rpy_ctx *ctx, rpy_list *l, int64_t need) {
    if (need <= l->cap) return RPY_OK;
    if (need > LIST_MAX_LEN) return rpy_raise(ctx, RPY_E_MEMORY, "");
    int64_t ncap = need + (need >> 3) + (need < 9 ? 3 : 6);
    if (ncap > LIST_MAX_LEN) ncap = need;
    uint64_t *p = (uint64_t *)realloc(l->items, (size_t)ncap * 8);
    if (p == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
    l->items = p;
    l->cap = ncap;
    return RPY_OK;
}

/* A new empty list of `cls` with room for `cap` items. */
static int32_t list_alloc(rpy_ctx *ctx, const rpy_class *cls, int64_t cap, rpy_list **out) {
    *out = NULL;
    if (cap < 0) cap = 0;
    if (cap > LIST_MAX_LEN) return rpy_raise(ctx, RPY_E_MEMORY, "");
    rpy_list *l = (rpy_list *)calloc(1, sizeof(rpy_list));
    if (l == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
    l->head.refcnt = 1;
    l->head.cls = cls;
    if (cap > 0) {
        l->items = (uint64_t *)malloc((size_t)cap * 8);
        if (l->items == NULL) {
            free(l);
            return rpy_raise(ctx, RPY_E_MEMORY, "");
        }
        l->cap = cap;
    }
    *out = l;
    return RPY_OK;
}

/* Python's slice.indices(len) for the given flags; returns the item
 * count. ValueError for a zero step. */
static int32_t slice_indices(rpy_ctx *ctx, int64_t len, const uint64_t *a, int64_t *start, int64_t *stop, int64_t *step, int64_t *count) {
    int64_t flags = (int64_t)a[3];
    int64_t st = (flags & RPY_SLICE_STEP) ? (int64_t)a[2] : 1;
    if (st == 0) return rpy_raise(ctx, RPY_E_VALUE, "slice step cannot be zero");
    if (st < -INT64_MAX) st = -INT64_MAX; /* as CPython: step = -PY_SSIZE_T_MAX */
    int64_t lo, hi;
    if (st > 0) {
        lo = 0;
        hi = len;
    } else {
        lo = -1;
        hi = len - 1;
    }
    int64_t s, e;
    if (flags & RPY_SLICE_START) {
        s = (int64_t)a[0];
        if (s < 0) {
            s = s < -len ? lo : s + len;
            if (s < lo) s = lo;
        } else if (s > hi) {
            s = hi;
        }
    } else {
        s = st > 0 ? lo : hi;
    }
    if (flags & RPY_SLICE_STOP) {
        e = (int64_t)a[1];
        if (e < 0) {
            e = e < -len ? lo : e + len;
            if (e < lo) e = lo;
        } else if (e > hi) {
            e = hi;
        }
    } else {
        e = st > 0 ? hi : lo;
    }
    int64_t n = 0;
    if (st > 0) {
        if (s < e) n = (e - s - 1) / st + 1;
    } else {
        if (e < s) n = (s - e - 1) / (-st) + 1;
    }
    *start = s;
    *stop = e;
    *step = st;
    *count = n;
    return RPY_OK;
}

static int list_lt(const rpy_list *a, const rpy_list *b);
static int list_eq(const rpy_list *a, const rpy_list *b);
static int tuple_lt(const rpy_object *a, const rpy_object *b);
static int tuple_eq(const rpy_object *a, const rpy_object *b);
static int item_eq(uint32_t elem, uint64_t x, uint64_t y);
static int item_lt(uint32_t elem, uint64_t x, uint64_t y);

/* `x == y` for two items of kind `elem` (identity first, as CPython's
 * PyObject_RichCompareBool). */
static int item_eq(uint32_t elem, uint64_t x, uint64_t y) {
    switch (elem) {
    case RPY_ELEM_FLOAT:
        return as_f(x) == as_f(y);
    case RPY_ELEM_REF: {
        if (x == y) return 1;
        if (x == 0 || y == 0) return 0;
        const rpy_object *ox = (const rpy_object *)(uintptr_t)x, *oy = (const rpy_object *)(uintptr_t)y;
        if (ox->cls->kind == RPY_KIND_LIST && oy->cls->kind == RPY_KIND_LIST) return list_eq((const rpy_list *)ox, (const rpy_list *)oy);
        if (ox->cls->kind == RPY_KIND_TUPLE && ox->cls == oy->cls) return tuple_eq(ox, oy);
        if (ox->cls->kind == RPY_KIND_STR && oy->cls->kind == RPY_KIND_STR) return str_cmp((const rpy_str *)ox, (const rpy_str *)oy) == 0;
        return 0;
    }
    default:
        return x == y;
    }
}

/* `x < y` (items of one list type: the compiler only allows ordered
 * kinds, ints, floats, bools and lists of them). */
static int item_lt(uint32_t elem, uint64_t x, uint64_t y) {
    switch (elem) {
    case RPY_ELEM_FLOAT:
        return as_f(x) < as_f(y);
    case RPY_ELEM_REF:
        if (x == 0 || y == 0) return 0;
        if (((const rpy_object *)(uintptr_t)x)->cls->kind == RPY_KIND_TUPLE) return tuple_lt((const rpy_object *)(uintptr_t)x, (const rpy_object *)(uintptr_t)y);
        if (((const rpy_object *)(uintptr_t)x)->cls->kind == RPY_KIND_STR) return str_cmp((const rpy_str *)(uintptr_t)x, (const rpy_str *)(uintptr_t)y) < 0;
        return list_lt((const rpy_list *)(uintptr_t)x, (const rpy_list *)(uintptr_t)y);
    default:
        return (int64_t)x < (int64_t)y;
    }
}

static uint32_t tuple_len(const rpy_object *t) {
    return (t->cls->size - RPY_OBJECT_HEADER) / 8;
}

static uint64_t tuple_field(const rpy_object *t, uint32_t i) {
    return ((const uint64_t *)((const char *)t + RPY_OBJECT_HEADER))[i];
}

/* Field-wise `==` of two tuples of one type. */
static int tuple_eq(const rpy_object *a, const rpy_object *b) {
    if (a == b) return 1;
    for (uint32_t i = 0; i < tuple_len(a); i++)
        if (!item_eq(a->cls->kinds[i], tuple_field(a, i), tuple_field(b, i))) return 0;
    return 1;
}

/* Lexicographic `<` of two tuples of one type, as CPython's tuplerichcompare. */
static int tuple_lt(const rpy_object *a, const rpy_object *b) {
    for (uint32_t i = 0; i < tuple_len(a); i++) {
        uint32_t k = a->cls->kinds[i];
        if (!item_eq(k, tuple_field(a, i), tuple_field(b, i))) return item_lt(k, tuple_field(a, i), tuple_field(b, i));
    }
    return 0;
}

static int list_eq(const rpy_list *a, const rpy_list *b) {
    if (a == b) return 1;
    if (a->len != b->len) return 0;
    uint32_t elem = list_elem(a);
    for (int64_t i = 0; i < a->len && i < b->len; i++) {
        if (!item_eq(elem, a->items[i], b->items[i])) return 0;
    }
    return 1;
}

/* Lexicographic `a < b`, as CPython's list_richcompare. */
static int list_lt(const rpy_list *a, const rpy_list *b) {
    uint32_t elem = list_elem(a);
    int64_t i = 0;
    for (; i < a->len && i < b->len; i++) {
        if (!item_eq(elem, a->items[i], b->items[i])) break;
    }
    if (i >= a->len || i >= b->len) return a->len < b->len;
    return item_lt(elem, a->items[i], b->items[i]);
}

static int item_truth(uint32_t elem, uint64_t x) {
    if (elem == RPY_ELEM_FLOAT) return as_f(x) != 0.0;
    return x != 0;
}

/* Stable merge sort of items[0..n) by `<` only, as CPython's sort: an
 * item moves before an earlier one only if it is strictly less. */
static void merge_sort(uint32_t elem, uint64_t *v, uint64_t *tmp, int64_t n) {
    if (n < 2) return;
    if (n <= 16) {
        for (int64_t i = 1; i < n; i++) {
            uint64_t x = v[i];
            int64_t j = i;
            while (j > 0 && item_lt(elem, x, v[j - 1])) {
                v[j] = v[j - 1];
                j--;
            }
            v[j] = x;
        }
        return;
    }
    int64_t h = n / 2;
    merge_sort(elem, v, tmp, h);
    merge_sort(elem, v + h, tmp, n - h);
    if (!item_lt(elem, v[h], v[h - 1])) return;
    memcpy(tmp, v, (size_t)h * 8);
    int64_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        if (item_lt(elem, v[j], tmp[i])) {
            v[k++] = v[j++];
        } else {
            v[k++] = tmp[i++];
        }
    }
    while (i < h) v[k++] = tmp[i++];
}

static void reverse_items(uint64_t *v, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        uint64_t t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}

/* repr of an item, for messages ("3 is not in list") and print. */
static void item_repr(rstr *s, uint32_t elem, uint64_t x);

static void list_repr(rstr *s, const rpy_list *l) {
    int args = l->head.cls->kinds != NULL;
    rs_putc(s, args ? '(' : '[');
    uint32_t elem = list_elem(l);
    for (int64_t i = 0; i < l->len; i++) {
        if (i > 0) rs_put(s, ", ", 2);
        item_repr(s, elem, l->items[i]);
    }
    if (args && l->len == 1) rs_putc(s, ',');
    rs_putc(s, args ? ')' : ']');
}

static void item_repr(rstr *s, uint32_t elem, uint64_t x) {
    char buf[40];
    switch (elem) {
    case RPY_ELEM_INT: {
        size_t n = 0;
        if ((int64_t)x < 0) buf[n++] = '-';
        n += u64_decimal(uabs64((int64_t)x), buf + n);
        rs_put(s, buf, n);
        break;
    }
    case RPY_ELEM_FLOAT:
        rs_put(s, buf, float_repr_small(as_f(x), buf));
        break;
    case RPY_ELEM_BOOL:
        rs_puts(s, x ? "True" : "False");
        break;
    default: {
        const rpy_object *o = (const rpy_object *)(uintptr_t)x;
        if (o == NULL) {
            rs_puts(s, "None");
        } else if (o->cls->kind == RPY_KIND_LIST) {
            list_repr(s, (const rpy_list *)o);
        } else if (o->cls->kind == RPY_KIND_STR) {
            str_repr(s, ((const rpy_str *)o)->data, (size_t)((const rpy_str *)o)->nbytes);
        } else if (o->cls->kind == RPY_KIND_TUPLE) {
            rs_putc(s, '(');
            for (uint32_t i = 0; i < tuple_len(o); i++) {
                if (i > 0) rs_put(s, ", ", 2);
                item_repr(s, o->cls->kinds[i], tuple_field(o, i));
            }
            if (tuple_len(o) == 1) rs_putc(s, ',');
            rs_putc(s, ')');
        } else {
            snprintf(buf, sizeof buf, "<%.20s object at %p>", o->cls->name, (const void *)o);
            rs_puts(s, buf);
        }
    }
    }
}

void rpy_print_list(rpy_ctx *ctx, void *l) {
    rstr s = {0};
    item_repr(&s, RPY_ELEM_REF, (uint64_t)(uintptr_t)l);
    if (s.failed) {
        ctx->buf_len = LINE_FAILED;
    } else if (s.len > 0) {
        line_append(ctx, s.p, s.len);
    }
    free(s.p);
}

/* ValueError("<repr> is not in list") */
static int32_t not_in_list(rpy_ctx *ctx, uint32_t elem, uint64_t v) {
    rstr s = {0};
    item_repr(&s, elem, v);
    rs_puts(&s, " is not in list");
    int32_t st = rpy_raise(ctx, s.failed ? RPY_E_MEMORY : RPY_E_VALUE, s.failed ? MSG_NO_MEMORY : s.p);
    free(s.p);
    return st;
}

/* Remove items [lo, hi) (their references released after the list is
 * consistent again, so a release that frees cannot see a torn list). */
static int32_t list_cut(rpy_ctx *ctx, rpy_list *l, int64_t lo, int64_t hi) {
    int64_t n = hi - lo;
    if (n <= 0) return RPY_OK;
    uint32_t elem = list_elem(l);
    uint64_t *gone = NULL;
    if (elem == RPY_ELEM_REF) {
        gone = (uint64_t *)malloc((size_t)n * 8);
        if (gone == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
        memcpy(gone, l->items + lo, (size_t)n * 8);
    }
    memmove(l->items + lo, l->items + hi, (size_t)(l->len - hi) * 8);
    l->len -= n;
    if (gone != NULL) {
        for (int64_t i = 0; i < n; i++) rpy_obj_decref((void *)(uintptr_t)gone[i]);
        free(gone);
    }
    return RPY_OK;
}

int32_t rpy_list_op(rpy_ctx *ctx, int64_t op, const uint64_t *a, uint64_t *out) {
    if (op == RPY_STR_FROM_LINE) {
        if (line_failed(ctx)) {
            rpy_print_begin(ctx);
            return rpy_raise(ctx, RPY_E_MEMORY, "");
        }
        rpy_str *r = (rpy_str *)rpy_str_new(ctx->buf ? ctx->buf : "", (int64_t)ctx->buf_len);
        rpy_print_begin(ctx);
        return str_out(ctx, r, out);
    }
    if (op == RPY_STR_CHR) {
        int64_t cp = (int64_t)a[0];
        if (cp < 0 || cp > 0x10ffff) return rpy_raise(ctx, RPY_E_VALUE, "chr() arg not in range(0x110000)");
        if (cp >= 0xd800 && cp <= 0xdfff) return rpy_raise(ctx, RPY_E_VALUE, "chr() of a surrogate is not supported in compiled code");
        char b[4];
        int n;
        if (cp < 0x80) { b[0] = (char)cp; n = 1; }
        else if (cp < 0x800) { b[0] = (char)(0xc0 | (cp >> 6)); b[1] = (char)(0x80 | (cp & 63)); n = 2; }
        else if (cp < 0x10000) { b[0] = (char)(0xe0 | (cp >> 12)); b[1] = (char)(0x80 | ((cp >> 6) & 63)); b[2] = (char)(0x80 | (cp & 63)); n = 3; }
        else { b[0] = (char)(0xf0 | (cp >> 18)); b[1] = (char)(0x80 | ((cp >> 12) & 63)); b[2] = (char)(0x80 | ((cp >> 6) & 63)); b[3] = (char)(0x80 | (cp & 63)); n = 4; }
        return str_out(ctx, (rpy_str *)rpy_str_new(b, n), out);
    }
    if (op >= RPY_STR_AT || (op != RPY_LIST_NEW && op != RPY_LIST_RANGE && ((const rpy_object *)(uintptr_t)a[0])->cls->kind == RPY_KIND_STR)) return str_op(ctx, op, a, out);
    rpy_list *l = (op == RPY_LIST_NEW || op == RPY_LIST_RANGE) ? NULL : (rpy_list *)(uintptr_t)a[0];
    if (l != NULL && l->head.cls->kind == RPY_KIND_ARRAY) return array_op(ctx, op, (rpy_array *)l, a, out);
    if (l != NULL && l->head.cls->kind == RPY_KIND_TUPLE) {
        const rpy_object *x = (const rpy_object *)l, *y = (const rpy_object *)(uintptr_t)a[1];
        switch (op) {
        case RPY_LIST_EQ: *out = (uint64_t)tuple_eq(x, y); return RPY_OK;
        case RPY_LIST_LT: *out = (uint64_t)tuple_lt(x, y); return RPY_OK;
        case RPY_LIST_LE: *out = (uint64_t)(tuple_eq(x, y) || tuple_lt(x, y)); return RPY_OK;
        default: return rpy_raise(ctx, RPY_E_TYPE, "unsupported operation on a tuple");
        }
    }
    uint32_t elem = l != NULL ? list_elem(l) : 0;
    int32_t st;
    switch (op) {
    case RPY_LIST_SET_ITEM: {
        uint64_t old = l->items[(int64_t)a[1]];
        item_incref(elem, a[2]);
        l->items[(int64_t)a[1]] = a[2];
        item_decref(elem, old);
        return RPY_OK;
    }
    case RPY_LIST_NEW: {
        int64_t n = (int64_t)a[1];
        rpy_list *r;
        if ((st = list_alloc(ctx, rpy_list_class((int64_t)a[0]), n, &r)) != RPY_OK) return st;
        uint32_t e = r->head.cls->elem;
        for (int64_t i = 0; i < n; i++) {
            r->items[i] = a[2 + i];
            item_incref(e, a[2 + i]);
        }
        r->len = n;
        *out = (uint64_t)(uintptr_t)r;
        return RPY_OK;
    }
    case RPY_LIST_RANGE: {
        int64_t start = (int64_t)a[0], stop = (int64_t)a[1], step = (int64_t)a[2];
        if (step == 0) return rpy_raise(ctx, RPY_E_VALUE, "range() arg 3 must not be zero");
        /* the length, computed without overflow (unsigned differences) */
        uint64_t n = 0;
        if (step > 0 && start < stop) n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
        if (step < 0 && start > stop) n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
        if (n > (uint64_t)LIST_MAX_LEN) return rpy_raise(ctx, RPY_E_MEMORY, "");
        rpy_list *r;
        if ((st = list_alloc(ctx, rpy_list_class(RPY_ELEM_INT), (int64_t)n, &r)) != RPY_OK) return st;
        uint64_t v = (uint64_t)start;
        for (uint64_t i = 0; i < n; i++, v += (uint64_t)step) r->items[i] = v;
        r->len = (int64_t)n;
        *out = (uint64_t)(uintptr_t)r;
        return RPY_OK;
    }
    case RPY_LIST_LEN:
        *out = (uint64_t)l->len;
        return RPY_OK;
    case RPY_LIST_ITEM:
        *out = l->items[(int64_t)a[1]];
        return RPY_OK;
    case RPY_LIST_GET: {
        int64_t i = (int64_t)a[1];
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) return rpy_raise(ctx, RPY_E_INDEX, l->head.cls->kinds != NULL ? "tuple index out of range" : MSG_LIST_INDEX);
        *out = l->items[i];
        return RPY_OK;
    }
    case RPY_LIST_SET: {
        int64_t i = (int64_t)a[1];
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) return rpy_raise(ctx, RPY_E_INDEX, MSG_LIST_ASSIGN);
        uint64_t old = l->items[i];
        item_incref(elem, a[2]);
        l->items[i] = a[2];
        item_decref(elem, old);
        return RPY_OK;
    }
    case RPY_LIST_APPEND:
        if ((st = list_reserve(ctx, l, l->len + 1)) != RPY_OK) return st;
        item_incref(elem, a[1]);
        l->items[l->len++] = a[1];
        return RPY_OK;
    case RPY_LIST_POP: {
        if (l->len == 0) return rpy_raise(ctx, RPY_E_INDEX, "pop from empty list");
        int64_t i = (int64_t)a[1];
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) return rpy_raise(ctx, RPY_E_INDEX, "pop index out of range");
        *out = l->items[i]; /* the list's reference moves to the caller */
        memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * 8);
        l->len--;
        return RPY_OK;
    }
    case RPY_LIST_INSERT: {
        if ((st = list_reserve(ctx, l, l->len + 1)) != RPY_OK) return st;
        int64_t i = (int64_t)a[1];
        if (i < 0) {
            i += l->len;
            if (i < 0) i = 0;
        } else if (i > l->len) {
            i = l->len;
        }
        memmove(l->items + i + 1, l->items + i, (size_t)(l->len - i) * 8);
        item_incref(elem, a[2]);
        l->items[i] = a[2];
        l->len++;
        return RPY_OK;
    }
    case RPY_LIST_EXTEND: {
        rpy_list *o = (rpy_list *)(uintptr_t)a[1];
        int64_t n = o->len; /* read first: `xs.extend(xs)` doubles once */
        if ((st = list_reserve(ctx, l, l->len + n)) != RPY_OK) return st;
        for (int64_t i = 0; i < n; i++) {
            item_incref(elem, o->items[i]);
            l->items[l->len + i] = o->items[i];
        }
        l->len += n;
        return RPY_OK;
    }
    case RPY_LIST_CLEAR:
        return list_cut(ctx, l, 0, l->len);
    case RPY_LIST_COPY:
    case RPY_LIST_REPEAT: {
        int64_t times = op == RPY_LIST_COPY ? 1 : (int64_t)a[1];
        if (times < 0) times = 0;
        if (l->len > 0 && times > LIST_MAX_LEN / l->len) return rpy_raise(ctx, RPY_E_MEMORY, "");
        int64_t n = l->len * times;
        rpy_list *r;
        if ((st = list_alloc(ctx, l->head.cls, n, &r)) != RPY_OK) return st;
        if (l->len == 1) {
            uint64_t x = l->items[0];
            for (int64_t i = 0; i < n; i++) r->items[i] = x;
        } else {
            for (int64_t t = 0; t < times; t++) memcpy(r->items + t * l->len, l->items, (size_t)l->len * 8);
        }
        if (elem == RPY_ELEM_REF)
            for (int64_t i = 0; i < n; i++) rpy_obj_incref((void *)(uintptr_t)r->items[i]);
        r->len = n;
        *out = (uint64_t)(uintptr_t)r;
        return RPY_OK;
    }
    case RPY_LIST_CONCAT: {
        rpy_list *o = (rpy_list *)(uintptr_t)a[1];
        rpy_list *r;
        if ((st = list_alloc(ctx, l->head.cls, l->len + o->len, &r)) != RPY_OK) return st;
        memcpy(r->items, l->items, (size_t)l->len * 8);
        memcpy(r->items + l->len, o->items, (size_t)o->len * 8);
        r->len = l->len + o->len;
        if (elem == RPY_ELEM_REF)
            for (int64_t i = 0; i < r->len; i++) rpy_obj_incref((void *)(uintptr_t)r->items[i]);
        *out = (uint64_t)(uintptr_t)r;
        return RPY_OK;
    }
    case RPY_LIST_EQ:
        *out = (uint64_t)list_eq(l, (rpy_list *)(uintptr_t)a[1]);
        return RPY_OK;
    case RPY_LIST_LT:
        *out = (uint64_t)list_lt(l, (rpy_list *)(uintptr_t)a[1]);
        return RPY_OK;
    case RPY_LIST_LE: {
        rpy_list *o = (rpy_list *)(uintptr_t)a[1];
        *out = (uint64_t)(list_eq(l, o) || list_lt(l, o));
        return RPY_OK;
    }
    case RPY_LIST_CONTAINS:
    case RPY_LIST_INDEX:
    case RPY_LIST_COUNT:
    case RPY_LIST_REMOVE: {
        int64_t count = 0;
        for (int64_t i = 0; i < l->len; i++) {
            if (!item_eq(elem, l->items[i], a[1])) continue;
            switch (op) {
            case RPY_LIST_CONTAINS:
                *out = 1;
                return RPY_OK;
            case RPY_LIST_INDEX:
                *out = (uint64_t)i;
                return RPY_OK;
            case RPY_LIST_REMOVE:
                return list_cut(ctx, l, i, i + 1);
            default:
                count++;
            }
        }
        switch (op) {
        case RPY_LIST_CONTAINS:
            *out = 0;
            return RPY_OK;
        case RPY_LIST_INDEX:
            return not_in_list(ctx, elem, a[1]);
        case RPY_LIST_REMOVE:
            return rpy_raise(ctx, RPY_E_VALUE, "list.remove(x): x not in list");
        default:
            *out = (uint64_t)count;
            return RPY_OK;
        }
    }
    case RPY_LIST_SLICE: {
        int64_t s, e, step, n;
        if ((st = slice_indices(ctx, l->len, a + 1, &s, &e, &step, &n)) != RPY_OK) return st;
        rpy_list *r;
        if ((st = list_alloc(ctx, l->head.cls, n, &r)) != RPY_OK) return st;
        for (int64_t i = 0, j = s; i < n; i++, j += step) {
            r->items[i] = l->items[j];
            item_incref(elem, r->items[i]);
        }
        r->len = n;
        *out = (uint64_t)(uintptr_t)r;
        return RPY_OK;
    }
    case RPY_LIST_SET_SLICE: {
        int64_t s, e, step, n;
        if ((st = slice_indices(ctx, l->len, a + 1, &s, &e, &step, &n)) != RPY_OK) return st;
        rpy_list *src = (rpy_list *)(uintptr_t)a[5];
        int64_t m = src->len;
        /* a copy of the new items, referenced first (`xs[1:] = xs` works) */
        uint64_t *v = (uint64_t *)malloc((size_t)(m > 0 ? m : 1) * 8);
        if (v == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
        memcpy(v, src->items, (size_t)m * 8);
        if (step == 1) {
            if (e < s) e = s;
            int64_t grow_by = m - (e - s);
            if (grow_by > 0 && (st = list_reserve(ctx, l, l->len + grow_by)) != RPY_OK) {
                free(v);
                return st;
            }
            for (int64_t i = 0; i < m; i++) item_incref(elem, v[i]);
            uint64_t *gone = (uint64_t *)malloc((size_t)((e - s) > 0 ? (e - s) : 1) * 8);
            if (gone == NULL) {
                for (int64_t i = 0; i < m; i++) item_decref(elem, v[i]);
                free(v);
                return rpy_raise(ctx, RPY_E_MEMORY, "");
            }
            memcpy(gone, l->items + s, (size_t)(e - s) * 8);
            memmove(l->items + s + m, l->items + e, (size_t)(l->len - e) * 8);
            memcpy(l->items + s, v, (size_t)m * 8);
            l->len += grow_by;
            for (int64_t i = 0; i < e - s; i++) item_decref(elem, gone[i]);
            free(gone);
            free(v);
            return RPY_OK;
        }
        if (m != n) {
            free(v);
            char msg[128];
            snprintf(msg, sizeof msg, "attempt to assign sequence of size %lld to extended slice of size %lld", (long long)m, (long long)n);
            return rpy_raise(ctx, RPY_E_VALUE, msg);
        }
        for (int64_t i = 0, j = s; i < n; i++, j += step) {
            uint64_t old = l->items[j];
            item_incref(elem, v[i]);
            l->items[j] = v[i];
            item_decref(elem, old);
        }
        free(v);
        return RPY_OK;
    }
    case RPY_LIST_DEL: {
        int64_t i = (int64_t)a[1];
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) return rpy_raise(ctx, RPY_E_INDEX, MSG_LIST_ASSIGN);
        return list_cut(ctx, l, i, i + 1);
    }
    case RPY_LIST_DEL_SLICE: {
        int64_t s, e, step, n;
        if ((st = slice_indices(ctx, l->len, a + 1, &s, &e, &step, &n)) != RPY_OK) return st;
        if (step == 1) return list_cut(ctx, l, s, e > s ? e : s);
        if (n == 0) return RPY_OK;
        /* normalise to a positive step over [lo, lo + (n-1)*step] */
        if (step < 0) {
            s = s + (n - 1) * step;
            step = -step;
        }
        uint64_t *gone = (uint64_t *)malloc((size_t)n * 8);
        if (gone == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
        int64_t w = s, g = 0;
        for (int64_t r = s; r < l->len; r++) {
            if (g < n && r == s + g * step) {
                gone[g++] = l->items[r];
            } else {
                l->items[w++] = l->items[r];
            }
        }
        l->len = w;
        for (int64_t i = 0; i < n; i++) item_decref(elem, gone[i]);
        free(gone);
        return RPY_OK;
    }
    case RPY_LIST_REVERSE:
        reverse_items(l->items, l->len);
        return RPY_OK;
    case RPY_LIST_SORT: {
        if (l->len < 2) return RPY_OK;
        uint64_t *tmp = (uint64_t *)malloc((size_t)(l->len / 2 + 1) * 8);
        if (tmp == NULL) return rpy_raise(ctx, RPY_E_MEMORY, "");
        /* reverse=True: reverse, sort stably, reverse (CPython's way) */
        if (a[1]) reverse_items(l->items, l->len);
        merge_sort(elem, l->items, tmp, l->len);
        if (a[1]) reverse_items(l->items, l->len);
        free(tmp);
        return RPY_OK;
    }
    case RPY_LIST_SUM:
        if (elem == RPY_ELEM_FLOAT) {
            double acc = 0.0;
            for (int64_t i = 0; i < l->len; i++) acc += as_f(l->items[i]);
            *out = from_f(acc);
        } else {
            int64_t acc = 0;
            for (int64_t i = 0; i < l->len; i++) {
                if (__builtin_add_overflow(acc, (int64_t)l->items[i], &acc)) return rpy_raise(ctx, RPY_E_OVERFLOW, MSG_INT_OVERFLOW);
            }
            *out = (uint64_t)acc;
        }
        return RPY_OK;
    case RPY_LIST_MIN:
    case RPY_LIST_MAX: {
        if (l->len == 0) return rpy_raise(ctx, RPY_E_VALUE, op == RPY_LIST_MIN ? "min() arg is an empty sequence" : "max() arg is an empty sequence");
        uint64_t best = l->items[0];
        for (int64_t i = 1; i < l->len; i++) {
            uint64_t x = l->items[i];
            if (op == RPY_LIST_MIN ? item_lt(elem, x, best) : item_lt(elem, best, x)) best = x;
        }
        *out = best;
        return RPY_OK;
    }
    case RPY_LIST_ANY:
    case RPY_LIST_ALL: {
        int want = op == RPY_LIST_ANY;
        for (int64_t i = 0; i < l->len; i++) {
            if (item_truth(elem, l->items[i]) == want) {
                *out = (uint64_t)want;
                return RPY_OK;
            }
        }
        *out = (uint64_t)!want;
        return RPY_OK;
    }
    default:
        return rpy_raise(ctx, RPY_E_RUNTIME, "unknown list operation");
    }
}
