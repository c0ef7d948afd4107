# Importing other modules is fine for the surrounding Python module; using
# them from compiled code is not (only math is captured).
import os
import sys
from random import random


def main() -> float:
    a = os.getpid()  # error: os
    b = sys.maxsize  # error: sys
    c = random()  # error: random
    return 0.0
