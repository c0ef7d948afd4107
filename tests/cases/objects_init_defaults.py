# run: main 8
# run: order 3
# Fields typed by __init__ keyword defaults (`rate=0.5` a float, `steps=10`
# an int, `verbose=False` a bool), constructors called with keyword
# arguments in any order, positionally, mixed, and with defaults left out;
# methods with defaults called by keyword; arguments evaluated left to
# right in source order even when given by keyword.


class Config:
    def __init__(self, rate=0.5, steps=10, verbose=False, scale=1.0, offset=0):
        self.rate = rate
        self.steps = steps
        self.verbose = verbose
        self.scale = scale
        self.offset = offset

    def show(self):
        print(self.rate, self.steps, self.verbose, self.scale, self.offset)

    def run(self, start=1.0, bias=0) -> float:
        x = start
        for i in range(self.steps):
            x = x * (1.0 - self.rate) + self.scale * (i + self.offset + bias)
            if self.verbose and i % 4 == 0:
                print("  step", i, x)
        return x


class Counter:
    def __init__(self, start=0, step=1, wrap=False, limit=100):
        self.value = start
        self.step = step
        self.wrap = wrap
        self.limit = limit
        self.ticks = 0

    def tick(self, times=1) -> int:
        for i in range(times):
            self.value += self.step
            self.ticks += 1
            if self.wrap and self.value >= self.limit:
                self.value -= self.limit
        return self.value


class Pair:
    def __init__(self, first: Counter, second: Counter, label=0):
        self.first = first
        self.second = second
        self.label = label


def make(v: int) -> Counter:
    print("make", v)
    return Counter(start=v)


def main(n: int) -> float:
    Config().show()
    Config(steps=n, rate=0.25).show()
    Config(verbose=True, offset=-3, scale=2.5, steps=4, rate=0.125).show()
    Config(0.75, verbose=True).show()
    Config(0.2, 3, offset=7).show()
    Config(0.1, 2, False, 3.0, 4).show()
    c = Config(offset=1, steps=n)
    a = c.run()
    b = c.run(bias=2, start=-1.0)
    d = c.run(0.5)
    print(a, b, d)
    v = Config(steps=9, verbose=True, rate=0.5).run(start=2.0)
    k = Counter(wrap=True, step=7, limit=10)
    print(k.tick(), k.tick(times=n), k.ticks, k.wrap, Counter().tick(3), Counter(5, -2).tick(times=4))
    return a + b + d + v


def order(n: int) -> int:
    p = Pair(second=make(2), first=make(1))
    q = Pair(make(3), label=n, second=make(4))
    r = Pair(label=make(5).tick(n), first=make(6), second=make(7))
    print(p.first.value, p.second.value, q.first.value, q.second.value, q.label)
    print(r.label, r.first.value, r.second.value, r.first is not r.second)
    return p.first.tick(n) + q.second.tick(times=n) + r.label
