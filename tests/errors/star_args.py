def total(*args) -> int:  # error: *args
    return 0
