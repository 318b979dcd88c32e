"""Shared fixtures: run the CLI in-process, find the shared data, make temp configs."""
from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

# The suite is a gate: the property tests draw the same examples on every run (derandomize),
# so a run fails for a change, not for a draw. `HYPOTHESIS_PROFILE=explore make test` draws
# new examples each time to look for cases nobody tried (and keeps what fails in .hypothesis/).
settings.register_profile("gate", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gate"))

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
CONFIGS = REPO / "configs"
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """``cli("ingest", "x.xlsx", "--out", "o.csv")`` -> CliResult, through the real entry point."""
    from pricesync.cli import main

    def run(*args: str, env: dict[str, str] | None = None) -> CliResult:
        for k, v in (env or {}).items():
            monkeypatch.setenv(k, v)
        capsys.readouterr()
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def shared_data(*parts: str) -> Path:
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not present: {path}")
    return path


def load_script(relative: str):
    """A script of the repository that is no package module (``bench/bench_match.py``,
    ``tools/gen_docs.py``), imported by its path."""
    path = REPO / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def real_list_autos(loader: str, **kwargs):
    """A bench set read from ../shared/data/lists (``bench_match.<loader>``), matched: its automatic
    matches as (catalog sku, the offer's true skus) and every offer's truth; skipped without the data."""
    import pytest

    from pricesync.match import match_offers
    from pricesync.match.config import MatchingConfig

    bench = load_script("bench/bench_match.py")
    if not bench.LISTS.exists():
        pytest.skip(f"{bench.LISTS} not present")
    offers, catalog, truth = getattr(bench, loader)(**kwargs)
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    auto = [(sku, t) for sku, status, t in zip(got["catalog_sku"], got["match_status"], truth) if status == "auto"]
    return auto, truth
