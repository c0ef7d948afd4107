# Integer literals must fit in 64 bits (2**70 and 2**63 here).
def main() -> int:
    x = 1180591620717411303424  # error: 64
    y = 9223372036854775808  # error: 64
    return 0
