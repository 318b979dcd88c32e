"""imap(s) sources against a real IMAP server (dovecot on 127.0.0.1, its own config in a
temp folder): the newest matching message within N days, its attachment by pattern, a zip
inside the mail unpacked with the sources' limits, and the faults that hold the supplier
with one clear line (wrong password, a mail without the attachment, no mail in N days)."""
from __future__ import annotations

import io
import time
import json
import zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from urllib.parse import quote

import pytest

from pricesync.state import State
from tests.imap_server import DOVECOT, dovecot
from tests.pipeline_support import config_with

pytestmark = pytest.mark.skipif(DOVECOT is None, reason="dovecot is not installed (apt-get install dovecot-imapd; "
                                                         ".ci/run does it when root)")
fetch = pytest.importorskip("pricesync.sources.fetch", reason="the sources' fetch step is not there yet")

USERS = {f"shop{i}": f"Mailbox-Pa55-{i}-x7Q" for i in range(9)}
CSV = "Артикул;Наименование;Цена;Остаток\nX1;Дрель Makita DF333;1000;5\n".encode("utf-8")


def now() -> datetime:
    return datetime.now(timezone.utc)


@pytest.fixture(scope="module")
def imap():
    with dovecot(USERS) as server:
        yield server


def mail(sender: str, subject: str, attachments: dict[str, bytes] = None, when: datetime | None = None):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "shop@shop.example"
    msg["Subject"] = subject
    msg.set_content("Добрый день! Прайс во вложении.")
    for name, data in (attachments or {}).items():
        kind = ("application", "zip") if name.endswith(".zip") else ("application", "octet-stream")
        msg.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=name)
    return msg, when or now()


