def main() -> int:
    raw = b"abc"  # error: bytes
    z = 2j  # error: complex
    return 0
