# Imports through a re-export (main -> shapes -> units), mutual recursion
# across files (parity), and a constant computed from another module's.
# run: area_of 3.0
# run: parity_of 10
# run: parity_of 7
# run: limit
from shapes import area, Square
import parity

N = parity.DEPTH * 2


def limit() -> int:
    return N + Square(2.0).sides


def parity_of(n: int) -> str:
    return "even" if parity.is_even(n) else "odd"


def area_of(side: float) -> float:
    return area(side)
