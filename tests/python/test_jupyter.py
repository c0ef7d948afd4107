"""Jupyter for real: a notebook executed by a real IPython kernel
(ipykernel, driven by nbclient, both installed into .venv by the
Makefile) defines compiled functions and a compiled class in cells, calls
them across cells, redefines a function in a later cell (the new
definition is what runs) and shows a CompileError whose caret points into
the cell."""

from __future__ import annotations

import os
import re

# Installed into .venv by the Makefile (`make test`), so never skipped.
import ipykernel  # noqa: F401 - the kernel nbclient starts
import nbclient
import nbformat

CELLS = [
    "import rpythonic\nrpy = rpythonic.RPython(tier='jit')",
    "@rpy.bind\ndef base(x: int) -> int:\n    return x + 1",
    "@rpy.object\nclass Acc:\n    def __init__(self, v: int = 0):\n        self.v = v\n    def add(self, x: int) -> int:\n        self.v += base(x)\n        return self.v",
    "@rpy.bind\ndef use(n: int) -> int:\n    a = Acc(10)\n    for i in range(n):\n        a.add(i)\n    return a.v\nprint(use(4), base(1), Acc(5).v, rpythonic.tier(use))",
    # Redefined in a later cell: what runs now is the new body.
    "@rpy.bind\ndef base(x: int) -> int:\n    return x * 100\n@rpy.bind\ndef use2(n: int) -> int:\n    return base(n)\nprint(use2(3), base(2))",
    # Outside the subset: a CompileError pointing into this cell.
    "@rpy.bind\ndef bad(x: int) -> int:\n    y = [i for i in range(x) for j in range(x)]\n    return len(y)\nbad(2)",
    # An exception raised in compiled code shows this cell's line.
    "@rpy.bind\ndef boom(x: int) -> int:\n    if x > 1:\n        raise ValueError('too big')\n    return x\nboom(5)",
]


def plain(lines) -> str:
    """A traceback of the kernel without its colours."""
    return re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(lines))


def test_notebook_with_compiled_cells(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in CELLS]
    client = nbclient.NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    env_before = dict(os.environ)
    os.environ["RPY_TIER"] = "jit"
    try:
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(env_before)

    def text(i):
        out = []
        for o in nb.cells[i].outputs:
            if o.output_type == "stream":
                out.append(o.text)
            elif o.output_type == "error":
                out.append(o.ename + ": " + o.evalue + "\n" + "\n".join(o.traceback))
        return "".join(out)

    assert text(3) == "20 2 5 jit\n"
    assert text(4) == "300 200\n"
    err = nb.cells[5].outputs[0]
    assert err.output_type == "error" and err.ename == "CompileError", text(5)
    assert "comprehensions with more than one" in err.evalue or "for" in err.evalue, err.evalue
    # IPython shows a SyntaxError's own line with the caret under the
    # construct: the cell's line 3.
    tb = plain(err.traceback)
    assert "y = [i for i in range(x) for j in range(x)]" in tb, tb
    assert "^" in tb, tb
    boom = nb.cells[6].outputs[0]
    assert boom.ename == "ValueError" and boom.evalue == "too big"
    tb = plain(boom.traceback)
    assert "raise ValueError('too big')" in tb, tb
    assert "----> 4" in tb, tb  # the cell's line 4
