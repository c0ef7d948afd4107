# Example 2 of the RPythonic page ("shared objects"), ported to Python 3:
# a compiled class whose instance is shared by a worker thread, which
# mutates it under a lock, and the main thread, which reads its fields
# without one (each read is one load from the C struct, under the GIL, so
# it is never torn) and prints it under the lock.
import threading
import time

import rpythonic

rpythonic.set_pypy_root("../../pypy")  # accepted and ignored
rpy = rpythonic.RPython()


@rpy.object
class MyRpyObject(object):
    def __init__(self, x=.0, y=.0, z=.0):
        self.x = x; self.y = y; self.z = z

    def add(self, x=.0, y=.0, z=.0): self.x += x; self.y += y; self.z += z

    def sum(self): return self.x + self.y + self.z

    def show(self): print('<%s %s %s>' % (self.x, self.y, self.z))


rpy.cache("test2", refresh=1)

o = MyRpyObject()
print(o.x)
o.add(1, 2, 3)
print(o.x)
o.show()

lock = threading.Lock()
GO = True
adds = 0
started = threading.Event()


def worker():
    global adds
    print("thread start")
    started.set()
    while GO:
        with lock:
            o.add(0.1, 0.2, 0.3)
            adds += 1
    print("thread exit")


t = threading.Thread(target=worker)
t.start()
started.wait()
for i in range(2000):
    x, y, z = o.x, o.y, o.z  # no lock: each read is atomic
    assert y >= 2.0 and z >= 3.0
    if i % 400 == 0:
        with lock:
            o.show()  # the three fields at one instant
    if i % 20 == 0:
        time.sleep(0.0005)  # let the worker run
GO = False
t.join()

# The same additions in plain Python floats give the same fields.
ex, ey, ez = 1.0, 2.0, 3.0
for _ in range(adds):
    ex += 0.1; ey += 0.2; ez += 0.3
print("adds:", adds, "consistent:", (o.x, o.y, o.z) == (ex, ey, ez), "sum:", o.sum() == ex + ey + ez)
print("tier:", rpythonic.tier(MyRpyObject))
