# % formatting: hex/octal, exponent and general forms, reprs of bools.
# run: main


def main():
    n = 255
    x = 1234.5678
    print("%x %X %o %#x %#o %08x" % (n, n, n, n, n, n))
    print("%x %o" % (-n, -n))
    print("%e %.2e %E %g %G %.3g" % (x, x, x, x, 1e-10, x))
    print("%g %g %g %g" % (0.0001, 0.00001, 1e16, 100.0))
    print("%s %r %d %s" % (True, False, True, 7))
    print("%10s|%-10s|" % (x, n))
