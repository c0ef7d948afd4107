class Point:
    def __init__(self, x: float):
        self.x = x
