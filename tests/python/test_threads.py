"""Compiled functions called from 8 Python threads at once, with and
without ``nogil=True``; nogil functions may not print."""

from __future__ import annotations

import threading
import time

import pytest

import rpythonic

N_THREADS = 8

WORK_SOURCE = """
import rpythonic

rpy = rpythonic.RPython()


@rpy.bind(nogil={nogil})
def mix(n: int, seed: int) -> int:
    t = seed
    for i in range(n):
        t = (t * 31 + i) % 1000003
    return t


@rpy.bind(nogil={nogil})
def fsum(n: int) -> float:
    s = 0.0
    for i in range(1, n + 1):
        s += 1.0 / i
    return s


@rpy.bind(nogil={nogil})
def spin(n: int) -> int:
    t = 0
    i = 0
    while i < n:
        t = (t + i) % 1000003
        i += 1
    return t
"""


def _run_threads(target, n=N_THREADS, timeout=60.0):
    errors: list[BaseException] = []

    def wrapped(k):
        try:
            target(k)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=wrapped, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
        assert not t.is_alive(), "a thread did not finish"
    if errors:
        raise errors[0]


@pytest.mark.parametrize("nogil", [False, True], ids=["gil", "nogil"])
def test_eight_threads_call_concurrently(write_module, nogil):
    mod = write_module(WORK_SOURCE.format(nogil=nogil), stem=f"threads_{'nogil' if nogil else 'gil'}")
    # The expected values, from the same code run by CPython.
    def py_mix(n, seed):
        t = seed
        for i in range(n):
            t = (t * 31 + i) % 1000003
        return t

    def py_fsum(n):
        s = 0.0
        for i in range(1, n + 1):
            s += 1.0 / i
        return s

    jobs = [(1000 + 37 * k, k) for k in range(N_THREADS)]
    expected_mix = {job: py_mix(*job) for job in jobs}
    expected_fsum = {n: py_fsum(n) for n in (10, 1000, 5000)}
    assert rpythonic.tier(mod.mix) == "pending"
    barrier = threading.Barrier(N_THREADS)

    def worker(k):
        barrier.wait()  # every thread makes the first (compiling) call at once
        for rep in range(40):
            job = jobs[(k + rep) % N_THREADS]
            assert mod.mix(*job) == expected_mix[job]
            n = (10, 1000, 5000)[(k + rep) % 3]
            assert mod.fsum(n) == expected_fsum[n]

    _run_threads(worker)
    assert rpythonic.tier(mod.mix) == "jit"
    assert rpythonic.tier(mod.fsum) == "jit"


def test_nogil_releases_the_gil(write_module):
    """While a nogil call runs, other Python threads run."""
    mod = write_module(WORK_SOURCE.format(nogil=True), stem="release")
    mod.spin(1000)
    # Calibrate a call of about 0.4 s.
    n = 1_000_000
    while True:
        t0 = time.perf_counter()
        mod.spin(n)
        took = time.perf_counter() - t0
        if took > 0.05 or n > 10**12:
            break
        n *= 4
    n = int(n * 0.4 / max(took, 1e-6))
    window: dict = {}
    done = threading.Event()

    def worker():
        window["start"] = time.monotonic()
        mod.spin(n)
        window["end"] = time.monotonic()
        done.set()

    stamps = []
    t = threading.Thread(target=worker)
    t.start()
    while not done.is_set():
        stamps.append(time.monotonic())
        time.sleep(0.005)
    t.join()
    start, end = window["start"], window["end"]
    assert end - start > 0.1, "the calibrated call was too short to tell"
    inside = [s for s in stamps if start + 0.02 < s < end - 0.02]
    assert inside, "the main thread did not run while the nogil call ran"


def test_nogil_function_that_prints_is_a_compile_error_at_first_call(write_module):
    mod = write_module(
        """
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind(nogil=True)
        def loud(n: int) -> int:
            print("n =", n)
            return n
        """,
        stem="nogil_print_call",
    )
    with pytest.raises(rpythonic.CompileError) as info:
        mod.loud(1)
    assert isinstance(info.value, SyntaxError)
    assert "nogil" in str(info.value) and "print" in str(info.value)
    assert info.value.filename == mod.__file__
    assert rpythonic.tier(mod.loud) == "pending"
    with pytest.raises(rpythonic.CompileError):  # still refused, no silent fallback
        mod.loud(1)


def test_nogil_function_that_prints_is_a_compile_error_at_cache(write_module):
    mod = write_module(
        """
        import rpythonic

        rpy = rpythonic.RPython()


        def helper(n: int) -> int:
            print("helper", n)
            return n + 1


        @rpy.bind(nogil=True)
        def indirect(n: int) -> int:
            return helper(n) * 2
        """,
        stem="nogil_print_cache",
    )
    with pytest.raises(rpythonic.CompileError) as info:
        mod.rpy.cache("nogil_print")
    assert "print" in str(info.value)
    assert info.value.filename == mod.__file__


def test_nogil_function_next_to_a_printing_function(write_module, capsys):
    """Only what a nogil function runs matters: another function of the
    same file and RPython object may print."""
    mod = write_module(
        """
        import rpythonic

        rpy = rpythonic.RPython()


        @rpy.bind()
        def talk(n: int) -> int:
            print("n is", n)
            return n


        @rpy.bind(nogil=True)
        def quiet(n: int) -> int:
            return n * 2
        """,
        stem="nogil_neighbour",
    )
    assert mod.quiet(21) == 42
    assert mod.talk(3) == 3
    assert capsys.readouterr().out == "n is 3\n"
