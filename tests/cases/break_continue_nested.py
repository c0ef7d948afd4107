# run: main
# run: pairs 6


def pairs(n: int) -> int:
    count = 0
    for i in range(n):
        if i == 4:
            continue
        for j in range(n):
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            count += 1
    return count


def main():
    for i in range(4):
        for j in range(4):
            if j == i:
                break
            print(f"({i},{j})", end=" ")
        print()
    total = 0
    i = 0
    while True:
        i += 1
        if i > 20:
            break
        if i % 3 == 0:
            continue
        j = 0
        while j < i:
            j += 5
            if j == 10:
                continue
            total += j
    print(total)
    return pairs(8)
