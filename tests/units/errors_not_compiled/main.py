# error: calls into modules outside the compile unit name the module.
import statistics
from collections import Counter


def main() -> float:
    return statistics.mean(3)


def other() -> int:
    return Counter(3)
