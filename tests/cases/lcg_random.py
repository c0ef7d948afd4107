# A 32-bit linear congruential generator (masking keeps every value small)
# driving a Monte Carlo estimate of pi and a dice histogram.
# run: main
# run: nth 12345 1000


MASK = 0xFFFFFFFF


def next_state(s: int) -> int:
    return (1664525 * s + 1013904223) & MASK


def nth(seed: int, n: int) -> int:
    s = seed & MASK
    for i in range(n):
        s = next_state(s)
    return s


def main():
    s = 42
    for i in range(5):
        s = next_state(s)
        print(s, s >> 16, s / 4294967296.0)
    hits = 0
    trials = 5000
    for i in range(trials):
        s = next_state(s)
        x = s / 4294967296.0
        s = next_state(s)
        y = s / 4294967296.0
        if x * x + y * y < 1.0:
            hits += 1
    print("pi ~", 4.0 * hits / trials)
    ones = 0
    sixes = 0
    for i in range(600):
        s = next_state(s)
        die = (s >> 16) % 6 + 1
        if die == 1:
            ones += 1
        elif die == 6:
            sixes += 1
    print(ones, sixes)
    return s
