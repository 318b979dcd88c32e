"""An API that echoes what it was sent (the Authorization header, the query string, part
of a token) in its error bodies: no piece of 8 or more characters of any secret, nor of its
base64 (HTTP Basic ``key:secret``) or URL-encoded forms, reaches any output: CLI
stdout/stderr (plain, --json, --debug), the run folder, the state file and its dump."""
from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from werkzeug.wrappers import Request, Response

from pricesync.redact import redact
from tests.pipeline_support import prices_frame, write_config
from tests.standins.common import serving
from tests.standins.woocommerce import Standin

KEY = "ck_LeakKey_Q7w9Z2x4V6b8N0m1HjKl"
SECRET = "cs_LeakSecret_R5t7Y9u1I3o5P7a9s1D3fG"
FRAGMENT = 8


def secret_forms() -> list[str]:
    basic = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    out = [basic]
    for s in (KEY, SECRET):
        out += [s, quote(s, safe=""), quote_plus(s), base64.b64encode(s.encode()).decode().rstrip("=")]
    return out


def fragments() -> set[str]:
    return {f[i:i + FRAGMENT] for f in secret_forms() for i in range(len(f) - FRAGMENT + 1)}


def leaked(text: str) -> list[str]:
    return sorted({g for g in fragments() if g in text})


class EchoingShop(Standin):
    """Answers batch writes with an error quoting the request's Authorization header and
    query string after ~250 characters of text (so a cut at 300 lands inside them), and one
    item's error with 20 of the secret's characters."""

    def __init__(self, status: int) -> None:
        super().__init__(key=KEY, secret=SECRET)
        self.status = status

    def handle(self, request: Request) -> Response:
        if request.path.endswith("/batch") and self._authenticated(request):
            echo = (f"{'request refused by the security plugin; ' * 6}"
                    f"Authorization: {request.headers.get('Authorization', '')} "
                    f"query: {request.query_string.decode()} token tail {SECRET[:20]}")
            return Response(json.dumps({"code": "http_echo", "message": echo, "data": {"status": self.status}}),
                            status=self.status, content_type="application/json")
        return super().handle(request)


def test_redact_masks_every_form_and_partial_echo():
    basic = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    text = (f"a {SECRET[:20]} b {quote(SECRET[3:])} c Basic {basic[:30]} d "
            f"{base64.b64encode(('x' + SECRET).encode()).decode()} e {KEY[5:14]}")
    masked = redact(text, [KEY, SECRET])
    assert leaked(masked) == [], masked
    assert masked.startswith("a *** b *** c Basic *** d ")
    assert redact("an ordinary message", [KEY, SECRET]) == "an ordinary message"


def test_mask_before_cut_in_api_messages():
    from pricesync.channels.marketplace import api_message

    class R:
        text = ""

        def json(self):
            return {"message": "x" * 290 + " " + SECRET}

    cut = api_message(R(), lambda t: redact(t, [SECRET]))
    assert len(cut) <= 300 and leaked(cut) == []


@pytest.mark.parametrize("query_auth, status", [(False, 400), (True, 400), (False, 401), (True, 401)])
def test_nothing_sent_comes_back_out(tmp_path, cli, query_auth, status):
    standin = EchoingShop(status)
    standin.seed(3)
    standin.item_errors["SKU-00002"] = ("woocommerce_rest_cannot_edit", f"token {SECRET[2:22]} may not edit", 403)
    (tmp_path / "srv").mkdir()
    with serving(tmp_path / "srv") as endpoint:
        endpoint.switchboard.target = standin
        raw = {**standin.channel_config(endpoint.url, endpoint.ca_bundle), "retries": 1,
               "query_string_auth": query_auth}
        config = write_config(tmp_path, "[channels.shop]\n" + "".join(f"{k} = {json.dumps(v)}\n"
                                                                      for k, v in raw.items()))
        from pricesync.tables import write_table

        prices = write_table(prices_frame([{"sku": f"SKU-{i:05d}", "price": "555.00", "stock": 9, "floor": "1.00"}
                                           for i in range(1, 4)]), tmp_path / "prices.csv")
        if query_auth:
            standin.drop_next(1, path="/wp-json/wc/v3/products")   # urllib3 logs the retried URL with the keys
        outputs = []
        for args in (["push"], ["push", "--json"], ["--debug", "push"], ["plan", "--json"], ["runs"]):
            extra = [] if args[-1] == "runs" else ["--prices", prices]
            res = cli(*args, "--config", config, *extra, env=standin.env)
            outputs.append(res)
            assert leaked(res.stdout + res.stderr) == [], (args, res.stdout + res.stderr)
    assert outputs[0].exit_code != 0          # the shop refused: the error is reported ...
    assert "request refused by the security plugin" in outputs[0].stdout + outputs[0].stderr   # ... in words
    for f in tmp_path.rglob("*"):
        if f.is_file() and "srv" not in f.parts:
            assert leaked(f.read_bytes().decode("utf-8", "replace")) == [], f
    for db in tmp_path.rglob("*.sqlite"):
        dump = "\n".join(sqlite3.connect(db).iterdump())
        assert leaked(dump) == [], db
    assert list(tmp_path.rglob("*.sqlite")), "the state was written"
