# run: main
# run: grade 95
# run: grade 85
# run: grade 72
# run: grade 40
# run: grade -1


def grade(score: int) -> int:
    if score < 0:
        return -1
    elif score >= 90:
        return 4
    elif score >= 80:
        return 3
    elif score >= 70:
        return 2
    else:
        return 0


def classify(x: float) -> int:
    if x != x:
        return 0
    if x > 0:
        if x > 1e6:
            return 3
        return 2
    elif x < 0:
        return -2
    return 1


def main():
    for s in range(50, 101, 10):
        print(s, grade(s))
    print(classify(5.0), classify(2e7), classify(-1.0), classify(0.0), classify(float("nan")))
    x = 7
    if x > 5:
        print("big")
    if x > 100:
        print("huge")
    elif x > 6:
        print("medium")
    if not x:
        print("zero")
    else:
        print("nonzero")
