# A class that is not compiled (no @rpy.object, tier B) cannot be used by
# compiled code. Defining it in the module is fine: only the use is an error.
class Point:
    pass


def main() -> int:
    p = Point()  # error: class
    return 0
