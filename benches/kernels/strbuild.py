"""String building: format numbers into pieces, join them, scan the result (f-strings, list[str], join, count)."""


def kernel(n: int) -> int:
    parts: list[str] = []
    for i in range(n):
        parts.append(f"{i}:{i * 7 % 1000}")
    s = ",".join(parts)
    return len(s) + s.count("7")


# args: 200000
