# Fixed-point formatting rounds the exact binary value, half to even.
# run: main


def main():
    print(f"{0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
    print(f"{-0.0:.1f} {-0.001:.2f} {1e16:.1f} {1e22:.0f} {123456789.125:.2f}")
    inf = float("inf")
    nan = float("nan")
    print(f"{inf:.2f} {-inf:.3f} {nan:.1f} {inf:8.2f}| {nan:>6.1f}|")
    print(f"{1 / 3:.17f} {2 / 3:.20f} {0.1:.25f}")
    print(f"{5e-324:.3f} {1.7976931348623157e308:.1f}")
    print("%.2f %.0f %.0f %.3f" % (2.675, 0.5, 1.5, -0.0005))
