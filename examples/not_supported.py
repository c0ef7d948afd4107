def total(xs):
    s = 0
    for x in xs:
        s += x * 0.5
    return s
