# A conversion table printed with % formatting.
# run: main
# run: c_to_f -40.0
# run: f_to_c 212


def c_to_f(c: float) -> float:
    return c * 9.0 / 5.0 + 32.0


def f_to_c(f: float) -> float:
    return (f - 32.0) * 5.0 / 9.0


def main():
    print("       C        F        K")
    for c in range(-40, 101, 20):
        print("%8d %8.1f %8.2f" % (c, c_to_f(c * 1.0), c + 273.15))
    total = 0.0
    for f in range(0, 101, 10):
        total += f_to_c(f * 1.0)
    print("mean: %.4f" % (total / 11))
    print("%-6s|%6.3f|%+d" % (True, f_to_c(98.6), -5))
