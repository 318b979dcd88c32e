"""The contract every channel type keeps, run over every registered type (APIs against their
HTTPS stand-ins, feeds against files, the dummy in memory). What each API does its own way
(endpoints, pagination, auth forms, batching limits) stays in its own test file.

tests/channel_cases.py describes each type; a type registered without a case fails here.
"""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from pricesync.channels.registry import channel_types, get_channel_type
from pricesync.errors import ChannelError, TransientChannelError
from tests.channel_cases import CASES, SKUS, UNKNOWN, Recorder, opened
from tests.standins.common import (
    TRANSPORT_FAULTS, assert_one_line_without_secrets, change, elapsed, endpoint_fixture, limit_retries,
    push_through_pipeline, toml_table,
)

endpoint = endpoint_fixture()

TYPES = sorted(CASES)


def needs(case, point: str) -> None:
    if point in case.quirks:
        pytest.skip(f"{case.type}: {case.quirks[point]}")


def bumped(price: str) -> str:
    return str(Decimal(price) + 1)


def shipped_channel_types() -> set[str]:
    """Registered types that pricesync ships (test doubles registered by other test modules,
    such as tests/pipeline_support.py's, are left out)."""
    return {t for t in channel_types() if get_channel_type(t).cls.__module__.startswith("pricesync.")}


def test_every_registered_channel_type_has_a_case():
    missing = sorted(shipped_channel_types() - set(CASES))
    assert not missing, f"channel types without a case in tests/channel_cases.py: {missing}"
    assert not sorted(set(CASES) - shipped_channel_types()), "cases for channel types that are not registered"


@pytest.mark.parametrize("kind", TYPES)
def test_reads_current_price_and_stock_as_decimal_and_int(kind, endpoint, tmp_path):
    case = CASES[kind]
    with opened(case, endpoint, tmp_path) as o:
        current = o.channel.fetch_current([*SKUS, UNKNOWN])
    assert UNKNOWN not in current and set(current) == set(SKUS)
    for sku, (price, stock) in case.seeded.items():
        assert isinstance(current[sku].price, Decimal) and current[sku].price == Decimal(price)
        if case.reads_stock:
            assert current[sku].stock == stock


@pytest.mark.parametrize("kind", TYPES)
def test_pushes_only_changes_reports_unknown_and_a_repush_sends_nothing(kind, endpoint, tmp_path):
    case = CASES[kind]
    (s1, (p1, n1)), (s2, (p2, n2)) = list(case.seeded.items())[:2]
    rows = [{"sku": s1, "price": bumped(p1), "stock": n1}, {"sku": s2, "price": p2, "stock": n2}]
    if "unknown" not in case.quirks:
        rows.append({"sku": UNKNOWN, "price": "10.00", "stock": 1})
    with opened(case, endpoint, tmp_path) as o:
        before = len(o.standin.applied) if o.standin else 0
        plan, pushed = push_through_pipeline(o.channel, tmp_path, rows)
        assert [c.sku for c in plan.changes] == [s1]
        assert (plan.changes[0].new_price, plan.changes[0].price_changed, plan.changes[0].stock_changed) == \
            (Decimal(bumped(p1)), True, False)
        if "unknown" not in case.quirks:
            assert [u.sku for u in plan.unknown] == [UNKNOWN]
        assert pushed.pushed == 1 and not pushed.failures
        if o.standin:
            assert [(sku, what) for sku, what, _ in o.standin.applied[before:]] == [(s1, o.standin.applied[-1][1])]
        assert o.channel.fetch_current([s1])[s1].price == Decimal(bumped(p1))
        sent_after_first = len(o.standin.applied) if o.standin else None
        again, pushed_again = push_through_pipeline(o.channel, tmp_path, rows)
        assert again.changes == [] and pushed_again.pushed == 0
        if o.standin:
            assert len(o.standin.applied) == sent_after_first


