# Integer and float literal spellings.
# run: main


def main():
    print(0x1F, 0o17, 0b1011, 1_000_000, 0xFF_FF, 0b1111_0000, 0O7, 0X10, 0B1)
    print(1., .5, 1e3, 1E-3, 1_000.5, 2.5e+2, 0.0, 00.5, 1e0, 0e0)
    print(9223372036854775807, 0x7FFFFFFFFFFFFFFF, -0x7FFFFFFFFFFFFFFF - 1)
    print(True, False, 1e-323, 4.9e-324, 1.7976931348623157e308)
    print(123456789012345678, 1234567890.0987654321)
