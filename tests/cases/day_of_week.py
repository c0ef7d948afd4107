# Zeller's congruence and day counting.
# run: main
# run: weekday 2000 1 1
# run: weekday 1969 7 20
# run: days_between 1970 1 1 2038 1 19


def weekday(y: int, m: int, d: int) -> int:
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def days_from_civil(y: int, m: int, d: int) -> int:
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def days_between(y1: int, m1: int, d1: int, y2: int, m2: int, d2: int) -> int:
    return days_from_civil(y2, m2, d2) - days_from_civil(y1, m1, d1)


def main():
    fridays = 0
    for y in range(1990, 2031):
        for m in range(1, 13):
            if weekday(y, m, 13) == 4:
                fridays += 1
    print("friday the 13ths:", fridays)
    print(days_from_civil(1970, 1, 1), days_from_civil(2000, 3, 1), days_from_civil(-1, 12, 31))
    print(days_between(2000, 1, 1, 2024, 2, 29), weekday(2024, 2, 29))
    return days_from_civil(2262, 4, 11) * 86400
