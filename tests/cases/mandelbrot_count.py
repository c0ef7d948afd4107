# Escape-time counts of the Mandelbrot set on a small grid.
# run: main
# run: escape -0.75 0.1 200
# run: escape 0.0 0.0 50

MAX_ITER = 60


def escape(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    for k in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def main():
    inside = 0
    total = 0
    for row in range(12):
        ci = -1.2 + row * 0.2
        for col in range(32):
            cr = -2.1 + col * 0.09
            k = escape(cr, ci, MAX_ITER)
            total += k
            if k == MAX_ITER:
                inside += 1
                print("#", end="")
            elif k > 10:
                print("+", end="")
            else:
                print(".", end="")
        print()
    print(inside, total)
    return inside
