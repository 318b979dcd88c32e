"""[notify] through real runs: a real SMTP server (aiosmtpd on 127.0.0.1, with a password)
reached by Apprise's mailto://, and a webhook receiver (json://). A supplier held, a price
held by max_change and a push that partly fails each give exactly one readable message;
no secret (the SMTP password, the shop's API secret the channel echoes) is in any of them;
a notification that fails is a warning and never changes the exit code."""
from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.pipeline_support import write_config

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SMTP_PASSWORD = "Smtp-Pa55w0rd-9fQz"
SHOP_SECRET = "cs_live_7Hq2Lx9PzR4mW1"
HOOK_PASSWORD = "Hook-Pa55-Kq83"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"

    def texts(self) -> list[tuple[str, str]]:
        return [(str(m["Subject"]), m.get_body(("plain", "html")).get_content()) for m in self.messages]


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def check(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == SMTP_PASSWORD.encode()
        return AuthResult(success=ok)

    box = Mailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, authenticator=check, auth_require_tls=False)
    controller.start()
    box.url = (f"mailto://ops:{SMTP_PASSWORD}@127.0.0.1:{port}?smtp=127.0.0.1&mode=insecure"
               f"&from=pricesync@shop.example&to=ops@shop.example")
    try:
        yield box
    finally:
        controller.stop()


@pytest.fixture
def webhook():
    got: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            got.append({"auth": self.headers.get("Authorization", ""), **json.loads(body)})
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.got = got
    server.url = f"json://hook:{HOOK_PASSWORD}@127.0.0.1:{server.server_address[1]}/"
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


CATALOG = ("sku,name,brand,category,ean,price,stock\n"
           "X1,Дрель Makita DF333,Makita,Инструмент,,1249,8\n"
           "X2,Пила Bosch PKS 55,Bosch,Инструмент,,5999,4\n"
           "X3,Лобзик Bosch PST 700,Bosch,Инструмент,,500,2\n")
ALFA = ("Артикул;Наименование;Цена;Остаток\nX1;Дрель Makita DF333;1000;5\nX2;Пила Bosch PKS 55;2000;3\n"
        "X3;Лобзик Bosch PST 700;420;7\n")


def night(folder, notify: str, *, fail: bool = True) -> str:
    """alfa's list moves X2 by -58 % (held by max_change); beta's list is missing (held);
    the shop refuses X1 and echoes its API secret in the refusal."""
    (folder / "prices").mkdir(exist_ok=True)
    (folder / "catalog.csv").write_text(CATALOG, encoding="utf-8")
    (folder / "prices" / "alfa.csv").write_text(ALFA, encoding="utf-8")
    (folder / "shop.json").write_text(json.dumps({"X1": ["1249.00", 8], "X2": ["5999.00", 4], "X3": ["500.00", 2]}))
    return str(write_config(folder, f"""catalog = "catalog.csv"
[suppliers.alfa]
files = ["prices/alfa*.csv"]
currency = "RUB"
[suppliers.beta]
files = ["prices/beta*.csv"]
[pricing]
rounding = "none"
max_change = "0.30"
[[pricing.rules]]
markup = "0.25"
[channels.shop]
type = "test_flaky"
path = "shop.json"
echo_secret_env = "T_SHOP_SECRET"
fail_skus = {json.dumps(["X1"] if fail else [])}
{notify}"""))


def no_secret(*texts: str) -> None:
    for text in texts:
        for secret in (SMTP_PASSWORD, SHOP_SECRET, HOOK_PASSWORD):
            for fragment in (secret, secret[:10], secret[-10:]):
                assert fragment not in text, f"secret fragment {fragment!r} in: {text}"


