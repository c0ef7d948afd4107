def main(x: int) -> int:
    match x:  # error: match
        case 1:
            return 10
        case _:
            return 0
