# A field keeps one type; a class annotation declares it.
class Particle:
    mass: float
    tag: int  # error: never assigned in __init__

    def __init__(self, mass: float):
        self.mass = mass
        self.speed = 0.0

    def stop(self):
        self.speed = 0  # error: field 'Particle.speed' is assigned an int


def main() -> float:
    p = Particle(1.0)
    p.stop()
    return p.mass
