/* Hand-written C for benches/kernels/ledger.py (same algorithm, same
 * result): malloc'd records with manual reference counts, as the
 * compiled classes do. */
#include "bench.h"

typedef struct Account { int64_t rc, ident, balance; struct Account *next; } Account;
typedef struct Tx { int64_t rc; Account *src, *dst; int64_t amount; struct Tx *prev; } Tx;

static void tx_release(Tx *t) {
    while (t && --t->rc == 0) {
        Tx *p = t->prev;
        t->src->rc--; t->dst->rc--;
        free(t);
        t = p;
    }
}

typedef struct { Account *first; int64_t count; Tx *last; int64_t kept; } Ledger;

static Account *open_account(Ledger *l, int64_t balance) {
    Account *a = malloc(sizeof *a);
    a->rc = 1; a->ident = l->count; a->balance = balance; a->next = l->first;
    l->first = a;
    l->count++;
    return a;
}

static Account *find(Ledger *l, int64_t ident) {
    for (Account *a = l->first; a; a = a->next)
        if (a->ident == ident) return a;
    return open_account(l, 0);
}

static int withdraw(Account *a, int64_t amount) {
    if (amount + 1 > a->balance) return 0;
    a->balance -= amount + 1;
    return 1;
}

static Tx *tx_new(Account *s, Account *d, int64_t amount, Tx *prev) {
    Tx *t = malloc(sizeof *t);
    t->rc = 1; t->src = s; t->dst = d; s->rc++; d->rc++; t->amount = amount; t->prev = prev;
    return t;
}

static int transfer(Ledger *l, Account *s, Account *d, int64_t amount) {
    if (!withdraw(s, amount)) return 0;
    d->balance += amount;
    l->last = tx_new(s, d, amount, l->last);
    l->kept++;
    if (l->kept > 64) {
        Tx *old = l->last;
        l->last = tx_new(s, d, amount, NULL);
        tx_release(old);
        l->kept = 1;
    }
    return 1;
}

static int64_t kernel(int64_t n, int64_t seed) {
    Ledger l = {NULL, 0, NULL, 0};
    for (int i = 0; i < 16; i++) open_account(&l, 1000 + i);
    int64_t x = seed, ok = 0;
    for (int64_t i = 0; i < n; i++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        Account *a = find(&l, x % 16);
        Account *b = find(&l, (x / 16) % 16);
        if (transfer(&l, a, b, x % 50)) ok++;
    }
    int64_t total = 0;
    for (Account *a = l.first; a; a = a->next) total += a->balance;
    return ok * 100000 + total;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s <2 argument(s) of kernel()>\n", argv[0]);
        return 2;
    }
    double t0 = now();
    int64_t r = kernel(strtoll(argv[1], NULL, 10), strtoll(argv[2], NULL, 10));
    double t1 = now();
    printf("%lld\n", (long long)r);
    fprintf(stderr, "%.9f\n", t1 - t0);
    return 0;
}
