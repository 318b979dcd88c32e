"""The operator's run report (runs/<id>/report.html): written by `run` (also --dry-run) and
`pricesync report`, every supplier-provided string escaped, the run's own numbers shown,
the printed accept command works, a real headless browser loads it without errors, and a
failing report never changes a run's exit code."""
from __future__ import annotations

import io
import json
import re
import shlex
import shutil
import subprocess
import tempfile
import time
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import SAMPLES

SCRIPT_NAME = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
SCRIPT_PRICE = "<script>alert(document.domain)</script>"   # no digit: not readable as a price
EVIL_SUPPLIER = "mobi<b>opt</b>"          # a supplier name (a TOML key) with markup in it

CONFIG = """
[state]
path = "state/state.sqlite"
[shop]
currency = "RUB"
catalog = "catalog.csv"
[fx]
USD = "92.50"
[suppliers.technoopt]
files = ["{samples}/prices/technoopt*.xlsx"]
[suppliers."{evil}"]
files = ["prices/mobiopt.csv"]
[suppliers.globaltrade]
files = ["{samples}/prices/globaltrade_usd.csv"]
[pricing]
max_change = "0.30"
[[pricing.rules]]
markup = "0.25"
[channels.shop]
type = "dummy"
initial = "catalog.csv"
path = "out/shop.json"
[channels.feed]
type = "yml"
path = "out/feed.yml"
"""


def run_cli(*args) -> tuple[int, str, str]:
    """The real entry point, in-process: (exit code, stdout, stderr)."""
    from pricesync.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return code, out.getvalue(), err.getvalue()


def make_shop(folder: Path) -> Path:
    """The samples with hostile strings where suppliers and catalogs put text: a supplier
    named with markup, a product name and an SKU that are HTML, a price cell that is a
    script; SKU 100101 is renamed to the hostile SKU and its shop price set below what pricing
    computes (beyond max_change, within what tells a pack from a piece), so its move is held."""
    (folder / "prices").mkdir(parents=True)
    lines = (SAMPLES / "prices" / "mobiopt.csv").read_bytes().decode("cp1251").split("\r\n")
    header = next(i for i, line in enumerate(lines) if line.startswith("Артикул;"))
    lines[header + 2:header + 2] = [
        f"MO-66666;Noname {SCRIPT_NAME} {IMG};Noname;1 000,00;+;",     # unmatched: its name is shown
        f"MO-66667;Телефон Noname;Noname;{SCRIPT_PRICE};+;",           # rejected: its raw row is shown
    ]
    (folder / "prices" / "mobiopt.csv").write_bytes("\r\n".join(lines).encode("cp1251"))
    catalog = pd.read_csv(SAMPLES / "catalog.csv", dtype=str, keep_default_na=False)
    first = catalog.index[catalog["sku"] == "100101"][0]
    catalog.loc[first, ["sku", "price"]] = [IMG, "7500"]
    catalog.to_csv(folder / "catalog.csv", index=False)
    config = folder / "pricesync.toml"
    config.write_text(CONFIG.format(samples=SAMPLES.as_posix(), evil=EVIL_SUPPLIER), encoding="utf-8")
    return config


@pytest.fixture(scope="module")
def dry_run(tmp_path_factory):
    """One `run --dry-run` on the hostile shop, as the nightly log shows it:
    (config, summary.json, report path, html, what the run printed)."""
    folder = tmp_path_factory.mktemp("report")
    config = make_shop(folder)
    code, stdout, stderr = run_cli("run", "--config", config, "--dry-run", "--rows", "5")
    assert code == 3, stderr                      # rejected rows and a held price: done, something held back
    run_dir = Path(re.search(r"run folder: (\S+)", stdout).group(1))
    summary = json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))
    report = run_dir / "report.html"
    return config, summary, report, report.read_text(encoding="utf-8") if report.exists() else "", stdout


