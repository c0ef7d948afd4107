def main(n: int) -> int:
    a = sorted(n)  # error: sorted
    b = input()  # error: input
    c = open(n)  # error: open
    d = hex(n)  # error: hex
    e = getattr(n, "x")  # error: getattr
    f = eval(n)  # error: eval
    return n
