"""Compiled ``print`` writes to ``sys.stdout``, whatever it is at call
time, in program order with Python's own prints."""

from __future__ import annotations

import contextlib
import io
import sys

import pytest

SOURCE = """
import rpythonic

rpy = rpythonic.RPython()


@rpy.bind()
def talk(n: int) -> int:
    print("n is", n)
    return n * 2


@rpy.bind()
def count(n: int) -> int:
    for i in range(n):
        print(i, i * 0.5, i % 2 == 0)
    return n
"""


class Boom:
    """A stdout whose write raises this very exception object."""

    def __init__(self):
        self.error = ValueError("boom")
        self.calls = 0

    def write(self, text):
        self.calls += 1
        raise self.error

    def flush(self):
        pass


def test_print_goes_to_replaced_stdout(write_module):
    mod = write_module(SOURCE, stem="stdout_redirect")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("before")
        assert mod.count(3) == 3
        print("after")
    assert buf.getvalue() == "before\n0 0.0 True\n1 0.5 False\n2 1.0 True\nafter\n"


def test_print_is_captured_by_capsys(write_module, capsys):
    mod = write_module(SOURCE, stem="stdout_capsys")
    assert mod.talk(4) == 8
    assert capsys.readouterr().out == "n is 4\n"


def test_stdout_whose_write_raises(write_module, monkeypatch):
    mod = write_module(SOURCE, stem="stdout_boom")
    mod.rpy.cache("stdout_boom")  # compile outside the broken stdout
    boom = Boom()
    monkeypatch.setattr(sys, "stdout", boom)
    with pytest.raises(ValueError) as info:
        mod.talk(1)
    assert info.value is boom.error
    assert boom.calls >= 1
    with pytest.raises(ValueError) as info:  # and again, from inside a loop
        mod.count(5)
    assert info.value is boom.error
    monkeypatch.undo()
    assert mod.talk(2) == 4  # the function still works afterwards


def test_stdout_whose_write_raises_at_first_call(write_module, monkeypatch):
    mod = write_module(SOURCE, stem="stdout_boom_first")
    boom = Boom()
    monkeypatch.setattr(sys, "stdout", boom)
    with pytest.raises(ValueError) as info:
        mod.talk(1)
    assert info.value is boom.error


def test_stdout_none_prints_nothing(write_module, monkeypatch):
    mod = write_module(SOURCE, stem="stdout_none")
    monkeypatch.setattr(sys, "stdout", None)
    assert mod.talk(5) == 10
