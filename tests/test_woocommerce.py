"""The WooCommerce connector against a stand-in shop served over real HTTPS: what is
WooCommerce's own (both auth styles, products and variations, /batch of 100, 413, the fields
sent, stock status). The shared channel contract is tests/test_channel_contract.py."""
from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal

import pytest

from tests.standins.common import changes_to, endpoint_fixture
from pricesync.channels import Change, create_channel
from pricesync.channels.woocommerce import WooCommerceChannel, WooCommerceConfig
from pricesync.errors import ChannelError, ConfigError, TransientChannelError
from tests.standins.woocommerce import API, Standin

BATCH = f"{API}/products/batch"


endpoint = endpoint_fixture()      # one HTTPS server for the module; each test plugs its stand-in


@pytest.fixture
def shop(endpoint):
    """(standin, connect): ``connect(**config overrides)`` gives a channel talking to it."""
    served = endpoint
    standin = Standin()
    endpoint.plug(standin)
    channels = []

    def connect(env=None, **overrides):
        raw = {**standin.channel_config(served.url, served.ca_bundle), "retries": 2, **overrides}
        channel = create_channel("shop", WooCommerceConfig.model_validate(raw), env=env or standin.env)
        channels.append(channel)
        return channel

    connect.served = served
    yield standin, connect
    for channel in channels:
        channel.close()


def push(channel, changes: list[Change]):
    results = []
    for start in range(0, len(changes), channel.batch_size):
        results += channel.send_batch(changes[start:start + channel.batch_size], idempotency_key=f"b{start}")
    return results


# -- configuration ---------------------------------------------------------------------------
@pytest.mark.parametrize("url, allow_http, ok", [
    ("https://shop.example", False, True),
    ("https://shop.example/", False, True),
    ("http://shop.example", False, False),
    ("http://shop.example", True, False),        # allow_http is for loopback test shops only
    ("http://127.0.0.1:8080", False, False),
    ("http://127.0.0.1:8080", True, True),
    ("http://localhost:8080", True, True),
    ("http://[::1]:8080", True, True),
    ("ftp://shop.example", True, False),
    ("shop.example", False, False),
])
def test_plain_http_is_refused_unless_loopback_and_allowed(url, allow_http, ok):
    raw = {"type": "woocommerce", "url": url, "allow_http": allow_http}
    if ok:
        assert WooCommerceConfig.model_validate(raw).url == url.rstrip("/")
    else:
        with pytest.raises(Exception, match="https|address"):
            WooCommerceConfig.model_validate(raw)


def test_config_error_names_the_key(tmp_path):
    from pricesync.config import load_config

    path = tmp_path / "pricesync.toml"
    path.write_text('[channels.shop]\ntype = "woocommerce"\nurl = "http://shop.example"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "key 'channels.shop.url'" in str(err.value) and "use https" in str(err.value)


# -- authentication ----------------------------------------------------------------------------
def test_wrong_keys_in_the_query_string_give_one_line_without_secrets(shop):
    # header auth refused is the contract suite's test_refused_credentials_fail_fast_with_one_line_naming_the_variable
    query_string_auth = True
    standin, connect = shop
    standin.seed(3)
    wrong = {"WC_KEY": standin.key, "WC_SECRET": "cs_wrong_secret_0123456789abcdef"}
    channel = connect(env=wrong, query_string_auth=query_string_auth)
    with pytest.raises(ChannelError) as err:
        channel.fetch_current(["SKU-00001"])
    message = str(err.value)
    assert "\n" not in message
    assert "credentials were refused; check the environment variable(s) WC_KEY and WC_SECRET" in message
    assert "Sorry, you cannot list resources." in message
    assert standin.key not in message and "cs_wrong_secret" not in message
    assert len(standin.requests) == 1          # 401 is not retried


@pytest.mark.parametrize("query_string_auth", [False, True])
def test_both_auth_styles_reach_the_shop(shop, query_string_auth):
    standin, connect = shop
    standin.add_product("A-1", "10.00", 5)
    assert connect(query_string_auth=query_string_auth).fetch_current(["A-1"])["A-1"].price == Decimal("10.00")


def test_connection_failure_message_hides_query_string_keys(shop):
    standin, _ = shop
    import socket

    with socket.socket() as s:          # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    raw = {**standin.channel_config(f"https://127.0.0.1:{port}", None), "retries": 0,
           "query_string_auth": True, "timeout": 2}
    channel = create_channel("shop", WooCommerceConfig.model_validate(raw), env=standin.env)
    with pytest.raises(TransientChannelError) as err:
        channel.fetch_current(["A-1"])
    assert standin.key not in str(err.value) and standin.secret not in str(err.value)
    assert "GET /wp-json/wc/v3/products" in str(err.value)


