"""Work spread over forked processes gives what one process gives; the collector waits for the run."""
import os
import sys

import pytest

from pricesync.match.reading.names import Analyser
from pricesync.match.parallel import parallel_map

NAMES = [
    "Samsung Galaxy A55 5G 8/256GB Awesome Navy SM-A556B",
    "Шампунь Estel Curex Therapy 1000 мл",
    "Michelin Primacy 4 205/55 R16 91V",
    "Bosch Front Brake Pad Set 0 986 494 623 for Ford Focus Mk3",
    "Краска для волос Igora Royal 6-0 60 мл",
    "MANN-FILTER W 712/75 Oil filter",
] * 3

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")


@needs_fork
def test_results_travel_packed_and_come_back_whole_in_order():
    items = list(range(40))
    got = parallel_map(lambda x: {"n": x, "pid": os.getpid()}, items, 2,
                       pack=lambda r: (r["n"], r["pid"]), unpack=lambda p: {"n": p[0], "pid": p[1], "packed": True})
    assert [r["n"] for r in got] == items
    # The parent's own share is never packed; the worker's always is.
    assert {r["pid"] for r in got if "packed" not in r} == {os.getpid()}
    assert all(r["pid"] != os.getpid() for r in got if "packed" in r)
    assert any("packed" in r for r in got)


@needs_fork
def test_names_built_on_two_processes_are_the_names_built_on_one():
    one = Analyser(NAMES)
    alone = {s: one.get(s) for s in NAMES}
    two = Analyser(NAMES)
    two.build(NAMES, workers=2)
    assert set(two._names) == set(NAMES)  # every name built before anyone asks
    assert {s: two.get(s) for s in NAMES} == alone


def test_no_collection_runs_during_a_match_and_the_collector_is_back_after():
    import gc

    import pandas as pd

    from pricesync.match import match_offers

    catalog = pd.DataFrame({"sku": [f"S{i}" for i in range(len(NAMES))], "name": NAMES})
    offers = pd.DataFrame({"supplier": "acme", "supplier_sku": [str(i) for i in range(len(NAMES))], "name": NAMES})
    collections = []

    def count(phase, info):
        # (a collection the run's own allocations started: the run's frame is on the stack)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_name != "_match_with_info":
            frame = frame.f_back
        if phase == "start" and frame is not None:
            collections.append(info["generation"])

    threshold = gc.get_threshold()
    gc.set_threshold(5)  # a collection every few allocations, were the collector on
    gc.callbacks.append(count)
    try:
        match_offers(offers, catalog)
        assert collections == []
        assert gc.isenabled()
        gc.disable()
        match_offers(offers, catalog)
        assert not gc.isenabled()  # a caller's own choice is left as it was
    finally:
        gc.enable()
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)


def test_a_catalog_without_names_still_matches_by_identifier():
    # nothing to analyse before indexing: the EAN still finds the item
    import pandas as pd

    from pricesync.match import match_offers

    catalog = pd.DataFrame({"sku": ["A1"], "name": [""], "ean": ["4006381333931"]})
    offers = pd.DataFrame({"supplier": ["acme"], "supplier_sku": ["1"], "name": ["Stabilo pen"],
                           "ean": ["4006381333931"]})
    result = match_offers(offers, catalog)
    assert (result.loc[0, "catalog_sku"], result.loc[0, "match_method"]) == ("A1", "ean")
