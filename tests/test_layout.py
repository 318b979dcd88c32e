"""The package reads top-down as cli -> pipeline -> stages -> core: every stage package has
the same files and returns a ``StageResult``, errors come from one root, and the module-level
imports (read from the source with ``ast``, so a new one that breaks a layer fails here)
point only downwards, without a cycle."""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import pricesync
from pricesync.errors import PricesyncError

PACKAGE = Path(pricesync.__file__).parent
STAGES = ("ingest", "match", "scrape", "pricing", "pipeline")      # pipeline: plan and push
# Stage packages and what they share with the stages (connectors, sources, the catalog).
STAGE_LAYER = {"ingest", "match", "scrape", "pricing", "sources", "channels", "catalog"}
CORE = {"errors", "result", "money", "files", "lazy", "redact", "parse", "tables", "state", "report", "arrow_memory"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


MODULES = _modules()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imported(module: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The pricesync modules an import statement loads (``from a import b``: ``a.b`` when
    that is a module)."""
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:     # relative: resolved against the importing package
            package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}".rstrip(".")
        names = [base] + [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES]
    return [n for n in names if n == "pricesync" or n.startswith("pricesync.")]


def imports(module: str, *, top_level: bool) -> set[str]:
    """What ``module`` imports: at module level only (not in functions, not under
    ``if TYPE_CHECKING``), or anywhere."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.update(_imported(module, node))
            elif isinstance(node, ast.If):
                if not _is_type_checking(node.test):
                    walk(node.body)
                    walk(node.orelse)
            elif isinstance(node, ast.Try):
                walk(node.body + node.orelse + node.finalbody)
                for handler in node.handlers:
                    walk(handler.body)
            elif isinstance(node, (ast.With, ast.For, ast.While)):
                walk(node.body)

    if top_level:
        walk(tree.body)
    else:
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.update(_imported(module, node))
    return found


def part(module: str) -> str:
    """``pricesync.match.engine`` -> ``match``."""
    return module.split(".")[1] if module.count(".") else ""


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_package_has_the_same_files(stage):
    folder = PACKAGE / stage
    assert {"__init__.py", "config.py", "stage.py"} <= {p.name for p in folder.iterdir()}, stage
    tree = ast.parse((folder / "stage.py").read_text(encoding="utf-8"))
    returns = {node.name: ast.unparse(node.returns) if node.returns else ""
               for node in tree.body if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")}
    stage_calls = [name for name, ann in returns.items() if name.endswith("_stage") and "StageResult" in ann]
    assert stage_calls, f"{stage}/stage.py has no *_stage function returning StageResult: {returns}"
    config = ast.parse((folder / "config.py").read_text(encoding="utf-8"))
    assert any(isinstance(node, ast.ClassDef) for node in config.body), f"{stage}/config.py defines no config"


def test_every_public_error_derives_from_the_one_root():
    strays = []
    for info in pkgutil.walk_packages(pricesync.__path__, "pricesync."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == info.name
                    and not name.startswith("_") and not issubclass(obj, PricesyncError)):
                strays.append(f"{info.name}.{name}")
    assert not strays, f"errors outside pricesync.errors.PricesyncError: {strays}"


def test_only_the_cli_imports_the_cli():
    wrong = sorted(f"{m} imports {i}" for m in MODULES if part(m) not in ("cli", "__main__")
                   for i in imports(m, top_level=False) if part(i) == "cli")
    assert not wrong, wrong


def test_stages_do_not_import_the_pipeline_or_the_cli_at_module_level():
    wrong = sorted(f"{m} imports {i}" for m in MODULES if part(m) in STAGE_LAYER
                   for i in imports(m, top_level=True) if part(i) in ("cli", "pipeline"))
    assert not wrong, wrong


def test_core_modules_import_only_core_modules():
    wrong = sorted(f"{m} imports {i}" for m in MODULES if part(m) in CORE
                   for i in imports(m, top_level=True) if i != "pricesync" and part(i) not in CORE)
    assert not wrong, wrong


def test_module_level_imports_have_no_cycle():
    graph = {m: {i for i in imports(m, top_level=True) if i in MODULES and i != m} for m in MODULES}
    state: dict[str, int] = {}      # 1 on the current path, 2 done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path + [node, nxt]
            if nxt not in state and (cycle := visit(nxt, path + [node])):
                return cycle
        state[node] = 2
        return None

    for module in sorted(graph):
        if module not in state and (cycle := visit(module, [])):
            pytest.fail("import cycle: " + " -> ".join(cycle[cycle.index(cycle[-1]):]))


def test_the_layer_checks_can_fail(tmp_path):
    # The checks read source text: a stage module importing the CLI at module level is seen.
    source = "from pricesync.cli.app import app\nif TYPE_CHECKING:\n    import pricesync.pipeline\n"
    MODULES["pricesync.match.probe"] = tmp_path / "probe.py"
    (tmp_path / "probe.py").write_text(source, encoding="utf-8")
    try:
        assert imports("pricesync.match.probe", top_level=True) == {"pricesync.cli.app"}
        assert imports("pricesync.match.probe", top_level=False) == {"pricesync.cli.app", "pricesync.pipeline"}
    finally:
        del MODULES["pricesync.match.probe"]
