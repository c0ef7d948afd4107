def main(n: int):
    print("value: " + "n")  # error: str