def test_one_readable_message_per_event_and_no_secret(tmp_path, cli, smtp, webhook):
    config = night(tmp_path, '[notify]\nurls_env = "T_NOTIFY"\n'
                             'on = ["failed", "held", "stale", "push_failed", "summary"]\n'
                             '[notify.route]\nsummary = "T_NOTIFY_SUMMARY"\n')
    res = cli("run", "--config", config, env={"T_NOTIFY": f"{smtp.url} {webhook.url}",
                                              "T_NOTIFY_SUMMARY": webhook.url, "T_SHOP_SECRET": SHOP_SECRET})
    assert res.exit_code == 4, res.stderr                 # push partly failed: notifying changes nothing
    assert "notified: supplier_held, prices_held, push_failed, summary" in res.stderr
    mails = smtp.texts()
    hooks = [(h["title"], h["message"]) for h in webhook.got]
    subjects = sorted(s for s, _ in mails)
    assert subjects == ["pricesync run #1: 1 price held for review", "pricesync run #1: 1 supplier held back",
                        "pricesync run #1: push partly failed"]
    assert sorted(t for t, _ in hooks) == sorted([*subjects, "pricesync run #1 summary: push partly failed"])
    by_title = dict(hooks)
    assert by_title == {s: b for s, b in hooks}           # each title once
    report = tmp_path / "runs" / "1" / "report.html"
    assert report.exists()
    held = by_title["pricesync run #1: 1 supplier held back"]
    assert "supplier 'beta': files prices/beta*.csv matched no file" in held and str(report) in held
    prices = by_title["pricesync run #1: 1 price held for review"]
    assert "- X2: cost 2 000.00 RUB" in prices and "over max change 30 %" in prices
    assert "pricesync accept" in prices and prices.count("pricesync accept") == 1
    failed = by_title["pricesync run #1: push partly failed"]
    assert "shop: 1 pushed, 1 failed, 0 pending" in failed and "X1: simulated failure (auth ***)" in failed
    summary = by_title["pricesync run #1 summary: push partly failed"]
    for line in ("exit code 4 (push partly failed)", "rows read 3, offers 3", "matched: 3 auto",
                 "prices: 2 ok (2 changed), 1 held", "suppliers held: beta", "shop: 2 to change, 1 held",
                 f"Run report: {report}"):
        assert line in summary, (line, summary)
    same = {s: b.replace("\r\n", "\n").strip() for s, b in mails}
    assert same == {s: by_title[s].strip() for s in subjects}                # the same text both ways
    no_secret(res.stdout, res.stderr, *[s + b for s, b in mails], *[t + m for t, m in hooks])
    assert all(h["auth"].startswith("Basic ") for h in webhook.got)    # the hook's own credential was used


def test_only_the_events_listed_and_nothing_when_all_is_well(tmp_path, cli, smtp):
    config = night(tmp_path, '[notify]\nurls_env = "T_NOTIFY"\non = ["push_failed"]\n')
    res = cli("run", "--config", config, env={"T_NOTIFY": smtp.url, "T_SHOP_SECRET": SHOP_SECRET})
    assert res.exit_code == 4
    assert [s for s, _ in smtp.texts()] == ["pricesync run #1: push partly failed"]
    config = night(tmp_path, '[notify]\nurls_env = "T_NOTIFY"\non = ["push_failed", "failed"]\n', fail=False)
    res = cli("run", "--config", config, env={"T_NOTIFY": smtp.url, "T_SHOP_SECRET": SHOP_SECRET})
    assert res.exit_code == 3                              # held, but nothing asked for went wrong
    assert len(smtp.texts()) == 1


def test_failed_run_notifies_once(tmp_path, cli, smtp):
    config = write_config(tmp_path, '[channels.shop]\ntype = "dummy"\n[notify]\nurls_env = "T_NOTIFY"\n')
    res = cli("run", "--config", config, env={"T_NOTIFY": smtp.url})
    assert res.exit_code == 2 and "catalog" in res.stderr       # the run's own code, untouched
    [(subject, body)] = smtp.texts()
    assert subject == "pricesync run #1 failed"
    assert "pricesync run stopped with an error: " in body and "[shop] catalog is not set" in body
    no_secret(body)


def test_a_run_finding_the_lock_taken_notifies_failed(tmp_path, cli, smtp):
    from pricesync.pipeline.lock import run_lock

    config = night(tmp_path, '[notify]\nurls_env = "T_NOTIFY"\n', fail=False)
    with run_lock(tmp_path / "state.sqlite", "run"):
        res = cli("run", "--config", config, env={"T_NOTIFY": smtp.url, "T_SHOP_SECRET": SHOP_SECRET})
    assert res.exit_code == 1
    [(subject, body)] = smtp.texts()
    assert subject == "pricesync run failed" and "another pricesync run is in progress (run, pid" in body


def test_failed_notification_is_a_warning_only(tmp_path, cli):
    dead = free_port()            # nothing listens there
    config = night(tmp_path, '[notify]\nurls_env = "T_NOTIFY"\non = ["held"]\n', fail=False)
    res = cli("run", "--config", config, env={"T_NOTIFY": f"json://hook:{HOOK_PASSWORD}@127.0.0.1:{dead}/",
                                              "T_SHOP_SECRET": SHOP_SECRET})
    assert res.exit_code == 3, res.stderr                 # as without [notify]
    assert "warning: notify: could not send 'supplier_held' to every recipient of T_NOTIFY" in res.stderr
    assert "warning: notify: could not send 'prices_held'" in res.stderr
    no_secret(res.stderr, res.stdout)