# -- reading -------------------------------------------------------------------------------------
def test_skus_resolved_across_pages_and_variations(shop):
    standin, connect = shop
    standin.seed(250)
    standin.add_variable("TSHIRT", [("TSHIRT-S", "499.00", 4), ("TSHIRT-M", "519.00", None)])
    standin.add_product("NO-STOCK", "", None)
    channel = connect()
    wanted = ["SKU-00001", "SKU-00150", "SKU-00250", "TSHIRT-S", "TSHIRT-M", "NO-STOCK", "MISSING-1",
              *[f"SKU-{i:05d}" for i in range(200, 210)]]
    current = channel.fetch_current(wanted)
    assert set(current) == set(wanted) - {"MISSING-1"}
    assert (current["SKU-00150"].price, current["SKU-00150"].stock) == (Decimal("250.00"), 0)
    assert (current["TSHIRT-S"].price, current["TSHIRT-S"].stock) == (Decimal("499.00"), 4)
    assert current["TSHIRT-M"].stock is None            # stock not managed
    assert current["NO-STOCK"].price is None
    assert current["TSHIRT-S"].ref["parent_id"] == current["TSHIRT-M"].ref["parent_id"] is not None
    pages = [p for m, p in standin.requests if p.endswith("/products")]
    assert len(pages) == 3                               # 252 products, 100 per page


def test_few_skus_are_looked_up_by_sku(shop):
    standin, connect = shop
    standin.seed(500)
    standin.add_variable("CAP", [("CAP-RED", "99.00", 1)])
    current = connect().fetch_current(["SKU-00007", "CAP-RED", "MISSING-2"])
    assert set(current) == {"SKU-00007", "CAP-RED"}
    assert len(standin.requests) < 10                    # not the 5 pages of the whole catalogue


# -- writing ---------------------------------------------------------------------------------------
def test_push_reaches_desired_state_in_batches_of_at_most_100(shop):
    standin, connect = shop
    standin.seed(230)
    standin.add_variable("JEANS", [(f"JEANS-{w}", "1500.00", 2) for w in range(28, 36)])
    channel = connect()
    desired = {f"SKU-{i:05d}": (f"{200 + i}.90", i % 7) for i in range(1, 231)}
    desired |= {f"JEANS-{w}": ("1599.00", 3) for w in range(28, 36)}
    changes = changes_to(channel, desired)
    assert len(changes) == 238
    results = push(channel, changes)
    assert all(r.ok for r in results) and len(results) == 238
    assert max(n for sizes in standin.batch_sizes.values() for n in sizes) <= 100
    assert changes_to(channel, desired) == []            # a second push would send nothing
    applied = Counter((sku, field) for sku, field, _ in standin.applied)
    assert max(applied.values()) == 1                    # nothing applied twice
    assert standin.by_sku("SKU-00017").regular_price == "217.90"
    variation_batches = [p for m, p in standin.requests if p.endswith("/variations/batch")]
    assert len(variation_batches) == 1


@pytest.mark.parametrize("price, stock, old_stock, sent", [
    ("12.50", None, 3, {"id", "regular_price"}),
    (None, 9, 3, {"id", "stock_quantity"}),
    (None, 9, None, {"id", "manage_stock", "stock_quantity"}),   # stock not managed yet
    ("12.50", 0, 3, {"id", "regular_price", "stock_quantity"}),
])
def test_only_changed_fields_are_sent(shop, price, stock, old_stock, sent):
    standin, connect = shop
    standin.add_product("A-1", "10.00", old_stock)
    channel = connect()
    [result] = push(channel, changes_to(channel, {"A-1": (price, stock)}))
    assert result.ok
    assert set(standin.updates[-1]) == sent
    assert standin.updates[-1].get("regular_price", "12.50") == "12.50"     # money as a string


def test_stock_status_sent_when_asked(shop):
    standin, connect = shop
    standin.add_product("A-1", "10.00", 3)
    channel = connect(set_stock_status=True)
    push(channel, changes_to(channel, {"A-1": (None, 0)}))
    assert standin.updates[-1]["stock_status"] == "outofstock"


