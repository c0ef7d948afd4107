# The range pass (rpy-ir/src/range.rs) removes index and overflow checks
# it proves cannot fire. Each function here sits next to the edge of a
# proof: the checks that must stay raise as CPython does, the ones that go
# give the same values. (Overflow edges, where CPython grows the int, are
# in crates/rpy/tests/runtime.rs, tier against tier.)
# run: short_list 5
# run: short_list 0
# run: exact_list 6
# run: exact_list -3
# run: after_pop 4
# run: resized_by_callee 4
# run: negative_step 7
# run: negative_step 0
# run: dynamic_step 20 3
# run: dynamic_step 20 -3
# run: dynamic_step 20 0
# run: while_down 6
# run: while_down_off_by_one 6
# run: flat_matrix 5
# run: flat_matrix 0
# run: flat_not_square 4
# run: sieve 100
# run: sieve 1
# run: sieve -1
# run: index_len 5
# run: index_len_plus_one 5
# run: mod_range 10
# run: display_len
# run: aug_negative 5
# run: aug_shrinks 3
# run: insertion_sort 40
# run: decided_compare 5
# run: decided_compare -5
# run: star_main


def short_list(n: int) -> int:
    # One item short: the last index raises IndexError.
    xs = [1] * (n - 1)
    s = 0
    for i in range(n):
        s += xs[i]
    return s


def exact_list(n: int) -> int:
    xs = [2] * n
    s = 0
    for i in range(n):
        xs[i] = i
        s += xs[i]
    return s


def after_pop(n: int) -> int:
    # The list shrinks in the loop: its length is not stable.
    xs = [1] * n
    s = 0
    for i in range(n):
        s += xs[i]
        xs.pop()
    return s


def shrink(xs: list[int]) -> None:
    xs.pop()


def resized_by_callee(n: int) -> int:
    xs = [1] * n
    s = 0
    for i in range(n):
        s += xs[i]
        shrink(xs)
    return s


def negative_step(n: int) -> int:
    xs = [0] * n
    for i in range(n - 1, -1, -1):
        xs[i] = i * i
    s = 0
    for i in range(n - 1, -2, -1):
        s += xs[i]
    return s


def dynamic_step(n: int, step: int) -> int:
    xs = [1] * n
    s = 0
    for i in range(0, n, step):
        s += xs[i]
    return s


def while_down(n: int) -> int:
    xs = [3] * n
    j = n - 1
    s = 0
    while j >= 0 and xs[j] > 0:
        s += xs[j]
        j -= 1
    return s


def while_down_off_by_one(n: int) -> int:
    # j starts one past the end.
    xs = [3] * n
    j = n
    s = 0
    while j >= 0:
        s += xs[j]
        j -= 1
    return s


def flat_matrix(n: int) -> float:
    a = [0.0] * (n * n)
    for i in range(n):
        for j in range(n):
            a[i * n + j] = (i * 7 + j * 3) % 11 * 0.25
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += a[i * n + j] * a[j * n + i]
    return s


def flat_not_square(n: int) -> float:
    # n by n+1 indices into an n*n list: the last row overflows it.
    a = [1.0] * (n * n)
    s = 0.0
    for i in range(n):
        for j in range(n + 1):
            s += a[i * n + j]
    return s


def sieve(n: int) -> int:
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    count = 0
    for b in is_p:
        if b:
            count += 1
    return count


def index_len(n: int) -> int:
    xs = list(range(n))
    s = 0
    for i in range(len(xs)):
        s += xs[i] * xs[len(xs) - 1 - i]
    return s


def index_len_plus_one(n: int) -> int:
    xs = list(range(n))
    s = 0
    for i in range(len(xs) + 1):
        s += xs[i]
    return s


def mod_range(n: int) -> int:
    xs = [0] * 7
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        xs[x % 7] += 1
        xs[-(x % 7) - 1] += 1
    return xs[0] * 1000 + xs[6]


def display_len() -> int:
    xs = [4, 5, 6]
    return xs[0] + xs[2] + xs[-3] + len(xs)


def insertion_sort(n: int) -> int:
    xs = [0] * n
    x = 7
    for i in range(n):
        x = (x * 75 + 74) % 65537
        xs[i] = x
    for i in range(1, n):
        v = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > v:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = v
    for i in range(n - 1):
        if xs[i] > xs[i + 1]:
            return -1
    return xs[0] + xs[n // 2] + xs[n - 1]


def decided_compare(n: int) -> int:
    c = 0
    for i in range(n):
        if i >= 0:
            c += 1
        if i < n:
            c += 10
        if i == n:
            c += 100
    return c


def star_sum(*xs: int) -> int:
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


def star_main() -> int:
    return star_sum(1, 2, 3) + star_sum()


def aug_negative(n: int) -> int:
    # Augmented stores through negative indices (the read's check does not
    # cover the store).
    xs = [1] * n
    for i in range(1, n + 1):
        xs[-i] += i
    return xs[0] * 100 + xs[-1]


def pop_one(xs: list[int]) -> int:
    xs.pop()
    return 1


def aug_shrinks(n: int) -> int:
    # The right-hand side shrinks the list: the store raises IndexError.
    xs = [1] * n
    xs[n - 1] += pop_one(xs)
    return xs[0]
