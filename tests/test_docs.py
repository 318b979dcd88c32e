"""The docs: every command and every channel type documented; the generated pages (cli.md,
config.md, benchmarks.md) are what tools/gen_docs.py writes now; every relative link and
anchor in README.md and docs/*.md resolves; README's quickstart is two commands."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO, load_script

DOCS = REPO / "docs"


def page(name: str) -> str:
    return (REPO / name).read_text(encoding="utf-8")


def readme() -> str:
    return page("README.md")


def gen_docs():
    return load_script("tools/gen_docs.py")


def command_names() -> set[str]:
    from pricesync.cli import app, commands  # noqa: F401

    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    names |= {g.name for g in app.registered_groups}
    assert names >= {"inspect", "ingest", "match", "review", "scrape", "reprice", "plan", "push", "run", "validate"}
    return names


@pytest.mark.parametrize("name", ["docs/usage.md", "docs/cli.md"])
def test_every_command_is_documented(name):
    text = page(name)
    missing = [n for n in command_names() if f"pricesync {n}" not in text]
    assert not missing, f"commands missing from {name}: {missing}"


def test_every_channel_type_is_documented():
    from pricesync.channels import channel_types, get_channel_type

    text = page("docs/channels.md")
    # Other tests register channels of their own; only the product's count here.
    builtin = [t for t in channel_types() if get_channel_type(t).cls.__module__.startswith("pricesync.")]
    missing = [t for t in builtin if f'type = "{t}"' not in text]
    assert not missing, f"channel types without an example in docs/channels.md: {missing}"
    reference = page("docs/config.md")
    missing = [t for t in builtin if f'### type = "{t}"' not in reference]
    assert not missing, f"channel types without a table in docs/config.md: {missing}"


def test_quickstart_is_make_demo_and_make_test():
    quick = readme().split("## Quickstart", 1)[1].split("##", 1)[0]
    blocks = re.findall(r"```[a-z]*\n(.*?)```", quick, re.S)
    assert len(blocks) == 1, "the quickstart has one block of commands"
    commands = [line.split("#")[0].strip() for line in blocks[0].splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]


def test_readme_is_short_and_links_every_docs_page():
    text = readme()
    assert len(text.encode("utf-8")) < 12_000, "README.md is the front page; the details live in docs/"
    pages = sorted(p.name for p in DOCS.glob("*.md"))
    assert {"ingest.md", "matching.md", "pricing.md", "plan-push-run.md", "sources.md", "channels.md", "state.md",
            "library.md", "development.md", "cli.md", "config.md", "benchmarks.md"} <= set(pages)
    missing = [p for p in pages if f"(docs/{p}" not in text]
    assert not missing, f"docs pages README.md does not link: {missing}"
    assert "## Five minutes with your own shop" in text and "[shop] catalog" in text


@pytest.mark.parametrize("name", ["docs/cli.md", "docs/config.md", "docs/benchmarks.md"])
def test_generated_page_is_up_to_date(name):
    expected = gen_docs().render()[name]
    assert (REPO / name).exists(), f"{name} missing: run .venv/bin/python tools/gen_docs.py"
    assert page(name) == expected, f"{name} is out of date: run .venv/bin/python tools/gen_docs.py"


def test_generated_pages_cover_the_code():
    from pricesync.config.models import Config

    reference = page("docs/config.md")
    for section in Config.model_json_schema()["properties"]:
        assert f"`{section}" in reference, f"config section {section} missing from docs/config.md"
    cli = page("docs/cli.md")
    assert "Usage: pricesync ingest [OPTIONS]" in cli and "\x1b[" not in cli  # no colour codes


# --- links ------------------------------------------------------------------------------

FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
LINK = re.compile(r"(?<!!)\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def anchors(path: Path) -> set[str]:
    slug = gen_docs().github_slug
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    out = set()
    for title in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.M):
        base = slug(title)
        n = seen.get(base, 0)
        out.add(base if n == 0 else f"{base}-{n}")
        seen[base] = n + 1
    out |= set(re.findall(r'<a\s+(?:name|id)="([^"]+)"', text))
    return out


def links(path: Path) -> list[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)  # inline code is not a link
    return LINK.findall(text)


def all_pages() -> list[Path]:
    return [REPO / "README.md", *sorted(DOCS.glob("*.md"))]


def test_github_slug():
    slug = gen_docs().github_slug
    assert slug("The shop's catalog") == "the-shops-catalog"
    assert slug("Plan, push and the nightly run") == "plan-push-and-the-nightly-run"
    assert slug("pricesync review apply") == "pricesync-review-apply"
    assert slug('type = "google_merchant"') == "type--google_merchant"
    assert slug("[suppliers.NAME]") == "suppliersname"


@pytest.mark.parametrize("path", all_pages(), ids=lambda p: p.name)
def test_relative_links_resolve(path):
    broken = []
    for target in links(path):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):  # http:, https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        dest = (path.parent / file_part).resolve() if file_part else path
        if not dest.exists():
            broken.append(f"{target}: no file {file_part}")
            continue
        if anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            broken.append(f"{target}: no heading #{anchor} in {dest.relative_to(REPO)}")
    assert not broken, f"{path.relative_to(REPO)}: broken links: {broken}"


def test_exit_code_table_matches_the_code():
    from pricesync.errors import ExitCode

    table = page("docs/usage.md").split("## Exit codes", 1)[1]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert documented == {int(code) for code in ExitCode}, "docs/usage.md's exit codes differ from pricesync.errors.ExitCode"
