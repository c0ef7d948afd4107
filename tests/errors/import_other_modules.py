import os  # error: os
import sys  # error: sys
from random import random  # error: random


def main() -> int:
    return 0
