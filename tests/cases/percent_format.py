# printf-style % formatting as a print argument.
# run: main


def main():
    a = 42
    b = 2.5
    c = True
    print("%d %s %.2f" % (a, b, b))
    print("%d items" % a)
    print("%s and %s" % (c, a))
    print("%5d|%-5d|%05d|%+d|% d" % (a, a, a, a, a))
    print("%8.3f|%-8.2f|%08.2f|%+.1f|%.0f" % (b, b, b, b, b))
    print("%s %r %s %r" % (b, b, 0.1, 1e16))
    print("100%% done, %d%%" % a)
    print("%i %d %d" % (-a, -7, 0))
    print("%.3f %.3f %.3f" % (float("inf"), float("-inf"), float("nan")))
    for i in range(1, 4):
        print("row %2d: %6.2f %s" % (i, i / 3, i % 2 == 0))
