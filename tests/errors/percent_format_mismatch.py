# %x needs an integer (CPython: TypeError); argument counts must match.
def main(x: float, n: int):
    print("%x" % x)  # error: format
    print("%d %d" % (n,))  # error: format
    print("%d" % (n, n))  # error: format
