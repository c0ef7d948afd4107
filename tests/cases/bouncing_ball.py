# A small physics simulation printed with f-strings.
# run: main
# run: bounces 10.0 0.8


def bounces(height: float, restitution: float) -> int:
    n = 0
    v = (2.0 * 9.81 * height) ** 0.5
    while v > 0.5:
        v *= restitution
        n += 1
    return n


def main():
    y = 10.0
    vy = 0.0
    dt = 0.05
    g = -9.81
    hits = 0
    for step in range(200):
        vy += g * dt
        y += vy * dt
        if y < 0.0:
            y = -y
            vy = -vy * 0.9
            hits += 1
            print(f"bounce {hits:2d} at t={step * dt:5.2f} speed={vy:7.3f}")
    print(f"final height {y:.6f}, velocity {vy:.6f}")
    return bounces(10.0, 0.5)
