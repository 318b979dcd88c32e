"""Every module of the package imports on its own, in a fresh interpreter, in any order (no
import cycle worked around by import order), and the CLI's entry module stays light."""
from __future__ import annotations

import json
import pkgutil
import random
import subprocess
import sys

import pricesync


def _modules() -> list[str]:
    names = ["pricesync"]
    for info in pkgutil.walk_packages(pricesync.__path__, "pricesync."):
        if info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return sorted(names)


def _import_in_fresh_interpreter(order: list[str]) -> None:
    code = (
        "import importlib, json, sys\n"
        f"for name in json.loads({json.dumps(json.dumps(order))}):\n"
        "    importlib.import_module(name)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]


def test_every_module_alone_first():
    # Each module as the first import of a fresh interpreter: a cycle shows as an ImportError
    # (a name from a half-initialised module) whichever module starts it.
    mods = _modules()
    assert "pricesync.config.models" in mods and "pricesync.cli.app" in mods
    code = (
        "import importlib, subprocess, sys\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    p = subprocess.run([sys.executable, '-c', f'import {name}'], capture_output=True, text=True)\n"
        "    if p.returncode:\n"
        "        failed.append(name + ': ' + (p.stderr.strip().splitlines() or ['?'])[-1])\n"
        "print('\\n'.join(failed))\n"
        "sys.exit(1 if failed else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, *mods], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]


def test_every_module_in_a_few_orders():
    mods = _modules()
    orders = [mods, list(reversed(mods))]
    for seed in (1, 2, 3):
        shuffled = list(mods)
        random.Random(seed).shuffle(shuffled)
        orders.append(shuffled)
    # the stage configs before the root model, and the root model before its stages
    configs = [m for m in mods if m.endswith(".config")]
    orders.append(configs + ["pricesync.config.models"])
    orders.append(["pricesync.config.models", *configs])
    for order in orders:
        _import_in_fresh_interpreter(order)


def test_cli_import_does_not_import_pandas():
    code = ("import sys, pricesync.cli, pricesync.cli.commands\n"
            "heavy = [m for m in ('pandas', 'numpy', 'pyarrow', 'rapidfuzz') if m in sys.modules]\n"
            "print(heavy)\n"
            "sys.exit(1 if heavy else 0)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"importing the CLI imports {proc.stdout.strip()} {proc.stderr[-2000:]}"
