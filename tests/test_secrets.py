"""Credentials come only from the environment and never appear in what pricesync prints,
logs or writes (terminal, JSON, run folder, journal, run history), even when an API echoes
them back in its error messages."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pricesync.channels.base import Current
from pricesync.errors import ConfigError
from pricesync.pipeline import open_channels, plan, push
from pricesync.redact import redact
from pricesync.report import NullReporter
from tests.pipeline_support import D, config_with, write_config
from tests.standins.common import serving
from tests.standins.woocommerce import Standin

SECRET = "cs_live_9d8c7b6a5f4e3d2c1b0a"


def leaks(folder: Path, secret: str) -> list[str]:
    """Every file under ``folder`` (state, WAL, run folder, feeds) holding the secret."""
    found = []
    for f in folder.rglob("*"):
        if f.is_file() and secret.encode() in f.read_bytes():
            found.append(str(f.relative_to(folder)))
    return found


@pytest.mark.parametrize("text, expected", [
    (f"401: consumer_secret={SECRET} rejected", "401: consumer_secret=*** rejected"),
    (f"GET /p?consumer_secret=cs_live%2Bx%2Fy", "GET /p?consumer_secret=***"),   # URL-encoded form
    ("nothing secret here", "nothing secret here"),
])
def test_redact(text, expected):
    assert redact(text, [SECRET, "cs_live+x/y", "", "ab"]) == expected


def test_secrets_come_from_the_environment_only(tmp_path):
    cfg = config_with(tmp_path, '[channels.shop]\ntype = "test_flaky"\necho_secret_env = "SHOP_SECRET"\n')
    [shop] = open_channels(cfg, ["shop"], env={"SHOP_SECRET": SECRET})
    assert shop.secrets() == [SECRET]
    path = write_config(tmp_path, '[channels.w]\ntype = "woocommerce"\nurl = "https://s.example"\n'
                                  f'secret = "{SECRET}"\n', name="bad.toml")
    from pricesync.config import load_config

    with pytest.raises(ConfigError, match="channels.w.secret"):      # a secret in the file is refused
        load_config(path)


def test_echoed_secret_never_reaches_output_journal_or_run_folder(tmp_path, cli, monkeypatch):
    (tmp_path / "shop.json").write_text(json.dumps({s: ["1.00", 1] for s in "ABCDE"}))
    config = write_config(tmp_path, '[channels.shop]\ntype = "test_flaky"\npath = "shop.json"\n'
                                    'echo_secret_env = "SHOP_SECRET"\nfail_skus = ["B"]\nrefuse_batches = [2]\n')
    monkeypatch.setenv("SHOP_SECRET", SECRET)
    table = tmp_path / "prices.csv"
    pd.DataFrame({"sku": ["A", "B", "C", "D", "E"], "price": ["110.00", "6.00", "2.00", "3.00", "4.00"],
                  "stock": ["3", "1", "1", "1", "1"]}).to_csv(table, index=False)
    seen = []
    for args in (["push"], ["push", "--json"], ["plan"], ["runs"]):
        res = cli(*args, "--config", config, *(["--prices", table] if args[0] != "runs" else []))
        seen.append(res)
        assert SECRET not in res.stdout + res.stderr
    assert seen[0].exit_code == 4
    assert "failed B: simulated failure (auth ***)" in seen[0].stderr      # the message is kept, masked
    assert "failed E: 401 Unauthorized: consumer secret *** rejected" in seen[0].stderr
    assert leaks(tmp_path, SECRET) == []


def test_woocommerce_item_error_quoting_the_key(tmp_path):
    """A plugin answers a per-item error quoting the consumer key; push reports the SKU and
    the message without it."""
    standin = Standin()
    standin.seed(3)
    standin.item_errors["SKU-00002"] = ("woocommerce_rest_cannot_edit",
                                         f"key {standin.key} may not edit this product", 403)
    with serving(tmp_path) as endpoint:
        endpoint.switchboard.target = standin
        raw = standin.channel_config(endpoint.url, endpoint.ca_bundle)
        body = "".join(f'{k} = {json.dumps(v)}\n' for k, v in raw.items())
        cfg = config_with(tmp_path, "[channels.shop]\n" + body)
        [shop] = open_channels(cfg, ["shop"], env=standin.env)
        prices = pd.DataFrame({"sku": ["SKU-00001", "SKU-00002"], "price": [D("555.00"), D("556.00")],
                               "stock": [1, 1], "status": ["ok", "ok"], "explanation": ["", ""]})
        reporter = NullReporter()
        result = push(cfg, plan(cfg, prices, channels=[shop], reporter=reporter), channels=[shop], reporter=reporter)
        shop.close()
    [r] = result.channels
    assert r.pushed == 1
    [failure] = r.failures
    assert failure.sku == "SKU-00002" and "may not edit this product" in failure.message
    everything = json.dumps(result.to_dict()) + json.dumps(reporter.messages)
    for secret in standin.env.values():
        assert secret not in everything
        assert leaks(tmp_path, secret) == []


def test_errors_reading_a_channel_are_masked(tmp_path):
    from pricesync.channels.dummy import DummyChannel

    class Leaky(DummyChannel):
        def fetch_current(self, skus):
            raise RuntimeError(f"connection to https://x/?consumer_secret={SECRET} reset")

        def secrets(self):
            return [SECRET]

    cfg = config_with(tmp_path, '[channels.shop]\ntype = "dummy"\n')
    [conf] = cfg.channel_configs().values()
    shop = Leaky("shop", conf)
    shop.items = {"A": Current("A", D("1"), 1)}
    from pricesync.errors import TransientChannelError

    with pytest.raises(TransientChannelError) as info:
        plan(cfg, pd.DataFrame({"sku": ["A"], "price": [D("2")], "stock": [1], "status": ["ok"]}), channels=[shop])
    assert SECRET not in str(info.value) and "consumer_secret=***" in str(info.value)