@pytest.mark.parametrize("kind", TYPES)
def test_a_refused_sku_fails_alone_and_the_rest_is_applied(kind, endpoint, tmp_path):
    case = CASES[kind]
    good, bad = [SKUS[0], SKUS[2]], SKUS[1]
    standin = case.seeded_standin() if case.kind == "api" else None
    overrides = case.refuse(standin, bad)
    with opened(case, endpoint, tmp_path, standin=standin, **overrides) as o:
        changes = [change(s, price="77.00") for s in SKUS]
        if case.refuse_by_dropping_price:
            changes[1] = change(bad, stock=4)
        results = {r.sku: r for r in o.channel.send_batch(changes, idempotency_key="contract-k")}
        current = o.channel.fetch_current(SKUS)
    assert set(results) == set(SKUS)
    assert all(results[s].ok for s in good), results
    assert not results[bad].ok and results[bad].message and not results[bad].transient
    assert all(current[s].price == Decimal("77.00") for s in good)
    assert bad not in current or current[bad].price != Decimal("77.00")


@pytest.mark.parametrize("kind", TYPES)
def test_an_unknown_sku_sent_anyway_is_reported_and_the_rest_is_applied(kind, endpoint, tmp_path):
    case = CASES[kind]
    needs(case, "unknown")
    if case.kind == "memory":
        pytest.skip("dummy: a pretend shop takes any SKU it is sent")
    with opened(case, endpoint, tmp_path) as o:
        results = o.channel.send_batch([change(SKUS[0], price="66.00"), change(UNKNOWN, price="66.00", stock=1)],
                                       idempotency_key="contract-u")
        current = o.channel.fetch_current([SKUS[0]])
    assert [r.sku for r in results] == [SKUS[0], UNKNOWN]
    assert results[0].ok and not results[1].ok and not results[1].transient and results[1].message
    assert current[SKUS[0]].price == Decimal("66.00")


@pytest.mark.parametrize("kind", TYPES)
def test_429_is_waited_out_and_applied_once(kind, endpoint, tmp_path):
    case = CASES[kind]
    needs(case, "http")
    with opened(case, endpoint, tmp_path) as o:
        requests = len(o.standin.requests)
        o.standin.fail_next(1, status=429, **case.rate_limit)
        with elapsed() as took:
            [result] = o.channel.send_batch([change(SKUS[0], price=bumped(case.seeded[SKUS[0]][0]))],
                                            idempotency_key="contract-429")
        assert result.ok, result
        assert took[0] >= 0.95                                 # the wait the answer asked for
        assert len(o.standin.requests) - requests >= 2         # the refused call went again
        assert [what for sku, what, _ in o.standin.applied] == [o.standin.applied[0][1]]   # once
        assert o.channel.fetch_current([SKUS[0]])[SKUS[0]].price == Decimal(bumped(case.seeded[SKUS[0]][0]))


@pytest.mark.parametrize("kind", TYPES)
def test_refused_credentials_fail_fast_with_one_line_naming_the_variable(kind, endpoint, tmp_path):
    case = CASES[kind]
    needs(case, "auth")
    standin = case.seeded_standin()
    wrong = {var: f"wrong-{var.lower()}-0000" for var in standin.env}
    with opened(case, endpoint, tmp_path, standin=standin, env=wrong) as o:
        with pytest.raises(ChannelError) as info:
            o.channel.fetch_current(SKUS)
        with pytest.raises(ChannelError):
            o.channel.send_batch([change(SKUS[0], price="5.00")], idempotency_key="contract-auth")
    assert not info.value.transient
    text = assert_one_line_without_secrets(info.value, names=[sorted(standin.env)[0]],
                                           secrets=[*standin.env.values(), *wrong.values()])
    assert re.search(r"\b40[13]\b", text), text
    assert standin.applied == []
    assert len(standin.requests) <= 2                    # one refused call each: not retried