def test_toggles_keep_fields_out(shop):
    standin, connect = shop
    standin.add_product("A-1", "10.00", 3)
    channel = connect(update_stock=False)
    [result] = push(channel, changes_to(channel, {"A-1": ("11.00", 8)}))
    assert result.ok and set(standin.updates[-1]) == {"id", "regular_price"}
    assert standin.by_sku("A-1").stock_quantity == 3


def test_per_item_errors_reported_while_the_rest_goes_through(shop):
    standin, connect = shop
    standin.seed(5)
    standin.item_errors["SKU-00002"] = ("woocommerce_rest_invalid_sku", "Invalid or duplicated SKU.", 400)
    channel = connect()
    changes = changes_to(channel, {f"SKU-{i:05d}": ("77.00", None) for i in range(1, 6)})
    deleted = changes[3]          # a product deleted in the shop after the plan was made
    changes[3] = Change(deleted.sku, deleted.old_price, deleted.new_price, None, None, ref={"id": 999999, "parent_id": None})
    results = {r.sku: r for r in channel.send_batch(changes, idempotency_key="k")}
    assert [s for s, r in results.items() if not r.ok] == ["SKU-00002", "SKU-00004"]
    assert results["SKU-00002"].message == "product: Invalid or duplicated SKU. (woocommerce_rest_invalid_sku, HTTP 400)"
    assert results["SKU-00004"].message == "product: Invalid ID. (woocommerce_rest_product_invalid_id, HTTP 400)"
    assert {s for s, f, v in standin.applied} == {"SKU-00001", "SKU-00003", "SKU-00005"}


def test_changes_without_ids_are_resolved(shop):
    standin, connect = shop
    standin.add_product("A-1", "10.00", 3)
    standin.add_variable("V", [("V-1", "20.00", 1)])
    channel = connect()
    changes = [Change("A-1", None, Decimal("11"), None, None), Change("V-1", None, Decimal("21"), None, None),
               Change("GONE", None, Decimal("1"), None, None)]
    results = channel.send_batch(changes, idempotency_key="k")
    assert [r.ok for r in results] == [True, True, False]
    assert standin.by_sku("V-1").regular_price == "21.00"


def test_413_is_terminal_for_that_batch(shop):
    standin, connect = shop
    standin.batch_limit = 20          # a host that lowered woocommerce_rest_batch_items_limit
    standin.seed(30)
    channel = connect()
    results = push(channel, changes_to(channel, {f"SKU-{i:05d}": ("1.00", None) for i in range(1, 31)}))
    assert not any(r.ok for r in results) and not any(r.transient for r in results)
    assert "too large" in results[0].message and "Unable to accept more than 20 items" in results[0].message
    assert len([p for m, p in standin.requests if m == "POST"]) == 1      # not retried


# -- faults ----------------------------------------------------------------------------------------


def test_a_refused_request_after_others_went_through_fails_only_its_items(shop):
    standin, connect = shop
    standin.add_product("A-1", "10.00", 1)
    standin.add_variable("V", [("V-1", "20.00", 1)])
    channel = connect()
    changes = changes_to(channel, {"A-1": ("11.00", None), "V-1": ("21.00", None)})
    parent = standin.by_sku("V-1").parent_id
    standin.fail_next(1, status=404, path=f"{API}/products/{parent}/variations/batch")   # parent deleted meanwhile
    results = {r.sku: r for r in channel.send_batch(changes, idempotency_key="k")}
    assert results["A-1"].ok
    assert not results["V-1"].ok and not results["V-1"].transient and "HTTP 404" in results["V-1"].message


def test_persistent_5xx_is_transient(shop):
    standin, connect = shop
    standin.seed(2)
    channel = connect(retries=1)
    changes = changes_to(channel, {"SKU-00001": ("5.00", None)})
    standin.fail_next(5, status=503, path=BATCH)
    with pytest.raises(TransientChannelError, match="HTTP 503"):
        channel.send_batch(changes, idempotency_key="k")
    assert standin.applied == []


def test_failure_after_some_groups_marks_the_rest_transient(shop):
    standin, connect = shop
    standin.add_product("A-1", "10.00", 1)
    standin.add_variable("V", [("V-1", "20.00", 1)])
    channel = connect(retries=0)
    changes = changes_to(channel, {"A-1": ("11.00", None), "V-1": ("21.00", None)})
    parent = standin.by_sku("V-1").parent_id
    standin.fail_next(1, status=503, path=f"{API}/products/{parent}/variations/batch")
    results = {r.sku: r for r in channel.send_batch(changes, idempotency_key="k")}
    assert results["A-1"].ok
    assert not results["V-1"].ok and results["V-1"].transient


