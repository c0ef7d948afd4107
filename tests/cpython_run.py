#!/usr/bin/env python3
"""CPython side of the differential test harness (CPython is the oracle).

Usage:  python3 tests/cpython_run.py FILE ENTRY [ARG...]

* FILE is loaded as a module whose ``__name__`` is not ``"__main__"`` (so an
  ``if __name__ == "__main__":`` block does not run), compiled with its real
  file name so tracebacks and line numbers point into FILE.
* Each ARG is parsed with ``ast.literal_eval`` (``-3``, ``2.5``, ``True``,
  ``1e999`` for inf) and converted to the type of the matching parameter of
  ENTRY, exactly as the compiled call boundary does (LANGUAGE.md,
  "Documented deviations"): the type comes from the annotation
  (int/float/bool), else from the type of the parameter's default value.
  An int or bool given for a float parameter becomes ``float(arg)``; a bool
  given for an int parameter becomes ``int(arg)``; a float given for an int
  parameter, or a non-bool for a bool parameter, is a ``TypeError``.
* ENTRY is called and ``repr(result)`` is printed as the last stdout line
  (a function returning None prints ``None``). Exit code 0.
* If ENTRY raises: stdout is flushed, the first stderr line is exactly
  ``ExceptionType: message`` (just ``ExceptionType`` when the message is
  empty, as in a traceback), the second is ``  at FILE:LINE`` for the
  innermost frame inside FILE (when there is one), exit code 1.
* Modules FILE imports from its own directory (the other files of a
  compile unit, tests/units/) are importable.
* Usage errors of this script itself (bad file, unknown entry, too many
  arguments, unparsable literal) exit with code 2.

The recursion limit is set to CPython's default, 1000, explicitly.
"""

import ast
import importlib.util
import inspect
import os
import sys

_TYPES = {"int": int, "float": float, "bool": bool}


def _usage(msg):
    sys.stdout.flush()
    print(f"cpython_run: {msg}", file=sys.stderr)
    sys.exit(2)


def _load(path):
    # The modules it imports from its own directory (a compile unit's
    # other files) are found as a script's are; after the standard
    # library, so that no case file shadows a standard module.
    sys.path.append(os.path.dirname(os.path.abspath(path)))
    name = "rpy_case_" + os.path.splitext(os.path.basename(path))[0].replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        _usage(f"cannot load {path!r}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _param_type(param):
    ann = param.annotation
    if isinstance(ann, str):  # `from __future__ import annotations`
        ann = _TYPES.get(ann, inspect.Parameter.empty)
    if ann in (int, float, bool):
        return ann
    if param.default is not inspect.Parameter.empty and type(param.default) in (int, float, bool):
        return type(param.default)
    return None


def _convert(value, ty, name):
    if ty is None:
        return value
    if ty is float:
        if type(value) in (int, bool, float):
            return float(value)
    elif ty is int:
        if type(value) in (int, bool):
            return int(value)
    elif ty is bool:
        if type(value) is bool:
            return value
    raise TypeError(
        f"argument '{name}' must be {ty.__name__}, not {type(value).__name__}"
    )


def _innermost_line(tb, path):
    want = os.path.realpath(path)
    line = None
    while tb is not None:
        code = tb.tb_frame.f_code
        if os.path.realpath(code.co_filename) == want:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def main(argv):
    if len(argv) < 3:
        _usage("usage: cpython_run.py FILE ENTRY [ARG...]")
    path, entry = argv[1], argv[2]
    raw_args = argv[3:]
    try:
        values = [ast.literal_eval(a) for a in raw_args]
    except (ValueError, SyntaxError) as e:
        _usage(f"bad literal argument: {e}")

    sys.setrecursionlimit(1000)
    try:
        module = _load(path)
        func = getattr(module, entry, None)
        if func is None or not inspect.isfunction(func):
            _usage(f"{path} has no function {entry!r}")
        params = list(inspect.signature(func).parameters.values())
        if len(values) > len(params):
            _usage(f"{entry}() takes {len(params)} arguments, {len(values)} given")
        args = [_convert(v, _param_type(p), p.name) for v, p in zip(values, params)]
        result = func(*args)
    except SystemExit:
        raise
    except BaseException as e:  # noqa: BLE001 - report every exception the oracle raises
        sys.stdout.flush()
        msg = str(e)
        head = type(e).__name__ + (f": {msg}" if msg else "")
        sys.stderr.write(head + "\n")
        line = _innermost_line(e.__traceback__, path)
        if line is not None:
            sys.stderr.write(f"  at {path}:{line}\n")
        sys.stderr.flush()
        return 1
    print(repr(result))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