def zipped(**members: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def fetch_one(tmp_path, monkeypatch, imap, user: str, query: str, *, scheme: str = "imaps", password: str | None = None,
              pattern: str | None = "*.csv", folder: str = "INBOX"):
    monkeypatch.setenv("T_IMAP_USER", user)
    monkeypatch.setenv("T_IMAP_PASSWORD", USERS[user] if password is None else password)
    port = imap.tls_port if scheme == "imaps" else imap.port
    cfg = config_with(tmp_path, f'[suppliers.webopt]\n[suppliers.webopt.source]\n'
                                f'url = "{scheme}://127.0.0.1:{port}/{folder}?{query}"\n'
                                f'user_env = "T_IMAP_USER"\npassword_env = "T_IMAP_PASSWORD"\n'
                                + (f'pattern = "{pattern}"\n' if pattern else "")
                                + f'verify = "{imap.ca_path}"\ntimeout = 10\n')
    with State(tmp_path / "state.sqlite") as state:
        [result] = fetch.fetch_suppliers(cfg, state=state).results
        rows = [dict(r) for r in state.query("SELECT * FROM source_fetches")]
    return result, rows


def deliver(imap, user: str, *mails, folder: str = "INBOX") -> None:
    for msg, when in mails:
        imap.append(user, USERS[user], msg, when, mailbox=folder)


def test_newest_matching_message_within_the_window(imap, tmp_path, monkeypatch):
    NOW = now()
    deliver(imap, "shop0",
            mail("Прайс-отдел <price@supplier.ua>", "Прайс на понедельник", {"прайс.csv": b"old;list\n"},
                 NOW - timedelta(days=2)),
            mail("Прайс-отдел <price@supplier.ua>", "Прайс на вторник", {"прайс.csv": CSV, "условия.pdf": b"%PDF"},
                 NOW - timedelta(hours=3)),
            mail("spam@other.example", "Прайс дешевле всех", {"x.csv": b"spam"}, NOW - timedelta(hours=1)),
            mail("Прайс-отдел <price@supplier.ua>", "Акт сверки", {"акт.csv": b"act"}, NOW - timedelta(minutes=30)))
    query = f"from=price@supplier.ua&subject={quote('прайс')}&days=3"
    result, rows = fetch_one(tmp_path, monkeypatch, imap, "shop0", query)
    assert result.held is None, result.held
    [path] = result.files
    assert path.read_bytes() == CSV
    assert result.remote_name == "прайс.csv"
    assert result.url == f"imaps://127.0.0.1:{imap.tls_port}/INBOX"      # no query, no credentials
    sent = (NOW - timedelta(hours=3)).timestamp()
    assert result.age is not None and abs(result.age - (time.time() - sent)) < 120      # the message's date
    assert rows[-1]["status"] == "downloaded"
    # the same mail tomorrow: unchanged content, nothing replaced
    again, rows = fetch_one(tmp_path, monkeypatch, imap, "shop0", query)
    assert again.held is None and not again.changed and again.files == [path]


def test_plain_imap_with_starttls_and_no_pattern(imap, tmp_path, monkeypatch):
    deliver(imap, "shop1", mail("price@supplier.ua", "Price list", {"readme.txt.sig": b"x", "stock.xlsx": b"PK-ish"}))
    result, _ = fetch_one(tmp_path, monkeypatch, imap, "shop1", "from=supplier.ua", scheme="imap", pattern=None)
    assert result.held is None, result.held
    assert result.remote_name == "stock.xlsx"


def test_a_folder_named_in_any_language(imap, tmp_path, monkeypatch):
    deliver(imap, "shop8", mail("price@supplier.ua", "Прайс", {"p.csv": CSV}), folder="Прайсы & счета")
    result, _ = fetch_one(tmp_path, monkeypatch, imap, "shop8", "from=price@supplier.ua",
                          folder=quote("Прайсы & счета"))
    assert result.held is None, result.held
    assert result.files[0].read_bytes() == CSV
    result, _ = fetch_one(tmp_path, monkeypatch, imap, "shop8", "from=price@supplier.ua", folder="Nope")
    assert result.held and "no folder 'Nope' on the mail server" in result.held


def test_zip_in_the_mail_is_unpacked_with_the_pattern(imap, tmp_path, monkeypatch):
    deliver(imap, "shop2", mail("price@supplier.ua", "Прайс", {
        "price.zip": zipped(**{"__MACOSX/._p.csv": b"junk", "prices/opt_price.csv": CSV, "readme.txt": b"hi"})}))
    result, _ = fetch_one(tmp_path, monkeypatch, imap, "shop2", "from=price@supplier.ua", pattern="*price*.csv")
    assert result.held is None, result.held
    assert [p.name for p in result.files] == ["opt_price.csv"]
    assert result.files[0].read_bytes() == CSV


def test_zip_bomb_in_the_mail_is_refused(imap, tmp_path, monkeypatch):
    deliver(imap, "shop3", mail("price@supplier.ua", "Прайс", {"price.zip": zipped(**{"p.csv": b"0" * (8 << 20)})}))
    result, _ = fetch_one(tmp_path, monkeypatch, imap, "shop3", "from=price@supplier.ua")
    assert result.held and "zip bomb" in result.held


def test_wrong_password_holds_the_supplier(imap, tmp_path, monkeypatch):
    deliver(imap, "shop4", mail("price@supplier.ua", "Прайс", {"p.csv": CSV}))
    wrong = "Wrong-Pa55word-42"
    result, rows = fetch_one(tmp_path, monkeypatch, imap, "shop4", "from=price@supplier.ua", password=wrong)
    assert result.held and "refused the login of shop4" in result.held, result.held
    assert wrong not in result.held and wrong not in str(rows)
    assert rows[-1]["status"] == "failed"


def test_mail_without_the_attachment_holds_the_supplier(imap, tmp_path, monkeypatch):
    deliver(imap, "shop5", mail("price@supplier.ua", "Прайс", {"price.csv": CSV}, now() - timedelta(days=1)),
            mail("price@supplier.ua", "Прайс (исправленный)", {"Договор.pdf": b"%PDF-1.4"}))
    result, _ = fetch_one(tmp_path, monkeypatch, imap, "shop5", "from=price@supplier.ua&days=3")
    assert result.held, "the newest mail is the one that counts"
    assert "has no attachment matching '*.csv' (attachments: Договор.pdf)" in result.held
    assert "Прайс (исправленный)" in result.held


def test_no_message_in_the_window_holds_the_supplier(imap, tmp_path, monkeypatch):
    deliver(imap, "shop6", mail("price@supplier.ua", "Прайс", {"price.csv": CSV}, now() - timedelta(days=5)))
    result, _ = fetch_one(tmp_path, monkeypatch, imap, "shop6", f"from=price@supplier.ua&subject={quote('Прайс')}&days=3")
    assert result.held == (f"source imaps://127.0.0.1:{imap.tls_port}/INBOX: no message from price@supplier.ua "
                           f"with 'Прайс' in the subject in INBOX in the last 3 day(s)")


def test_unknown_query_key_is_refused(imap, tmp_path, monkeypatch):
    result, _ = fetch_one(tmp_path, monkeypatch, imap, "shop7", "sender=price@supplier.ua")
    assert result.held and "unknown key 'sender' in the imap URL (known: from, subject, days)" in result.held


def test_a_run_reads_the_mailed_list_and_holds_the_supplier_on_a_wrong_password(imap, tmp_path, cli):
    (tmp_path / "catalog.csv").write_text("sku,name,brand,category,ean,price,stock\nX1,Дрель Makita DF333,Makita,"
                                          "Инструмент,,1249,8\n", encoding="utf-8")
    deliver(imap, "shop7", mail("price@supplier.ua", "Прайс", {"opt.zip": zipped(**{"price.csv": CSV})}))
    config = tmp_path / "pricesync.toml"
    config.write_text(f'[state]\npath = "state.sqlite"\n[shop]\ncurrency = "RUB"\ncatalog = "catalog.csv"\n'
                      f'[suppliers.mailopt]\ncurrency = "RUB"\n[suppliers.mailopt.source]\n'
                      f'url = "imaps://127.0.0.1:{imap.tls_port}/INBOX?from=price@supplier.ua&days=2"\n'
                      f'user_env = "T_IMAP_USER"\npassword_env = "T_IMAP_PASSWORD"\npattern = "*.csv"\n'
                      f'verify = "{imap.ca_path}"\n[channels.shop]\ntype = "dummy"\n', encoding="utf-8")
    res = cli("run", "--config", config, "--dry-run", "--json", env={"T_IMAP_USER": "shop7",
                                                                     "T_IMAP_PASSWORD": USERS["shop7"]})
    summary = json.loads(res.stdout)["summary"]
    assert summary["offers"] == 1 and summary["matched"]["auto"] == 1, res.stderr
    assert summary["sources"][0]["files"][0].endswith("unpacked/price.csv")
    wrong = "Not-The-Pa55word-77"
    res = cli("run", "--config", config, "--dry-run", "--json", env={"T_IMAP_PASSWORD": wrong})
    assert res.exit_code == 3
    summary = json.loads(res.stdout)["summary"]
    assert "the mail server refused the login of shop7" in summary["held_suppliers"]["mailopt"]
    assert wrong not in res.stdout + res.stderr
