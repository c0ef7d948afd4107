# A parameter needs an annotation or a default value to have a type.
def scale(x, factor: float) -> float:  # error: type
    return factor
