# Functions with many parameters of mixed types.
# run: main
# run: mix 1 2.0 True 4 5.0 False 7 8.0 True 10


def mix(a: int, b: float, c: bool, d: int, e: float, f: bool, g: int, h: float, i: bool, j: int) -> float:
    s = a + b + d + e + g + h + j
    if c:
        s += 100.0
    if f:
        s += 1000.0
    if i:
        s = -s
    return s


def ten_ints(a: int, b: int, c: int, d: int, e: int, f: int, g: int, h: int, i: int, j: int) -> int:
    return a - b + c - d + e - f + g - h + i - j * 1000


def ten_floats(a: float, b: float, c: float, d: float, e: float, f: float, g: float, h: float, i: float, k: float) -> float:
    return ((((a * b + c) * d + e) * f + g) * h + i) * k


def main():
    print(mix(1, 2.0, True, 4, 5.0, False, 7, 8.0, True, 10))
    print(mix(j=1, i=False, h=0.5, g=2, f=True, e=0.25, d=3, c=False, b=1.5, a=-1))
    print(ten_ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    print(ten_floats(1.5, 2.0, 0.5, -1.0, 3.0, 0.25, 1.0, 2.0, -0.5, 4.0))
