# Uses the stub `rpy build` wrote (make demo runs it with another Python,
# without rpythonic and with no compiler on PATH): python use_shipped.py DIR
import sys

sys.path.insert(0, sys.argv[1])
import shipped  # noqa: E402

print(sys.implementation.name, sys.version.split()[0], "- shipped.add(1, 2) =", shipped.add(1, 2), " add(5) =", shipped.add(5))
print("primes(30) =", shipped.primes(30))
v = shipped.Vec3(1.0, 2.0, 3.0)
w = v.scaled(2)
print("w.x =", w.x, " w._pointer.contents.z =", w._pointer.contents.z)
shipped.report(v)
try:
    shipped.add(1.5)
except TypeError as e:
    print("TypeError:", e)
