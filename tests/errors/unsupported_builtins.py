def main(n: int) -> int:
    a = sorted(n)  # error: sorted
    b = input()  # error: input
    c = open(n)  # error: open
    d = hex(n)  # error: hex
    e = isinstance(n, int)  # error: isinstance
    f = eval(n)  # error: eval
    return n