def test_query_string_keys_never_reach_the_logs(shop, caplog):
    standin, connect = shop
    standin.seed(2)
    channel = connect(query_string_auth=True)
    standin.drop_next(1)                 # urllib3 logs a warning with the URL it retries
    standin.fail_next(1, status=503)
    with caplog.at_level("DEBUG"):
        assert "SKU-00001" in channel.fetch_current(["SKU-00001"])
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))
    assert "Retrying" in ours and "consumer_key=***" in ours
    assert standin.key not in ours and standin.secret not in ours


# -- through the pipeline --------------------------------------------------------------------------
class Killed(BaseException):
    """The process dying: nothing after it runs."""


class DiesAtBatch(WooCommerceChannel):
    """The real connector in a process that is killed when it is about to send batch N."""

    die_at: int | None = None

    def send_batch(self, changes, *, idempotency_key):
        self.calls = getattr(self, "calls", 0) + 1
        if self.calls == self.die_at:
            raise Killed()
        return super().send_batch(changes, idempotency_key=idempotency_key)


def test_pipeline_push_survives_faults_and_a_kill(shop, tmp_path):
    from pricesync.pipeline import plan, push
    from tests.pipeline_support import config_with, prices_frame

    standin, connect = shop
    standin.seed(250)
    standin.add_variable("JEANS", [(f"JEANS-{w}", "1500.00", 2) for w in range(28, 34)])
    raw = standin.channel_config(connect.served.url, connect.served.ca_bundle)
    cfg = config_with(tmp_path, "[channels.shop]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in raw.items()))
    rows = [{"sku": f"SKU-{i:05d}", "price": f"{1000 + i}.90", "stock": i % 11} for i in range(1, 251)]
    rows += [{"sku": f"JEANS-{w}", "price": "1490.00", "stock": 7} for w in range(28, 34)]
    prices = prices_frame(rows)

    def channel(die_at=None):
        ch = DiesAtBatch("shop", cfg.channel("shop"), env=standin.env)
        ch.die_at = die_at
        return ch

    first = channel(die_at=2)
    standin.fail_next(1, status=429, retry_after=1, path=BATCH)
    standin.drop_next(1, path=BATCH)
    with pytest.raises(Killed):
        push(cfg, plan(cfg, prices, channels=[first]), channels=[first])
    assert len([p for m, p in standin.requests if m == "POST"]) == 3      # 429, drop, then batch 1

    standin.fail_next(1, status=503, path=BATCH)
    second = channel()
    result = push(cfg, plan(cfg, prices, channels=[second]), channels=[second])
    [r] = result.channels
    assert r.failures == [] and r.pushed == 256 - 100
    assert {s: (c.price, c.stock) for s, c in second.fetch_current(list(prices["sku"])).items()} == \
        {s: (p, int(k)) for s, p, k in zip(prices["sku"], prices["price"], prices["stock"])}
    applied = Counter((sku, field) for sku, field, _ in standin.applied)
    assert max(applied.values()) == 1                                   # nothing applied twice
    assert max(n for sizes in standin.batch_sizes.values() for n in sizes) <= 100
    third = channel()
    assert plan(cfg, prices, channels=[third])[0].changes == []


@pytest.mark.parametrize("good_keys", [True, False])
def test_cli_push_never_shows_or_stores_the_keys(shop, tmp_path, cli, good_keys):
    from pricesync.tables import write_table
    from tests.pipeline_support import prices_frame, write_config

    standin, connect = shop
    standin.seed(5)
    raw = {**standin.channel_config(connect.served.url, connect.served.ca_bundle), "query_string_auth": True}
    config = write_config(tmp_path, "[channels.shop]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in raw.items()))
    prices = write_table(prices_frame([{"sku": f"SKU-{i:05d}", "price": "55.00", "stock": 9} for i in range(1, 6)]),
                         tmp_path / "prices.csv")
    env = standin.env if good_keys else {**standin.env, "WC_SECRET": "cs_not_the_right_one_7f3e2d1c"}
    standin.drop_next(1, path=BATCH)       # urllib3 logs the retried URL, keys included
    result = cli("push", "--config", config, "--prices", prices, env=env)
    shown = result.stdout + result.stderr
    if good_keys:
        assert result.exit_code == 0, shown
        assert standin.by_sku("SKU-00003").regular_price == "55.00"
    else:
        assert result.exit_code != 0 and "WC_KEY and WC_SECRET" in shown
    for secret in (env["WC_KEY"], env["WC_SECRET"]):
        assert secret not in shown
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path
