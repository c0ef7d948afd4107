"""Matrix multiply on flat list[float] (row-major n*n), i-k-j order: float loads, stores and FMA-free adds."""


def kernel(n: int) -> float:
    a = [0.0] * (n * n)
    b = [0.0] * (n * n)
    c = [0.0] * (n * n)
    for i in range(n):
        for j in range(n):
            a[i * n + j] = (i * 7 + j * 3) % 11 * 0.25
            b[i * n + j] = (i * 5 + j * 2) % 13 * 0.5
    for i in range(n):
        for k in range(n):
            aik = a[i * n + k]
            for j in range(n):
                c[i * n + j] += aik * b[k * n + j]
    s = 0.0
    for x in c:
        s += x
    return s


# args: 160
