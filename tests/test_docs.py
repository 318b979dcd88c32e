"""The README documents every command and every channel type; its quickstart is two commands."""
from __future__ import annotations

import re

from conftest import REPO


def readme() -> str:
    return (REPO / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    from pricesync.cli import app, commands  # noqa: F401

    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    names |= {g.name for g in app.registered_groups}
    assert names >= {"inspect", "ingest", "match", "review", "scrape", "reprice", "plan", "push", "run", "validate"}
    text = readme()
    missing = [n for n in names if f"pricesync {n}" not in text]
    assert not missing, f"commands missing from README: {missing}"


def test_every_channel_type_is_documented():
    from pricesync.channels import channel_types, get_channel_type

    text = readme()
    # Other tests register channels of their own; only the product's count here.
    builtin = [t for t in channel_types() if get_channel_type(t).cls.__module__.startswith("pricesync.")]
    missing = [t for t in builtin if f'type = "{t}"' not in text]
    assert not missing, f"channel types without a README example: {missing}"


def test_quickstart_is_make_demo_and_make_test():
    quick = readme().split("## Quickstart", 1)[1].split("##", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
