def member(a: int, b: int) -> bool:
    return a in b  # error: in


def not_member(a: int, b: int) -> bool:
    return a not in b  # error: in
