"""Config loading and `pricesync validate`: every problem at once, with file and key."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pricesync.config import load_config
from pricesync.errors import ConfigError

GOOD = """
[shop]
currency = "RUB"
catalog = "catalog.csv"

[fx]
USD = "92.50"
EUR = 100.1

[suppliers.technoopt]
files = ["prices/technoopt*.xlsx"]
currency = "USD"
vat_included = true

[pricing]
min_margin = "0.10"
max_change = "30%"
rounding = "99"
[[pricing.rules]]
when = { category = "Смартфоны" }
markup = "0.15"
[[pricing.rules]]
markup = "0.25"

[channels.feed]
type = "dummy"
"""


def write(tmp_path, text, name="pricesync.toml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def shop_data(tmp_path):
    """The files GOOD names: `validate` checks them as `run` would."""
    (tmp_path / "catalog.csv").write_text("sku,name,price,stock\nA1,x,100,1\n", encoding="utf-8")
    (tmp_path / "prices").mkdir(exist_ok=True)
    (tmp_path / "prices" / "technoopt_1.xlsx").write_bytes(b"")


def test_good_config_loads_with_decimals(tmp_path):
    cfg = load_config(write(tmp_path, GOOD))
    assert cfg.fx["USD"] == Decimal("92.50")
    assert cfg.fx["EUR"] == Decimal("100.1")  # a TOML float goes through its repr, not binary
    assert cfg.pricing.max_change == Decimal("0.30")
    assert cfg.pricing.rules[0].when.category == "Смартфоны"
    assert cfg.resolve(cfg.shop.catalog) == tmp_path / "catalog.csv"
    assert cfg.channel("feed").type == "dummy"


@pytest.mark.parametrize(
    "patch, expected",
    [
        (("markup = \"0.25\"", "markup = \"lots\""), "pricing.rules.1.markup"),
        (("rounding = \"99\"", "rounding = \"99 bottles\""), "pricing.rounding"),
        (("type = \"dummy\"", "type = \"ebay\""), "unknown channel type 'ebay'"),
        (("vat_included = true", "vat_includd = true"), "suppliers.technoopt.vat_includd"),
        (("USD = \"92.50\"", "GBP = \"92.50\""), "no [fx] rate for USD"),
        (("currency = \"RUB\"", "currency = \"roubles\""), "shop.currency"),
    ],
)
def test_each_problem_names_key(tmp_path, patch, expected):
    with pytest.raises(ConfigError) as exc:
        load_config(write(tmp_path, GOOD.replace(*patch)))
    assert expected in str(exc.value)


def test_validate_reports_all_problems_at_once(tmp_path, cli):
    bad = GOOD.replace('markup = "0.25"', 'markup = "x"').replace('type = "dummy"', 'type = "ebay"')
    write(tmp_path, bad, "a.toml")
    write(tmp_path, "[shop\ncurrency=", "broken.toml")
    write(tmp_path, GOOD, "good.toml")
    shop_data(tmp_path)
    res = cli("validate", tmp_path)
    assert res.exit_code == 2
    assert "a.toml: key 'pricing.rules.1.markup'" in res.stderr
    assert "unknown channel type 'ebay'" in res.stderr
    assert "broken.toml" in res.stderr and "not valid TOML" in res.stderr
    assert "good.toml" not in res.stderr


def test_validate_ok_and_json(tmp_path, cli):
    write(tmp_path, GOOD)
    shop_data(tmp_path)
    assert cli("validate", tmp_path).exit_code == 0
    res = cli("validate", tmp_path / "pricesync.toml", "--json")
    assert '"ok": true' in res.stdout


def test_missing_config_is_one_line(tmp_path, cli):
    res = cli("validate", tmp_path / "nope.toml")
    assert res.exit_code == 2
    assert "nope.toml: file not found" in res.stderr
    assert "Traceback" not in res.stderr


def test_include_merges_supplier_fragments(tmp_path):
    (tmp_path / "suppliers").mkdir()
    write(tmp_path / "suppliers", '[suppliers.acme]\ncurrency = "RUB"\nheader_row = 5\n', "acme.toml")
    cfg = load_config(write(tmp_path, 'include = ["suppliers/*.toml"]\n' + GOOD))
    assert cfg.suppliers["acme"].header_row == 5
    assert "technoopt" in cfg.suppliers


def test_schema_is_json(cli):
    import json

    res = cli("schema")
    assert res.exit_code == 0
    assert "suppliers" in json.loads(res.stdout)["properties"]
