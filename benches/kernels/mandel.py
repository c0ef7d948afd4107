"""Mandelbrot escape counts over a w x h grid: nested loops, float arithmetic."""


def kernel(w: int, h: int, maxit: int) -> int:
    total = 0
    for py in range(h):
        ci = -1.5 + 3.0 * py / h
        for px in range(w):
            cr = -2.0 + 3.0 * px / w
            zr = 0.0
            zi = 0.0
            it = 0
            while it < maxit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                it += 1
            total += it
    return total


# args: 320, 240, 200
