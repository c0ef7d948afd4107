# run: main


def stub(n: int):
    pass


def main():
    for i in range(3):
        pass
    if i == 2:
        pass
    else:
        print("no")
    while False:
        pass
    stub(4)
    n = 0
    for i in range(5):
        if i % 2:
            pass
        else:
            n += 1
    print(n, i)
    return n
