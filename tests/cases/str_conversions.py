# run: main 5
# run: parse 42
# run: bad_int
# run: bad_ord
# run: bad_chr -1
# run: predicates 7


def parse(n: int) -> int:
    total = 0
    for w in f" {n} , -7,+3, 1_000 ,0".split(","):
        total += int(w)
    return total


def bad_int() -> int:
    return int("12a")


def bad_ord() -> int:
    return ord("ab")


def bad_chr(i: int) -> str:
    return chr(i)


def main(n: int) -> int:
    codes = [ord(c) for c in "Aé€😀"]
    back = "".join([chr(c) for c in codes])
    print(codes, back, chr(65 + n), ord("\n"), int("-0"), int(" 17\t"))
    shifted = "".join([chr((ord(c) - 97 + n) % 26 + 97) for c in "hello"])
    return sum(codes) + len(shifted) + int(str(n) * 3)


def predicates(n: int) -> list[bool]:
    out: list[bool] = []
    for s in ["123", "12a", "", "abc", "ABC", "aB", " \t", "a1", "A1", "ab c", str(n)]:
        out.append(s.isdigit())
        out.append(s.isalpha())
        out.append(s.isspace())
        out.append(s.isalnum())
        out.append(s.isupper())
        out.append(s.islower())
    return out
