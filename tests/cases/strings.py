# run: main 7
# run: char_at 2
# run: char_at -5
# run: char_at 4
# run: join_words 3
# run: split_empty_sep


def char_at(i: int) -> str:
    return "abcd"[i]


def join_words(n: int) -> str:
    ws: list[str] = []
    for i in range(n):
        ws.append(f"w{i}")
    return ", ".join(ws) + "."


def split_empty_sep() -> list[str]:
    return "a b".split("")


def main(n: int) -> int:
    s = "héllo"
    t = s + " " + "world" * 2
    print(s, t, len(s), len(t), s[1], s[-1], s[1:3], t[::-2], s == "héllo", s < "z", "ll" in s, "x" not in s)
    parts = "a, b,c".split(",")
    words = "  the quick  brown fox ".split()
    print(parts, words, "-".join(words), [w.strip() for w in parts], "abc".upper(), "ABC".lower())
    print(s.startswith("hé"), s.endswith("x"), t.find("world"), t.find("zz"), t.count("o"), t.replace("o", "0"), "ab".replace("", "-"))
    print(repr(s), str(n), repr(2.5), str(True), repr("it's"), repr('say "hi"'), repr("tab\there\n"))
    msg = f"n={n:>4} s={s!r} {n / 3:.3f}"
    pct = "%5d|%-6.2f|%s|%r" % (n, 2.5, s, s)
    print(msg, pct, len(msg))
    acc = ""
    for ch in s:
        acc = ch + acc
    xs = sorted(["pear", "apple", "fig", "Fig", ""])
    print(acc, xs, max(xs), min(xs), "fig" in xs, xs.index("pear"), [c for c in "abc"], ["a", "b"] == ["a", "b"])
    if not "":
        print("empty is false", bool(s), " x ".strip(), " x ".lstrip(), " x ".rstrip(), "--")
    pairs = [("b", 2), ("a", 1)]
    pairs.sort()
    print(pairs, ("a", 1) < ("a", 2), "a" * 0, "ab" * -1, "x" != "y")
    return len(t + str(len(acc)))
