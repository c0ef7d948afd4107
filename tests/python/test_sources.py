"""Source from wherever Python keeps it (issue: functions defined in
`python -c`, on stdin, in exec'd code, in the classic REPL and in
notebook-like cells registered in linecache compile; where Python kept no
source, a CompileError says so and what to do).

Real subprocesses and a real pseudo-terminal for the REPL.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import PYTHON

ENV = dict(os.environ, RPY_TIER="jit")

PROGRAM = """\
import rpythonic
rpy = rpythonic.RPython()

@rpy.bind
def add(a: int, b: int) -> int:
    return a + b

@rpy.bind
def twice(a: int) -> int:
    if a < 0:
        raise ValueError("negative")
    return add(a, a)

print(add(2, 3), twice(21), rpythonic.tier(twice))
try:
    twice(-1)
except ValueError as e:
    import traceback
    f = traceback.extract_tb(e.__traceback__)[-1]
    print("ValueError", e, f.filename, f.lineno, f.name, f.line)
"""


def run(args, **kw):
    return subprocess.run([PYTHON, *args], env=ENV, capture_output=True, text=True, timeout=120, **kw)


def test_python_dash_c():
    out = run(["-c", PROGRAM])
    assert out.returncode == 0, out.stderr
    assert out.stdout == "5 42 jit\nValueError negative <string> 11 twice raise ValueError(\"negative\")\n"


def test_stdin_from_a_file(tmp_path):
    script = tmp_path / "prog.py"
    script.write_text(PROGRAM)
    with open(script) as fh:
        out = run(["-"], stdin=fh)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("5 42 jit\nValueError negative <stdin> 11 twice")


def test_stdin_from_a_pipe_is_a_clear_compile_error():
    out = run(["-"], input=PROGRAM)
    assert out.returncode == 1
    assert "rpythonic.CompileError: cannot compile 'add': it was read from stdin through a pipe, which Python does not keep. Put the code in a file" in out.stderr


def test_exec_of_compiled_source_even_among_other_string_sources():
    src = textwrap.dedent('''
        import collections, dataclasses
        import rpythonic
        rpy = rpythonic.RPython()
        code = """
        @rpy.bind
        def cube(a: int) -> int:
            if a > 100:
                raise ValueError('big')
            return a * a * a
        """
        exec(compile(code, "generated", "exec"))
        # Other sources named <string> (namedtuple and dataclasses exec
        # their own) come after it and must not be mistaken for it.
        P = collections.namedtuple("P", "x y")
        @dataclasses.dataclass
        class D:
            x: int = 0
        exec("@rpy.bind\\ndef sq(a: int) -> int:\\n    return a * a\\n")
        print(cube(3), sq(7))
        try:
            cube(101)
        except ValueError as e:
            import traceback
            f = traceback.extract_tb(e.__traceback__)[-1]
            print(f.filename, f.lineno, f.name)
    ''')
    out = run(["-c", src])
    assert out.returncode == 0, out.stderr
    assert out.stdout == "27 49\ngenerated 5 cube\n"


def test_cells_registered_in_linecache_share_one_namespace():
    # What IPython and ipykernel do: each cell is compiled under its own
    # file name, registered in linecache, and run in __main__.
    src = textwrap.dedent('''
        import linecache
        import rpythonic
        rpy = rpythonic.RPython()
        def cell(n, text):
            name = f"/tmp/ipykernel_0/cell{n}.py"
            linecache.cache[name] = (len(text), None, text.splitlines(True), name)
            exec(compile(text, name, "exec"), globals())
        cell(1, "@rpy.bind\\ndef base(x: int) -> int:\\n    return x + 1\\n")
        cell(2, "@rpy.object\\nclass Acc:\\n    def __init__(self, v: int):\\n        self.v = v\\n    def add(self, x: int) -> int:\\n        self.v += base(x)\\n        return self.v\\n")
        cell(3, "@rpy.bind\\ndef use(x: int) -> int:\\n    a = Acc(10)\\n    a.add(x)\\n    return a.add(x)\\n")
        print(use(1))
        # A later cell redefines base: new code uses the new definition.
        cell(4, "@rpy.bind\\ndef base(x: int) -> int:\\n    return x + 100\\n")
        cell(5, "@rpy.bind\\ndef use2(x: int) -> int:\\n    return base(x)\\n")
        print(use2(1), base(1))
        cell(6, "@rpy.bind\\ndef bad(x: int) -> int:\\n    return x.bit_length()\\n")
        try:
            bad(1)
        except rpythonic.CompileError as e:
            print(e.filename, e.lineno, e.offset)
    ''')
    out = run(["-c", src])
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["14", "101 101", "/tmp/ipykernel_0/cell6.py 3 14"]


@pytest.mark.skipif(sys.platform != "linux", reason="pty")
def test_classic_repl():
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: the REPL
        os.environ.update(ENV)
        os.environ["PYTHON_BASIC_REPL"] = "1"
        os.execv(PYTHON, [PYTHON, "-q"])
    lines = [
        "import rpythonic",
        "rpy = rpythonic.RPython()",
        "@rpy.bind",
        "def add(a: int, b: int) -> int:",
        "    return a + b",
        "",
        "@rpy.object",
        "class P:",
        "    def __init__(self, x: float):",
        "        self.x = x",
        "    def twice(self) -> float:",
        "        return 2.0 * self.x",
        "",
        "@rpy.bind",
        "def use(n: int) -> float:",
        "    return P(float(add(n, n))).twice()",
        "",
        "print('RESULT', add(2, 3), use(4), P(1.5).x, rpythonic.tier(use))",
        "exit()",
    ]
    out = b""
    for line in lines:
        os.write(fd, (line + "\n").encode())
        time.sleep(0.05)
    deadline = time.time() + 60
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 1.0)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    text = out.decode(errors="replace")
    assert "RESULT 5 16.0 1.5 jit" in text, text
