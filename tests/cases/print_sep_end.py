# run: main


def main():
    print()
    print(1, 2, 3)
    print(1, 2, 3, sep="")
    print(1, 2, 3, sep=", ")
    print(1, 2, 3, sep=" -> ", end=" <end>\n")
    print("no newline", end="")
    print(" ...continued")
    print(1.5, True, -7, sep="|", end="|\n")
    print(end="")
    print("a", end="")
    print("b", end="")
    print(sep="x")
    print("tab\tand", "quote'", 'dq"', sep="")
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(3):
        print(i, i * i, sep=":", end=";")
    print()
    print("percent % sign", "{braces}", 3)
