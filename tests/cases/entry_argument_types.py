# Arguments given on the `# run:` line are converted to the parameter types.
# run: mixed 3 2.5 True
# run: mixed -3 2 False
# run: mixed 0 -0.0 True
# run: mixed 9223372036854775807 1e-300 False
# run: only_float 7
# run: only_float -1
# run: main


def mixed(n: int, x: float, flag: bool) -> float:
    print(n, x, flag)
    if flag:
        return n * x
    return n + x


def only_float(x: float) -> float:
    return x / 2


def main():
    return mixed(1, 1.5, True)
