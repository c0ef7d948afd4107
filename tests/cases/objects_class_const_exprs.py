# run: main 1
# Class constants built from module constants and from earlier constants
# of the same class body, read as `self.K` and `C.K`.

BASE = 1


class Account:
    FEE = BASE * 2
    LIMIT = FEE * 10
    HALF = LIMIT / 4
    NEG = -LIMIT + FEE

    def __init__(self, n: int):
        self.n = n


def main(k: int) -> int:
    a = Account(k)
    print(Account.HALF, a.NEG)
    return a.LIMIT + Account.FEE + a.FEE + a.n
