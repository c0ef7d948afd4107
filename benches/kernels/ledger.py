"""An account ledger (tier B): accounts as instances in a linked list,
transfers allocate a Transaction record each (linked into a history that
is trimmed, so instances are freed as the run goes)."""


class Account:
    FEE = 1

    def __init__(self, ident: int, balance: int, next: "Account | None" = None):
        self.ident = ident
        self.balance = balance
        self.next = next

    def deposit(self, amount: int):
        self.balance += amount

    def withdraw(self, amount: int) -> bool:
        if amount + self.FEE > self.balance:
            return False
        self.balance -= amount + Account.FEE
        return True


class Transaction:
    def __init__(self, src: Account, dst: Account, amount: int, prev: "Transaction | None"):
        self.src = src
        self.dst = dst
        self.amount = amount
        self.prev = prev


class Ledger:
    def __init__(self):
        self.first = None
        self.count = 0
        self.last = None
        self.kept = 0

    def open(self, balance: int) -> Account:
        a = Account(self.count, balance, self.first)
        self.first = a
        self.count += 1
        return a

    def find(self, ident: int) -> Account:
        a = self.first
        while a is not None:
            if a.ident == ident:
                return a
            a = a.next
        return self.open(0)

    def transfer(self, src: Account, dst: Account, amount: int) -> bool:
        if not src.withdraw(amount):
            return False
        dst.deposit(amount)
        self.last = Transaction(src, dst, amount, self.last)
        self.kept += 1
        if self.kept > 64:
            self.last = Transaction(src, dst, amount, None)  # trim the history
            self.kept = 1
        return True


def kernel(n: int, seed: int) -> int:
    ledger = Ledger()
    for i in range(16):
        ledger.open(1000 + i)
    x = seed
    ok = 0
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a = ledger.find(x % 16)
        b = ledger.find((x // 16) % 16)
        if ledger.transfer(a, b, x % 50):
            ok += 1
    total = 0
    acc = ledger.first
    while acc is not None:
        total += acc.balance
        acc = acc.next
    return ok * 100000 + total


# args: 300000, 7
