# `global` declarations that only read module constants.
# run: main
# run: above_threshold 99
# run: above_threshold 101

THRESHOLD = 100
RATE = 0.07
ENABLED = True


def above_threshold(x: int) -> bool:
    global THRESHOLD
    return x > THRESHOLD


def grow(amount: float, years: int) -> float:
    global RATE, ENABLED
    if not ENABLED:
        return amount
    for y in range(years):
        amount = amount * (1.0 + RATE)
    return amount


def main():
    global THRESHOLD
    print(THRESHOLD + 1, above_threshold(150), above_threshold(50))
    print(round(grow(1000.0, 10), 2))
    return THRESHOLD - 1
