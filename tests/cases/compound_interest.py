# run: main
# run: balance 1000.0 0.05 10
# run: months_to_double 0.07


import math


def balance(principal: float, rate: float, years: int) -> float:
    b = principal
    for y in range(years):
        b *= 1.0 + rate
    return b


def months_to_double(annual: float) -> int:
    m = 0
    b = 1.0
    while b < 2.0:
        b *= 1.0 + annual / 12.0
        m += 1
    return m


def payment(principal: float, annual: float, months: int) -> float:
    r = annual / 12.0
    return principal * r / (1.0 - (1.0 + r) ** -months)


def main():
    print("year      balance")
    b = 2500.0
    for y in range(1, 11):
        b = b * 1.04 + 100.0
        print(f"{y:>4d} {b:>12.2f}")
    p = payment(200000.0, 0.06, 360)
    print(f"monthly payment: {p:.2f}")
    owed = 200000.0
    for m in range(12):
        interest = owed * 0.06 / 12.0
        owed = owed + interest - p
    print(f"owed after a year: {owed:.2f}")
    print(balance(100.0, 0.1, 3), 100.0 * math.exp(0.3), months_to_double(0.05))