@pytest.mark.parametrize("good", [True, False], ids=["good credentials", "refused credentials"])
@pytest.mark.parametrize("kind", TYPES)
def test_secrets_never_reach_the_output_or_the_files(kind, good, endpoint, tmp_path, cli):
    from pricesync.tables import write_table
    from tests.pipeline_support import prices_frame, write_config

    case = CASES[kind]
    needs(case, "secrets")
    standin = case.seeded_standin()
    endpoint.plug(standin)
    env = dict(standin.env) if good else {var: f"wrong-{var.lower()}-0000" for var in standin.env}
    config = write_config(tmp_path, toml_table("channels.shop", standin.channel_config(endpoint.url,
                                                                                      endpoint.ca_bundle)))
    prices = write_table(prices_frame([{"sku": s, "price": bumped(p), "stock": n} for s, (p, n) in
                                       case.seeded.items()]), tmp_path / "prices.csv")
    result = cli("push", "--config", config, "--prices", prices, env=env)
    shown = result.stdout + result.stderr
    assert (result.exit_code == 0) is good, shown
    for secret in [*standin.env.values(), *env.values()]:
        assert secret not in shown
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path


@pytest.mark.parametrize("kind", TYPES)
def test_money_goes_out_exact_in_the_documented_format(kind, endpoint, tmp_path):
    case = CASES[kind]
    price, wire = case.money
    standin = case.seeded_standin() if case.kind == "api" else None
    with opened(case, endpoint, tmp_path, standin=standin) as o:
        if standin is not None:
            o.standin = Recorder(standin)
            endpoint.plug(o.standin)
        changes = [change(SKUS[0], price=price, stock=case.seeded[SKUS[0]][1])]
        if case.kind == "feed":                 # a feed is written whole: a small and a large amount too
            changes += [change(s, price=p, stock=1) for s, p in zip(SKUS[1:], ("0.10", "1234567.89"))]
        results = o.channel.send_batch(changes, idempotency_key="contract-money")
        assert all(r.ok for r in results), results
        back = o.channel.fetch_current([SKUS[0]])[SKUS[0]].price
        text = o.text()
    assert isinstance(back, Decimal) and back == Decimal(price)
    if wire is not None:
        assert re.search(wire, text), f"{wire!r} not in what was sent: {text[:2000]}"
        if case.kind == "feed":
            assert re.search(r"(?<![\d.])0\.10(?!\d)", text) and re.search(r"1234567\.89(?!\d)", text), text


def _fresh_change(o, sku: str, price: str, stock: int | None = None):
    """A change as a plan makes it: with the channel's own ids read just before."""
    from pricesync.channels.base import Change

    cur = o.channel.fetch_current([sku])[sku]
    return Change(sku, cur.price, Decimal(price), cur.stock, stock, ref=cur.ref)


def _sent(o, path: str | None) -> int:
    """Writes sent to ``path`` (reads and polls left out)."""
    return sum(1 for m, p in o.standin.requests if m != "GET" and (path is None or p.startswith(path)))


@pytest.mark.parametrize("fault", list(TRANSPORT_FAULTS))
@pytest.mark.parametrize("kind", TYPES)
def test_transport_faults_are_retried_and_applied_once(kind, fault, endpoint, tmp_path):
    case = CASES[kind]
    needs(case, "http")
    inject, requests_seen = TRANSPORT_FAULTS[fault]
    path = case.rate_limit.get("path")
    with opened(case, endpoint, tmp_path) as o:
        ch = _fresh_change(o, SKUS[0], bumped(case.seeded[SKUS[0]][0]))
        before = _sent(o, path)
        inject(o.standin, path)
        [result] = o.channel.send_batch([ch], idempotency_key="contract-fault")
        assert result.ok, result
        if path is not None:
            assert _sent(o, path) - before == requests_seen
        assert [(sku, n) for (sku, _), n in o.standin.applied_counts().items()] == [(SKUS[0], 1)]
        assert o.channel.fetch_current([SKUS[0]])[SKUS[0]].price == ch.new_price