class Page(HTMLParser):
    """Elements, attributes and data-k numbers of a page, as a browser's parser sees them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.numbers: dict[str, str] = {}
        self._key: str | None = None
        self._in_script = False
        self.codes: list[str] = []
        self._code: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")
        if "data-k" in a:
            self._key = a["data-k"]
            self.numbers[self._key] = ""
        if tag in ("code", "pre"):
            self._code = []

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False
        if tag in ("b",):
            self._key = None
        if tag in ("code", "pre") and self._code is not None:
            self.codes.append("".join(self._code))
            self._code = None

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        if self._key is not None:
            self.numbers[self._key] += data
        if self._code is not None:
            self._code.append(data)


def test_dry_run_writes_the_report(dry_run):
    _, summary, report, html, _ = dry_run
    assert report.exists(), "run --dry-run wrote no report.html"
    assert report.parent == Path(summary["run_dir"])
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    for section in ("channels", "guards", "held", "moves", "margins", "coverage", "unknown", "stockouts"):
        assert f'<section id="{section}">' in html, section
    assert "<svg" in html and html.count('class="chart"') >= 3       # change histogram, margins, coverage
    # offline: nothing is fetched from anywhere
    assert not re.search(r'(?:src|href)\s*=\s*"(?:https?:)?//', html)
    assert "default-src 'none'" in html


def test_supplier_strings_are_escaped(dry_run):
    _, summary, _, html, _ = dry_run
    assert SCRIPT_NAME not in html and "<img" not in html and "<b>opt</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html                   # the product name, shown as text
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html            # the SKU, shown as text
    assert "mobi&lt;b&gt;opt&lt;/b&gt;" in html                              # the supplier's name
    assert "&lt;script&gt;alert(document.domain)&lt;/script&gt;" in html     # a rejected row's raw cells
    assert SCRIPT_PRICE not in html
    page = Page(html)
    from pricesync.report_html.render import SCRIPT

    assert page.scripts == [SCRIPT]                                          # only the page's own
    assert not [t for t, _ in page.tags if t in ("img", "iframe", "object", "embed")]
    assert not [(t, k) for t, a in page.tags for k in a if k.lower().startswith("on")]
    assert f"supplier.{EVIL_SUPPLIER}.offers" in page.numbers          # data-k keys are escaped too


def test_numbers_match_the_run_summary(dry_run):
    _, s, _, html, _ = dry_run
    n = Page(html).numbers
    for key in ("rows_in", "offers", "rejects", "exit_code"):
        assert n[key] == str(s[key]), key
    for key, value in s["matched"].items():
        assert n[f"matched.{key}"] == str(value)
    for key in ("ok", "changed", "held", "no_offer"):
        assert n[f"prices.{key}"] == str(s["prices"][key])
    assert s["prices"]["held"] >= 1 and n["held.count"] == str(s["prices"]["held"])
    for channel, c in s["channels"].items():
        for key in ("changes", "held", "unknown", "unchanged"):
            assert n[f"channel.{channel}.{key}"] == str(c[key]), (channel, key)
    # per supplier: the coverage table adds up to what the run printed
    suppliers = {k.split(".")[1] for k in n if k.startswith("supplier.")}
    assert {"technoopt", "globaltrade", EVIL_SUPPLIER} <= suppliers
    assert sum(int(n[f"supplier.{x}.offers"]) for x in suppliers) == s["offers"]
    assert sum(int(n[f"supplier.{x}.auto"]) for x in suppliers) == s["matched"]["auto"]
    assert sum(int(n[f"supplier.{x}.unmatched"]) for x in suppliers) == s["matched"]["unmatched"]
    assert sum(int(n[f"supplier.{x}.rejected"]) for x in suppliers) == s["rejects"]
    matches = pd.read_parquet(Path(s["run_dir"]) / "matches.parquet")
    tech = matches[matches["supplier"] == "technoopt"]
    expected = round((tech["match_status"] == "auto").mean() * 100, 1)
    assert n["supplier.technoopt.coverage"] == f"{expected:.1f} %"


@pytest.mark.parametrize("form", ["as the CLI offers", "reprice"])
def test_the_printed_accept_command_works(tmp_path, monkeypatch, form):
    """The command in the held row, split as a shell splits it and run: the next run pushes
    that SKU. `pricesync accept` where the CLI has it, else the `reprice` call."""
    import pricesync.report_html as report_html

    if form == "reprice":
        monkeypatch.setattr(report_html, "accept_cli", lambda: False)
    config = make_shop(tmp_path)
    code, stdout, stderr = run_cli("run", "--config", config, "--dry-run", "--json")
    assert code == 3, stderr
    summary = json.loads(stdout)["summary"]
    held_before = {h["sku"] for p in json.loads((Path(summary["run_dir"]) / "plan.json").read_text())
                   if p["channel"] == "shop" for h in p["held"]}
    assert IMG in held_before
    page = Page((Path(summary["run_dir"]) / "report.html").read_text(encoding="utf-8"))
    commands = [c for c in page.codes if shlex.split(c)[-1] == IMG]                   # its row's (and "all")
    assert commands
    command = commands[0]
    args = shlex.split(command)
    assert args[:2] == ["pricesync", "reprice" if form == "reprice" or not report_html.accept_cli() else "accept"]
    code, _, stderr = run_cli(*args[1:])
    assert code == 0, stderr                          # nothing held any more in that reprice
    code, stdout, stderr = run_cli("run", "--config", config, "--dry-run", "--json")
    after = json.loads(stdout)
    shop = next(p for p in after["plan"] if p["channel"] == "shop")
    assert IMG not in {h["sku"] for h in shop["held"]}
    assert IMG in {c["sku"] for c in shop["changes"]}


def test_report_command_regenerates_a_run(tmp_path):
    config = make_shop(tmp_path)
    assert run_cli("run", "--config", config, "--dry-run")[0] == 3
    code, stdout, stderr = run_cli("run", "--config", config, "--dry-run", "--json")
    second = Path(json.loads(stdout)["summary"]["run_dir"])
    first = second.parent / "1"
    (first / "report.html").unlink()
    (second / "report.html").unlink()
    code, stdout, stderr = run_cli("report", "1", "--config", config)
    assert code == 0, stderr
    assert (first / "report.html").exists() and not (second / "report.html").exists()
    assert 'data-k="exit_code">3<' in (first / "report.html").read_text(encoding="utf-8")
    assert "pricesync run #1 (dry run)" in (first / "report.html").read_text(encoding="utf-8")
    code, _, stderr = run_cli("report", "--config", config)                # the last run by default
    assert code == 0, stderr
    assert "pricesync run #2 (dry run)" in (second / "report.html").read_text(encoding="utf-8")
    code, _, _ = run_cli("report", "2", "--config", config, "--out", tmp_path / "elsewhere" / "r.html")
    assert code == 0 and "pricesync run #2" in (tmp_path / "elsewhere" / "r.html").read_text(encoding="utf-8")
    code, _, stderr = run_cli("report", "9", "--config", config)
    assert code == 2 and "no run #9" in stderr


def test_a_failing_report_is_a_warning_not_an_exit_code(tmp_path, monkeypatch):
    from pricesync.report_html import render

    config = make_shop(tmp_path)

    def broken(*args, **kwargs):
        raise RuntimeError("report exploded")

    monkeypatch.setattr(render, "page", broken)
    code, stdout, stderr = run_cli("run", "--config", config, "--dry-run")
    assert code == 3
    assert "could not write the run report: RuntimeError: report exploded" in stderr
    assert not list((tmp_path / "state" / "runs" / "1").glob("report.html"))


def test_report_of_a_large_run_is_fast(tmp_path):
    """100 000 SKUs: aggregation is whole-column, tables show a few rows."""
    import numpy as np

    from pricesync.pipeline.outputs import write_json
    from pricesync.report_html import write_report

    n = 100_000
    rng = np.random.default_rng(7)
    cost = rng.uniform(100, 10_000, n).round(2)
    price = (cost * rng.uniform(1.05, 1.6, n)).round(0) - 0.01
    current = (price * rng.uniform(0.7, 1.3, n)).round(0)
    skus = np.char.mod("S%06d", np.arange(n))
    folder = tmp_path / "runs" / "7"
    folder.mkdir(parents=True)
    status = np.where(np.abs(price / current - 1) > 0.3, "held", "ok")
    price_text, current_text = np.char.mod("%.2f", price), np.char.mod("%.2f", current)
    pd.DataFrame({"sku": skus, "supplier": "alfa", "cost_shop": np.char.mod("%.2f", cost), "price": price_text,
                  "current_price": current_text, "change": np.char.mod("%.4f", price / current - 1),
                  "stock": rng.integers(0, 5, n), "current_stock": rng.integers(0, 5, n), "status": status,
                  "explanation": "cost × markup"}).to_parquet(folder / "prices.parquet")
    pd.DataFrame({"supplier": "alfa", "supplier_sku": skus, "name": "x", "catalog_sku": skus,
                  "catalog_name": "x", "match_status": "auto"}).to_parquet(folder / "matches.parquet")
    changes = pd.DataFrame({"sku": skus, "old_price": current_text, "new_price": price_text, "old_stock": 1,
                            "new_stock": 2, "explanation": "cost × markup",
                            "change_pct": np.char.mod("%.1f", (price / current - 1) * 100)}
                           ).to_json(orient="records", force_ascii=False)
    summary = json.dumps({"changes": n, "held": 0, "unknown": 0, "unchanged": 0, "no_offer": 0})
    (folder / "plan.json").write_text("[" + ",".join(
        f'{{"channel": "{ch}", "type": "dummy", "changes": {changes}, "held": [], "unknown": [], '
        f'"summary": {summary}}}' for ch in ("shop",)) + "]", encoding="utf-8")
    write_json({"run_id": 7, "dry_run": True, "exit_code": 3, "channels": {
        "shop": {"changes": n, "held": 0, "unknown": 0, "unchanged": 0}}}, folder / "summary.json")
    start = time.perf_counter()
    out = write_report(folder)
    seconds = time.perf_counter() - start
    html = out.read_text(encoding="utf-8")
    assert seconds < 10, f"report of {n} SKUs took {seconds:.1f} s"
    assert len(html) < 3_000_000
    page = Page(html)
    assert page.numbers["channel.shop.changes"] == str(n)
    assert page.numbers["held.count"] == str(int((status == "held").sum()))
    assert Decimal(page.numbers["margin.count"]) == int((status == "ok").sum())


# -- a real browser ----------------------------------------------------------------------
def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.mark.skipif(_chromium() is None, reason="no chromium on PATH (CI installs it: apt-get install chromium)")
def test_a_headless_browser_loads_it_without_errors(dry_run, tmp_path):
    _, s, report, _, printed = dry_run
    profile = Path(tempfile.mkdtemp(prefix="chromium-", dir=tmp_path))
    args = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=2000", "--dump-dom", report.resolve().as_uri()]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    # The page's own script ran (so scripts run at all) ...
    assert re.search(r'<body[^>]*data-ok="1"', dom), dom[:500]
    # ... and the browser reported nothing: no script error, no blocked inline handler or
    # fetch (the page's Content-Security-Policy would log any injected one).
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    assert not console, console
    page = Page(dom)
    assert not [t for t, _ in page.tags if t == "img"]
    n = page.numbers
    # the numbers the run printed, as the browser shows them
    ok, changed, held, no_offer = re.search(r"prices: (\d+) ok \((\d+) changed\), (\d+) held, (\d+) no offer",
                                            printed).groups()
    assert (n["prices.ok"], n["prices.changed"], n["prices.held"], n["prices.no_offer"]) == (ok, changed, held,
                                                                                         no_offer)
    auto, review, unmatched = re.search(r"matched: auto (\d+), review (\d+), unmatched (\d+)", printed).groups()
    assert (n["matched.auto"], n["matched.review"], n["matched.unmatched"]) == (auto, review, unmatched)
    channels = re.findall(r"channel (\S+): (\d+) changes, (\d+) held, (\d+) unknown", printed)
    assert {c for c, *_ in channels} == set(s["channels"]) == {"shop", "feed"}
    for channel, changes, held, unknown in channels:
        assert (n[f"channel.{channel}.changes"], n[f"channel.{channel}.held"],
                n[f"channel.{channel}.unknown"]) == (changes, held, unknown)
    assert int(held) >= 1 and n["held.count"] == held
    # coverage per supplier adds up to the matched counts printed
    suppliers = {k.split(".")[1] for k in n if k.startswith("supplier.")}
    assert EVIL_SUPPLIER in suppliers
    assert sum(int(n[f"supplier.{x}.auto"]) for x in suppliers) == int(auto)
    assert unescape("&lt;script&gt;alert(1)&lt;/script&gt;") in unescape(re.sub(r"<[^>]+>", "", dom))


def test_browser_check_catches_a_live_handler(tmp_path):
    """The console check above is not blind: a page with an injected handler logs a CSP
    violation that the same filter finds."""
    if _chromium() is None:
        pytest.skip("no chromium on PATH (CI installs it: apt-get install chromium)")
    from pricesync.report_html.render import SCRIPT, _csp_hash

    bad = tmp_path / "bad.html"
    bad.write_text(f'<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src '
                   f"'none'; script-src {_csp_hash(SCRIPT)}\"></head><body>{IMG}<script>{SCRIPT}</script>"
                   "</body></html>", encoding="utf-8")
    profile = Path(tempfile.mkdtemp(prefix="chromium-", dir=tmp_path))
    proc = subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--dump-dom",
                           bad.as_uri()], capture_output=True, text=True, timeout=90)
    assert 'data-ok="1"' in proc.stdout
    assert [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
