# The loop variable itself is unbound after a loop that ran zero times.
# run: main
# run: final_index 3
# run: final_index 0
# run: final_index -2


def final_index(n: int) -> int:
    for i in range(n):
        pass
    return i


def main():
    print(final_index(10))
    print("then an empty loop")
    print(final_index(0))