def test_unset_variable_is_a_warning(tmp_path, cli, monkeypatch):
    monkeypatch.delenv("T_NOTIFY_UNSET", raising=False)
    config = night(tmp_path, '[notify]\nurls_env = "T_NOTIFY_UNSET"\n', fail=False)
    res = cli("run", "--config", config, env={"T_SHOP_SECRET": SHOP_SECRET})
    assert res.exit_code == 3
    assert res.stderr.count("warning: notify: T_NOTIFY_UNSET is not set or empty") == 1


def test_unknown_event_is_a_config_error(tmp_path, cli):
    config = write_config(tmp_path, '[notify]\nurls_env = "T_NOTIFY"\non = ["held", "sumary"]\n')
    res = cli("validate", config)
    assert res.exit_code == 2
    assert "unknown event 'sumary'" in res.stdout + res.stderr


def test_urls_in_the_config_are_refused(tmp_path, cli):
    config = write_config(tmp_path, f'[notify]\nurls_env = "mailto://ops:{SMTP_PASSWORD}@smtp.example"\n')
    res = cli("validate", config)
    assert res.exit_code == 2
    assert "urls_env names the environment variable that holds the Apprise URLs" in res.stdout + res.stderr


def test_a_url_apprise_does_not_understand_is_one_warning(tmp_path, cli, webhook):
    config = night(tmp_path, '[notify]\nurls_env = "T_NOTIFY"\n')
    res = cli("run", "--config", config, env={"T_NOTIFY": f"nosuch://x:{HOOK_PASSWORD}@h {webhook.url}",
                                              "T_SHOP_SECRET": SHOP_SECRET})
    assert res.exit_code == 4
    assert res.stderr.count("URL(s) in T_NOTIFY that Apprise does not understand (scheme nosuch://)") == 1
    assert len(webhook.got) == 3                 # supplier_held, prices_held, push_failed still went
    no_secret(res.stderr)


def test_url_secrets_cover_tokens_in_host_path_and_query():
    from pricesync.notify import url_secrets
    from pricesync.redact import redact

    urls = ["tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/-100123", "slack://T1JJ3T3L2/A1BRTD4JD/"
            "TIiajkdnlazkcOXrIdevi7FQ", f"json://u:{HOOK_PASSWORD}@h/?token=Tok-3141592653"]
    text = redact("failed: " + " ".join(urls) + " AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw Tok-3141592653",
                  url_secrets(urls))
    for secret in ("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "TIiajkdnlazkcOXrIdevi7FQ", HOOK_PASSWORD, "Tok-3141592653"):
        assert secret not in text


def test_stale_and_unreachable_sources_and_what_runs_shows(tmp_path, cli, smtp, httpserver, monkeypatch):
    """alfa's list is served but has not changed for 5 days (max_age 2d); beta's server is
    down. One 'stale' message names both; `pricesync runs` shows what the night fetched."""
    from email.utils import formatdate

    import pricesync.sources.http as http_source

    monkeypatch.setattr(http_source, "BACKOFF", 0)
    five_days = formatdate(__import__("time").time() - 5 * 86400, usegmt=True)
    httpserver.expect_request("/alfa.csv").respond_with_data(ALFA.encode(), headers={"Last-Modified": five_days},
                                                            content_type="text/csv")
    dead = free_port()
    config = night(tmp_path, '[notify]\nurls_env = "T_NOTIFY"\non = ["stale", "summary"]\n', fail=False)
    body = (tmp_path / "pricesync.toml").read_text(encoding="utf-8")
    body = body.replace('[suppliers.beta]\nfiles = ["prices/beta*.csv"]\n',
                        f'[suppliers.alfa.source]\nurl = "{httpserver.url_for("/alfa.csv")}"\nmax_age = "2d"\n'
                        f'[suppliers.beta]\n[suppliers.beta.source]\nurl = "http://127.0.0.1:{dead}/beta.csv"\n'
                        f'timeout = 5\n')
    (tmp_path / "pricesync.toml").write_text(body, encoding="utf-8")
    res = cli("run", "--config", config, env={"T_NOTIFY": smtp.url, "T_SHOP_SECRET": SHOP_SECRET})
    assert res.exit_code == 3, res.stderr
    [(subject, text), (_, summary)] = smtp.texts()
    assert "fetched: alfa STALE, beta FAILED" in summary
    assert subject == "pricesync run #1: 2 supplier lists stale"
    assert "supplier 'alfa': source http://" in text and "has not changed for 5.0 days (max_age 2d)" in text
    assert f"supplier 'beta': source http://127.0.0.1:{dead}/beta.csv: cannot connect" in text
    res = cli("runs", "--config", config, "--json")
    [row] = json.loads(res.stdout)
    assert [(f["supplier"], f["status"]) for f in row["fetched"]] == [("alfa", "stale"), ("beta", "failed")]
    res = cli("runs", "--config", config)
    assert "alfa STALE, beta FAILED" in res.stdout
