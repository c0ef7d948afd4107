# A class without @rpy.object (tier B) is not compiled.
class Point:  # error: class
    pass


def main() -> int:
    return 0
