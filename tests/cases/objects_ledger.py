# run: main 12
# run: statement 5
# run: no_history 2
# An account ledger: deposits, withdrawals with a class-level fee read as
# both `self.FEE` and `Account.FEE`, a history of entries linked through
# `prev`, a bank holding two accounts in its fields, and functions that
# take accounts. The last run calls a method through a None field.


class Entry:
    def __init__(self, amount: int, balance: int, prev: "Entry | None" = None):
        self.amount = amount
        self.balance = balance
        self.prev = prev

    def describe(self):
        if self.amount > 0:
            print(f"  dep {self.amount:+6d} -> {self.balance:6d}")
        else:
            print(f"   wd {self.amount:+6d} -> {self.balance:6d}")


class Account:
    FEE = 2
    LIMIT = 1000
    BONUS_RATE = 0.01

    def __init__(self, number: int, balance=0):
        self.number = number
        self.balance = balance
        self.deposits = 0
        self.withdrawals = 0
        self.fees = 0
        self.frozen = False
        self.last = None

    def record(self, amount: int):
        self.last = Entry(amount, self.balance, self.last)

    def deposit(self, amount: int) -> int:
        if self.frozen or amount <= 0:
            return self.balance
        if amount > Account.LIMIT:
            self.frozen = True
            return self.balance
        self.balance += amount
        self.deposits += 1
        self.record(amount)
        return self.balance

    def withdraw(self, amount: int) -> bool:
        cost = amount + self.FEE
        if self.frozen or cost > self.balance:
            return False
        self.balance -= cost
        self.fees += Account.FEE
        self.withdrawals += 1
        self.record(-amount)
        return True

    def bonus(self) -> float:
        return self.balance * self.BONUS_RATE

    def history_len(self) -> int:
        n = 0
        e = self.last
        while e is not None:
            n += 1
            e = e.prev
        return n


class Bank:
    def __init__(self, checking: Account, savings: Account):
        self.checking = checking
        self.savings = savings
        self.transfers = 0

    def transfer(self, src: Account, dst: Account, amount: int) -> bool:
        if src is dst:
            return False
        if not src.withdraw(amount):
            return False
        dst.deposit(amount)
        self.transfers += 1
        return True

    def total(self) -> int:
        return self.checking.balance + self.savings.balance


def fees_charged(a: Account) -> int:
    return a.withdrawals * Account.FEE


def richer(a: Account, b: Account) -> Account:
    return a if a.balance >= b.balance else b


def main(n: int) -> int:
    bank = Bank(Account(1), Account(2, balance=500))
    c = bank.checking
    for i in range(n):
        c.deposit(10 * i + 5)
        if i % 3 == 2:
            ok = c.withdraw(7 * i)
            print("withdraw", 7 * i, ok, c.balance)
    print(c.balance, c.deposits, c.withdrawals, c.fees, fees_charged(c), c.fees == fees_charged(c))
    print(bank.transfer(bank.savings, c, 120), bank.transfer(c, c, 1), bank.transfer(c, bank.savings, 10 ** 6))
    print(bank.total(), bank.transfers, richer(c, bank.savings).number, richer(c, bank.savings) is c)
    print(c.deposit(5000), c.frozen, c.deposit(1), c.withdraw(1), c.history_len())
    print(Account.FEE, Account.LIMIT, bank.savings.FEE, c.bonus(), Account.BONUS_RATE * 2)
    return bank.total() - Account.FEE * bank.transfers


def statement(n: int) -> int:
    a = Account(7, 100)
    for i in range(n):
        a.deposit(i + 1)
        a.withdraw(i)
    e = a.last
    while e is not None:
        e.describe()
        e = e.prev
    return a.balance


def no_history(n: int) -> int:
    a = Account(9, n)
    print(a.withdraw(n), a.balance, a.last is None)
    a.last.describe()
    return a.balance
