# The anonymous Gregorian algorithm (many // and %).
# run: main
# run: easter 2024
# run: easter 1961


def easter(year: int) -> int:
    a = year % 19
    b = year // 100
    c = year % 100
    d = b // 4
    e = b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i = c // 4
    k = c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return month * 100 + day


def main():
    april = 0
    for y in range(1990, 2031):
        md = easter(y)
        if md // 100 == 4:
            april += 1
        print("%d-%02d-%02d" % (y, md // 100, md % 100), end="  ")
        if (y - 1989) % 5 == 0:
            print()
    print()
    print("in april:", april)