@pytest.mark.parametrize("status", [400, 404, 409])
@pytest.mark.parametrize("kind", TYPES)
def test_other_client_errors_fail_that_sku_without_retrying(kind, status, endpoint, tmp_path):
    case = CASES[kind]
    needs(case, "http")
    needs(case, str(status))
    path = case.rate_limit.get("path")
    with opened(case, endpoint, tmp_path) as o:
        ch = _fresh_change(o, SKUS[0], bumped(case.seeded[SKUS[0]][0]), case.seeded[SKUS[0]][1] + 1)
        before = _sent(o, path)
        o.standin.fail_next(1, status=status, path=path)
        [result] = o.channel.send_batch([ch], idempotency_key="contract-4xx")
        assert not result.ok and not result.transient and f"HTTP {status}" in result.message, result
        # not retried: the refused call went once (one call per part where the path is shared)
        assert _sent(o, path) - before == (1 if path or not case.separate_parts else 2)
        current = o.channel.fetch_current([SKUS[0]])[SKUS[0]]
    assert current.price == Decimal(case.seeded[SKUS[0]][0])
    # the refused call fails only itself: a stock update that goes in its own call still goes
    assert (current.stock == ch.new_stock) is case.separate_parts
    for secret in o.standin.env.values():
        assert secret not in result.message


@pytest.mark.parametrize("kind", TYPES)
def test_a_429_asking_for_longer_than_a_push_waits_leaves_the_batch_for_the_next_run(kind, endpoint, tmp_path):
    case = CASES[kind]
    needs(case, "http")
    path = case.rate_limit.get("path")
    headers = {k: "3600" for k in case.rate_limit.get("headers", {})} or {"Retry-After": "3600"}
    with opened(case, endpoint, tmp_path) as o:
        ch = _fresh_change(o, SKUS[0], bumped(case.seeded[SKUS[0]][0]))
        o.standin.fail_next(1, status=429, headers=headers, path=path)
        with elapsed() as took:
            try:
                results = o.channel.send_batch([ch], idempotency_key="contract-long-429")
            except TransientChannelError:
                results = None
        assert took[0] < 5 and o.standin.applied == []
        assert results is None or all(not r.ok and r.transient for r in results), results


@pytest.mark.parametrize("kind", TYPES)
def test_tls_is_verified_unless_a_bundle_is_given(kind, endpoint, tmp_path, monkeypatch):
    case = CASES[kind]
    needs(case, "auth")
    with opened(case, endpoint, tmp_path, verify=True) as o:
        limit_retries(o.channel, 0)          # the session retries TLS failures like any connection error
        with pytest.raises(ChannelError, match="TLS verification failed") as info:
            o.channel.fetch_current(SKUS)
    assert not info.value.transient and "\n" not in str(info.value) and "channels.shop.verify" in str(info.value)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/nonexistent/ca.pem")     # the environment does not decide
    with opened(case, endpoint, tmp_path) as o:                          # the configured bundle is used
        assert set(o.channel.fetch_current(SKUS)) == set(SKUS)


@pytest.mark.parametrize("kind", TYPES)
def test_more_changes_than_one_call_takes_are_split_at_the_documented_limit(kind, endpoint, tmp_path):
    case = CASES[kind]
    needs(case, "http")
    if case.call_limit is None:
        pytest.skip(f"{kind}: no item limit per call (Shopify: cost-based throttling, see test_shopify.py)")
    key, limit, n, part, overrides = case.call_limit
    standin = case.standin()
    standin.seed(n)
    skus = [f"SKU-{i:05d}" for i in range(1, n + 1)]
    value = {"price": "3000"} if part == "price" else {"stock": 2}
    with opened(case, endpoint, tmp_path, standin=standin, **overrides) as o:
        results = o.channel.send_batch([change(s, **value) for s in skus], idempotency_key="contract-split")
    assert all(r.ok for r in results) and len(results) == n
    sizes = standin.batch_sizes[key]
    assert max(sizes) == limit and sum(sizes) == n and len(sizes) == -(-n // limit), sizes
    assert sorted(standin.applied_counts().values()) == [1] * n          # each item once
