# run: main 4
# run: matmul 3


def identity(n: int) -> list[list[float]]:
    m = [[0.0] * n for _ in range(n)]
    for i in range(n):
        m[i][i] = 1.0
    return m


def matmul(n: int) -> list[list[float]]:
    a = [[float(i + j) for j in range(n)] for i in range(n)]
    b = identity(n)
    b[0][n - 1] = 2.0
    c: list[list[float]] = []
    for i in range(n):
        row = [0.0] * n
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i][k] * b[k][j]
            row[j] = s
        c.append(row)
    return c


def main(n: int) -> int:
    grid = [[0] * n for _ in range(n)]
    alias = grid[1]
    alias[2] = 5
    grid[3][0] += 7
    print(grid, grid[1] is alias, grid[1] == [0, 0, 5, 0])
    shared = [[0] * 2] * 3
    shared[0][1] = 9
    print(shared)
    copy = [row.copy() for row in grid]
    copy[0][0] = 1
    print(grid[0], copy[0], grid == copy, [[1, 2]] == [[1, 2]], [[1]] < [[2]])
    tri: list[list[int]] = []
    for i in range(n):
        tri.append([1] * (i + 1))
        for j in range(1, i):
            tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]
    print(tri, len(tri[-1]), sum(tri[-1]), [1, 3, 3, 1] in tri)
    flat = []
    for row in tri:
        flat.extend(row)
    print(flat, sorted(tri, reverse=True), max(tri))
    return sum(flat)
