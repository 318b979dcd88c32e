"""Supplier sources against real servers on loopback (HTTPS with basic auth and ETag, FTP,
SFTP), started and stopped here: a list is fetched, kept, not downloaded again when
unchanged; every fault holds only its supplier with one line; `run` on sources only."""
from __future__ import annotations

import gzip
import io
import json
import os
import time
import zipfile
from pathlib import Path

import pytest

from pricesync.config import load_config
from pricesync.errors import ConfigError
from pricesync.sources import FetchResult, register_source, source_schemes
from pricesync.sources import http as http_source
from pricesync.sources.fetch import effective_url, fetch_suppliers, public_url
from pricesync.state import State
from tests.conftest import SAMPLES
from tests.standins.sources import free_port, ftp_site, https_site, sftp_site

ENV = {"WEBOPT_USER": "shop", "WEBOPT_PASSWORD": "http-secret", "FTP_USER": "shop", "FTP_PASSWORD": "ftp-secret",
       "SFTP_USER": "shop", "SFTP_PASSWORD": "sftp-secret"}


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(http_source, "BACKOFF", 0)     # retries without waiting


@pytest.fixture
def lists(tmp_path):
    """The supplier side: a folder of price lists (the samples)."""
    root = tmp_path / "remote"
    (root / "prices").mkdir(parents=True)
    for name in ("mobiopt.csv", "globaltrade_usd.csv", "technoopt_2026-11-20.xlsx"):
        (root / "prices" / name).write_bytes((SAMPLES / "prices" / name).read_bytes())
    return root


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pricesync.toml"
    path.write_text(f'[state]\npath = "state/state.sqlite"\n[shop]\ncurrency = "RUB"\n'
                    f'catalog = "{(SAMPLES / "catalog.csv").as_posix()}"\n[fx]\nUSD = "92.50"\n' + body,
                    encoding="utf-8")
    return path


def fetch(config_path: Path, names=None) -> dict[str, FetchResult]:
    cfg = load_config(config_path)
    with State(cfg.resolve(cfg.state.path)) as st:
        return {r.supplier: r for r in fetch_suppliers(cfg, state=st, names=names).results}


def http_cfg(site, path="prices/mobiopt.csv", extra="") -> str:
    return (f'[suppliers.webopt.source]\nurl = "{site.url}/{path}"\nuser_env = "WEBOPT_USER"\n'
            f'password_env = "WEBOPT_PASSWORD"\nverify = "{site.ca_bundle}"\n{extra}')


# -- config --------------------------------------------------------------------------------
def test_config_errors_name_the_key(tmp_path):
    bad = {
        'url = "https://shop:pw@opt.example/p.xlsx"': ("suppliers.webopt.source.url", "environment"),
        'url = "gopher://opt.example/p"': ("suppliers.webopt.source.url", "not supported"),
        'url = "https://opt.example/p"\nmax_age = "two days"': ("suppliers.webopt.source.max_age", "duration"),
        'url = "https://opt.example/p"\npassword_env = "hunter2!"': ("suppliers.webopt.source.password_env",
                                                                    "environment variable"),
        'url = "https://opt.example/p"\npassword = "x"': ("suppliers.webopt.source.password", "xtra"),
        'url = "https://opt.example/p"\nmax_mb = 0': ("suppliers.webopt.source.max_mb", "greater than 0"),
    }
    for body, (key, words) in bad.items():
        path = write(tmp_path, f"[suppliers.webopt.source]\n{body}\n")
        with pytest.raises(ConfigError) as err:
            load_config(path)
        assert key in str(err.value) and words in str(err.value), str(err.value)
    cfg = load_config(write(tmp_path, '[suppliers.webopt.source]\nurl = "sftp://opt.example/out/"\n'
                                      'max_age = "12h"\npattern = "price*.xlsx"\n'))
    assert cfg.suppliers["webopt"].source.max_age_seconds() == 12 * 3600
    assert {"http", "https", "ftp", "ftps", "sftp"} <= set(source_schemes())


def test_google_sheets_link_becomes_its_export_and_urls_show_no_secrets():
    link = "https://docs.google.com/spreadsheets/d/1AbC-xyz_9/edit?usp=sharing#gid=0"
    assert effective_url(link) == "https://docs.google.com/spreadsheets/d/1AbC-xyz_9/export?format=xlsx"
    assert public_url("https://u@opt.example:8443/p.xlsx?token=abc") == "https://opt.example:8443/p.xlsx"


def test_a_registered_scheme_is_used(tmp_path, lists):
    from pricesync.sources import Download

    @register_source("teststub")
    def _stub(ctx):
        target = ctx.workdir / "x"
        target.write_bytes((lists / "prices" / "mobiopt.csv").read_bytes())
        return Download(path=target, remote_name="mobiopt.csv")

    got = fetch(write(tmp_path, '[suppliers.stub.source]\nurl = "teststub://anywhere/list"\n'))["stub"]
    assert got.ok and got.changed and got.files[0].name == "mobiopt.csv"


# -- HTTPS ---------------------------------------------------------------------------------
def test_https_basic_auth_etag_and_kept_copy(tmp_path, lists):
    with https_site(lists, tmp_path, user="shop", password="http-secret") as site:
        config = write(tmp_path, http_cfg(site))
        first = fetch(config)["webopt"]
        assert first.ok and first.changed and not first.from_cache and first.error is None
        assert first.path == tmp_path / "state" / "sources" / "webopt" / "mobiopt.csv"
        assert first.path.read_bytes() == (lists / "prices" / "mobiopt.csv").read_bytes()
        assert first.size == first.path.stat().st_size and len(first.sha256) == 64
        assert first.url == f"{site.url}/prices/mobiopt.csv"
        second = fetch(config)["webopt"]
        assert second.ok and second.from_cache and not second.changed and second.sha256 == first.sha256
        last = site.seen[-1]
        assert last.headers.get("If-None-Match") and last.status == 304 and last.body_bytes == 0
        assert site.bodies_sent() == 1
        # The list changes on the server: downloaded again, marked changed.
        (lists / "prices" / "mobiopt.csv").write_bytes((lists / "prices" / "mobiopt.csv").read_bytes() + b"\n")
        third = fetch(config)["webopt"]
        assert third.changed and third.sha256 != first.sha256
    with State(tmp_path / "state" / "state.sqlite") as st:
        rows = st.query("SELECT status, size, sha256, url FROM source_fetches ORDER BY id")
    assert [r["status"] for r in rows] == ["downloaded", "not_modified", "downloaded"]
    assert rows[0]["sha256"] == first.sha256 and rows[0]["url"] == first.url


def test_bearer_token_and_header_from_env(tmp_path, lists, monkeypatch):
    monkeypatch.setenv("WEBOPT_TOKEN", "tok-123456")
    monkeypatch.setenv("WEBOPT_CLIENT", "client-7")
    with https_site(lists, tmp_path) as site:
        config = write(tmp_path, f'[suppliers.webopt.source]\nurl = "{site.url}/prices/mobiopt.csv"\n'
                                 f'token_env = "WEBOPT_TOKEN"\nheader = "X-Api-Key"\n'
                                 f'headers_env = {{ "X-Client" = "WEBOPT_CLIENT" }}\nverify = "{site.ca_bundle}"\n')
        assert fetch(config)["webopt"].ok
        assert site.seen[0].headers["X-Api-Key"] == "tok-123456" and site.seen[0].headers["X-Client"] == "client-7"


def test_retry_on_503_then_success(tmp_path, lists):
    with https_site(lists, tmp_path, user="shop", password="http-secret", fault="flaky") as site:
        got = fetch(write(tmp_path, http_cfg(site)))["webopt"]
        assert got.ok, got.held
        assert [s.status for s in site.seen] == [503, 200]


@pytest.mark.parametrize("fault, words", [
    ("password", "HTTP 401"),
    ("down", "cannot connect to 127.0.0.1"),
    ("truncate", "truncated download"),
    ("503", "HTTP 503"),
    ("env", "environment variable WEBOPT_PASSWORD (password_env) is not set"),
    ("too_big", "max_mb"),
])
def test_https_faults_hold_only_that_supplier(tmp_path, lists, monkeypatch, fault, words):
    with https_site(lists, tmp_path, user="shop", password="http-secret",
                    fault=fault if fault in ("truncate", "503") else None) as site:
        url = site.url if fault != "down" else f"https://127.0.0.1:{free_port()}"
        if fault == "password":
            monkeypatch.setenv("WEBOPT_PASSWORD", "wrong-password")
        if fault == "env":
            monkeypatch.delenv("WEBOPT_PASSWORD")
        extra = "max_mb = 0.0001\n" if fault == "too_big" else ""
        body = http_cfg(site, extra=extra).replace(site.url, url)
        body += (f'[suppliers.other.source]\nurl = "{site.url}/prices/globaltrade_usd.csv"\n'
                 f'verify = "{site.ca_bundle}"\nuser_env = "WEBOPT_USER"\npassword_env = "OTHER_PASSWORD"\n')
        monkeypatch.setenv("OTHER_PASSWORD", "http-secret")
        if fault in ("truncate", "503"):   # the other supplier is served by a healthy server
            with https_site(lists, tmp_path, user="shop", password="http-secret") as good:
                body = body.replace(f'url = "{site.url}/prices/globaltrade', f'url = "{good.url}/prices/globaltrade')
                body = body.replace(f'verify = "{site.ca_bundle}"\nuser_env = "WEBOPT_USER"\npassword_env = "OTHER',
                                    f'verify = "{good.ca_bundle}"\nuser_env = "WEBOPT_USER"\npassword_env = "OTHER')
                got = fetch(write(tmp_path, body))
        else:
            got = fetch(write(tmp_path, body))
    bad, other = got["webopt"], got["other"]
    assert bad.held and words in bad.held and "\n" not in bad.held, bad.held
    assert bad.error and not bad.files
    assert "wrong-password" not in bad.held and "http-secret" not in bad.held
    assert other.ok and other.files, other.held
    if fault == "truncate":      # a cut download never replaces the kept copy (there is none yet)
        assert not (tmp_path / "state" / "sources" / "webopt" / "mobiopt.csv").exists()


def test_a_failed_fetch_keeps_the_last_good_copy(tmp_path, lists, monkeypatch):
    with https_site(lists, tmp_path, user="shop", password="http-secret") as site:
        config = write(tmp_path, http_cfg(site))
        good = fetch(config)["webopt"]
        monkeypatch.setenv("WEBOPT_PASSWORD", "nope-nope")
        bad = fetch(config)["webopt"]
    assert bad.held and "401" in bad.held
    assert good.path.read_bytes() == (lists / "prices" / "mobiopt.csv").read_bytes()


def test_an_unreachable_source_reads_its_copy_while_younger_than_max_age(tmp_path, lists, monkeypatch):
    # the product contract: "an unchanged or unreachable list older than max_age holds the supplier" — a
    # night when the server is down reads yesterday's list; past max_age it holds.
    with https_site(lists, tmp_path, user="shop", password="http-secret") as site:
        config = write(tmp_path, http_cfg(site, extra='max_age = "2d"\n'))
        good = fetch(config)["webopt"]
    down = fetch(config)["webopt"]          # the server is gone now
    assert down.ok and down.error and down.from_cache
    assert down.files == good.files and down.files[0].read_bytes() == (lists / "prices" / "mobiopt.csv").read_bytes()
    cfg = load_config(config)
    with State(cfg.resolve(cfg.state.path)) as st:
        st.execute("UPDATE source_copies SET changed_at = changed_at - 3 * 86400")
        later = {r.supplier: r for r in fetch_suppliers(cfg, state=st).results}["webopt"]
    assert later.held and later.error and not later.files


# -- archives ------------------------------------------------------------------------------
def test_zip_is_unpacked_and_a_zip_bomb_refused(tmp_path, lists):
    with zipfile.ZipFile(lists / "prices" / "lists.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.write(lists / "prices" / "mobiopt.csv", "2026/mobiopt.csv")
        z.writestr("readme.txt", "hello")
        z.writestr("__MACOSX/._mobiopt.csv", "junk")
    # A small file that expands to 64 MB of zeros: ratio ~1000.
    with zipfile.ZipFile(lists / "prices" / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("price.csv", "w") as member:
            block = b"0" * (1 << 20)
            for _ in range(64):
                member.write(block)
    with gzip.open(lists / "prices" / "bomb.csv.gz", "wb") as g:
        for _ in range(64):
            g.write(b"\0" * (1 << 20))
    assert (lists / "prices" / "bomb.zip").stat().st_size < 200_000
    with https_site(lists, tmp_path) as site:
        v = f'verify = "{site.ca_bundle}"\n'
        got = fetch(write(tmp_path, f'[suppliers.zipped.source]\nurl = "{site.url}/prices/lists.zip"\n'
                                    f'pattern = "*.csv"\n{v}'
                                    f'[suppliers.bomb.source]\nurl = "{site.url}/prices/bomb.zip"\n{v}'
                                    f'[suppliers.gzbomb.source]\nurl = "{site.url}/prices/bomb.csv.gz"\n{v}'))
    zipped = got["zipped"]
    assert zipped.ok and [f.name for f in zipped.files] == ["mobiopt.csv"]
    assert zipped.files[0].read_bytes() == (lists / "prices" / "mobiopt.csv").read_bytes()
    for name in ("bomb", "gzbomb"):
        assert got[name].held and "refused" in got[name].held and "zip bomb" in got[name].held, got[name].held
        assert not (tmp_path / "state" / "sources" / name / "unpacked").exists()


# -- FTP -----------------------------------------------------------------------------------
def test_ftp_newest_matching_file_and_no_second_download(tmp_path, lists):
    old = time.time() - 3600
    os.utime(lists / "prices" / "mobiopt.csv", (old, old))
    (lists / "prices" / "mobiopt_new.csv").write_bytes((lists / "prices" / "mobiopt.csv").read_bytes())
    with ftp_site(lists) as site:
        config = write(tmp_path, f'[suppliers.ftpopt.source]\nurl = "{site.url}/prices/"\npattern = "mobiopt*.csv"\n'
                                 'user_env = "FTP_USER"\npassword_env = "FTP_PASSWORD"\nmax_age = "2d"\n')
        first = fetch(config)["ftpopt"]
        assert first.ok and first.changed and first.remote_name == "mobiopt_new.csv", first.held
        second = fetch(config)["ftpopt"]
        assert second.ok and second.from_cache and not second.changed
        assert site.retrieved() == 1


def test_ftp_wrong_password_and_stale_list(tmp_path, lists, monkeypatch):
    week_ago = time.time() - 5 * 86400
    os.utime(lists / "prices" / "globaltrade_usd.csv", (week_ago, week_ago))
    with ftp_site(lists) as site:
        body = (f'[suppliers.stale.source]\nurl = "{site.url}/prices/globaltrade_usd.csv"\nmax_age = "2d"\n'
                'user_env = "FTP_USER"\npassword_env = "FTP_PASSWORD"\n'
                f'[suppliers.fresh.source]\nurl = "{site.url}/prices/mobiopt.csv"\nmax_age = "2d"\n'
                'user_env = "FTP_USER"\npassword_env = "FTP_PASSWORD"\n'
                f'[suppliers.locked.source]\nurl = "{site.url}/prices/mobiopt.csv"\n'
                'user_env = "FTP_USER"\npassword_env = "BAD_FTP_PASSWORD"\n')
        monkeypatch.setenv("BAD_FTP_PASSWORD", "guess")
        got = fetch(write(tmp_path, body))
    assert got["fresh"].ok
    assert got["stale"].held and "has not changed for 5.0 days (max_age 2d)" in got["stale"].held
    assert got["stale"].error is None and got["stale"].files     # fetched fine, only too old
    assert got["stale"].stale and not got["locked"].stale
    assert got["locked"].held and "login refused for user 'shop'" in got["locked"].held


# -- SFTP ----------------------------------------------------------------------------------
def test_sftp_password_and_key_and_faults(tmp_path, lists, monkeypatch):
    with sftp_site(lists, tmp_path) as site:
        monkeypatch.setenv("SFTP_KEY", site.client_key)
        monkeypatch.setenv("SFTP_BAD", "wrong")
        kh = f'known_hosts = "{site.known_hosts}"\n'
        body = (f'[suppliers.bypw.source]\nurl = "{site.url}/prices/"\npattern = "mobiopt*"\n{kh}'
                'user_env = "SFTP_USER"\npassword_env = "SFTP_PASSWORD"\n'
                f'[suppliers.bykey.source]\nurl = "sftp://shop@{site.url[7:]}/prices/globaltrade_usd.csv"\n{kh}'
                'key_env = "SFTP_KEY"\n'
                f'[suppliers.badpw.source]\nurl = "{site.url}/prices/mobiopt.csv"\n{kh}'
                'user_env = "SFTP_USER"\npassword_env = "SFTP_BAD"\n'
                f'[suppliers.unknownhost.source]\nurl = "{site.url}/prices/mobiopt.csv"\n'
                f'known_hosts = "{tmp_path / "empty_known_hosts"}"\n'
                'user_env = "SFTP_USER"\npassword_env = "SFTP_PASSWORD"\n')
        (tmp_path / "empty_known_hosts").write_text("")
        config = write(tmp_path, body)
        got = fetch(config)
        assert got["bypw"].ok and got["bypw"].remote_name == "mobiopt.csv", got["bypw"].held
        assert got["bykey"].ok and got["bykey"].path.read_bytes() == (lists / "prices" / "globaltrade_usd.csv").read_bytes()
        assert got["badpw"].held and "login refused" in got["badpw"].held
        assert got["unknownhost"].held and "host key" in got["unknownhost"].held
        opened = len(site.opened)
        again = fetch(config, ["bypw", "bykey"])
        assert again["bypw"].from_cache and again["bykey"].from_cache
        assert len(site.opened) == opened          # nothing downloaded the second time
    down = fetch(config, ["bypw"])["bypw"]
    assert down.held and "cannot connect" in down.held


# -- the CLI and the whole run -------------------------------------------------------------
def test_fetch_command(tmp_path, lists, cli):
    with https_site(lists, tmp_path, user="shop", password="http-secret") as site:
        config = write(tmp_path, http_cfg(site) + '[suppliers.plain]\nfiles = ["x.csv"]\n')
        res = cli("fetch", "--config", config, "--json")
        assert res.exit_code == 0, res.stderr
        [row] = json.loads(res.stdout)["sources"]
        assert row["supplier"] == "webopt" and row["changed"] and row["sha256"]
        assert cli("fetch", "plain", "--config", config).exit_code == 2
        assert cli("fetch", "nobody", "--config", config).exit_code == 2
        res = cli("fetch", "webopt", "--config", config)
        assert res.exit_code == 0 and "webopt" in res.stdout
    res = cli("fetch", "--config", config)
    assert res.exit_code == 1 and "held" in res.stdout + res.stderr


def test_run_on_sources_only_end_to_end(tmp_path, lists, cli, monkeypatch):
    """Three suppliers, none with local files: HTTPS, FTP (a folder), SFTP. The run fetches,
    ingests, prices and pushes; the next run downloads nothing; when one server is down its
    supplier is held and its SKUs keep their stock, the others go on."""
    from tests.conftest import SAMPLES as S

    (lists / "ftp").mkdir()
    (lists / "ftp" / "technoopt_2026-11-20.xlsx").write_bytes((lists / "prices" / "technoopt_2026-11-20.xlsx").read_bytes())
    with https_site(lists, tmp_path, user="shop", password="http-secret") as web, ftp_site(lists) as ftp, \
            sftp_site(lists, tmp_path) as sftp:
        body = (f'[suppliers.mobiopt.source]\nurl = "{web.url}/prices/mobiopt.csv"\nuser_env = "WEBOPT_USER"\n'
                f'password_env = "WEBOPT_PASSWORD"\nverify = "{web.ca_bundle}"\n'
                f'[suppliers.technoopt.source]\nurl = "{ftp.url}/ftp/"\npattern = "technoopt*.xlsx"\n'
                'user_env = "FTP_USER"\npassword_env = "FTP_PASSWORD"\n'
                f'[suppliers.globaltrade.source]\nurl = "{sftp.url}/prices/globaltrade_usd.csv"\n'
                f'known_hosts = "{sftp.known_hosts}"\nuser_env = "SFTP_USER"\npassword_env = "SFTP_PASSWORD"\n'
                '[[pricing.rules]]\nmarkup = "0.25"\n'
                f'[channels.shop]\ntype = "dummy"\ninitial = "{(S / "catalog.csv").as_posix()}"\npath = "out/shop.json"\n')
        config = write(tmp_path, body)
        res = cli("run", "--config", config, "--json")
        assert res.exit_code == 3, res.stderr          # the samples carry rows that are rejected
        s = json.loads(res.stdout)["summary"]
        assert {x["supplier"]: x["changed"] for x in s["sources"]} == {"mobiopt": True, "technoopt": True,
                                                                        "globaltrade": True}
        assert not s["held_suppliers"], s["held_suppliers"]
        assert s["offers"] > 0 and s["channels"]["shop"]["pushed"] > 0
        assert s["seconds"]["fetch"] >= 0
        res = cli("run", "--config", config, "--json")
        s = json.loads(res.stdout)["summary"]
        assert all(x["from_cache"] and not x["changed"] for x in s["sources"]), s["sources"]
        assert web.bodies_sent() == 1 and ftp.retrieved() == 1
        assert s["channels"]["shop"]["changes"] == 0
        shop_before = json.loads((tmp_path / "out" / "shop.json").read_text())
    res = cli("run", "--config", config, "--json")        # every server is gone now
    assert res.exit_code == 3
    s = json.loads(res.stdout)["summary"]
    assert set(s["held_suppliers"]) == {"mobiopt", "technoopt", "globaltrade"}
    assert "cannot connect" in s["held_suppliers"]["mobiopt"]
    assert json.loads((tmp_path / "out" / "shop.json").read_text()) == shop_before


def test_run_holds_one_failing_source_and_goes_on(tmp_path, lists, cli, monkeypatch):
    from tests.conftest import SAMPLES as S

    with https_site(lists, tmp_path, user="shop", password="http-secret") as web:
        body = (f'[suppliers.mobiopt.source]\nurl = "{web.url}/prices/mobiopt.csv"\nuser_env = "WEBOPT_USER"\n'
                f'password_env = "WEBOPT_PASSWORD"\nverify = "{web.ca_bundle}"\n'
                f'[suppliers.globaltrade]\nfiles = ["{(lists / "prices" / "globaltrade_usd.csv").as_posix()}"]\n'
                '[[pricing.rules]]\nmarkup = "0.25"\n'
                f'[channels.shop]\ntype = "dummy"\ninitial = "{(S / "catalog.csv").as_posix()}"\npath = "out/shop.json"\n')
        config = write(tmp_path, body)
        assert cli("run", "--config", config).exit_code == 3
        monkeypatch.setenv("WEBOPT_PASSWORD", "changed-by-supplier")
        res = cli("run", "--config", config, "--json")
    s = json.loads(res.stdout)["summary"]
    assert list(s["held_suppliers"]) == ["mobiopt"] and "HTTP 401" in s["held_suppliers"]["mobiopt"]
    assert "changed-by-supplier" not in res.stdout + res.stderr
    assert s["offers"] > 0                                  # globaltrade went through


def test_readme_examples_are_valid_sources():
    import re
    import tomllib

    from pricesync.sources.config import SourceConfig
    from tests.conftest import REPO

    section = (REPO / "docs" / "sources.md").read_text(encoding="utf-8").split("# Fetching supplier lists", 1)[1]
    block = re.search(r"```toml\n(.*?)```", section, re.S).group(1)
    suppliers = tomllib.loads(block)["suppliers"]
    assert len(suppliers) >= 5
    for name, table in suppliers.items():
        SourceConfig.model_validate(table["source"])


def test_ftp_folder_of_zips_takes_the_newest_archive_and_its_list(tmp_path, lists):
    (lists / "out").mkdir()
    for i, when in ((1, time.time() - 7200), (2, time.time() - 60)):
        with zipfile.ZipFile(lists / "out" / f"price_{i}.zip", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(f"price_{i}.csv", (lists / "prices" / "mobiopt.csv").read_bytes())
        os.utime(lists / "out" / f"price_{i}.zip", (when, when))
    with ftp_site(lists) as site:
        got = fetch(write(tmp_path, f'[suppliers.zipopt.source]\nurl = "{site.url}/out/"\npattern = "price_*.zip"\n'
                                    'user_env = "FTP_USER"\npassword_env = "FTP_PASSWORD"\n'))["zipopt"]
    assert got.ok and got.remote_name == "price_2.zip" and [f.name for f in got.files] == ["price_2.csv"], got.held


def test_validate_warns_about_unset_credentials_and_rebases_included_paths(tmp_path, cli):
    (tmp_path / "sup").mkdir()
    (tmp_path / "sup" / "web.toml").write_text('[suppliers.web.source]\nurl = "sftp://h/x.csv"\n'
                                               'password_env = "NOT_SET_PW"\nknown_hosts = "kh"\n')
    config = write(tmp_path, "").read_text(encoding="utf-8")
    (tmp_path / "pricesync.toml").write_text('include = ["sup/*.toml"]\n' + config, encoding="utf-8")
    res = cli("validate", tmp_path / "pricesync.toml")
    assert "key 'suppliers.web.source.password_env': environment variable NOT_SET_PW is not set" in res.stderr
    cfg = load_config(tmp_path / "pricesync.toml")
    assert cfg.resolve(cfg.suppliers["web"].source.known_hosts) == tmp_path / "sup" / "kh"


def test_a_server_that_never_answers_times_out(tmp_path):
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])     # and never say a word
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        port = listener.getsockname()[1]
        start = time.perf_counter()
        got = fetch(write(tmp_path, f'[suppliers.slow.source]\nurl = "http://127.0.0.1:{port}/p.csv"\n'
                                    'timeout = 0.3\n'))["slow"]
        assert time.perf_counter() - start < 10
    finally:
        stop.set()
        thread.join(5)
        for s in accepted:
            s.close()
        listener.close()
    assert got.held and "no answer within 0.3 s (timeout" in got.held, got.held


def test_ftps_with_tls_on_both_channels(tmp_path, lists):
    pytest.importorskip("OpenSSL")          # pyftpdlib's TLS server side (test extra pyopenssl)
    with ftp_site(lists, tls_tmp=tmp_path) as site:
        body = (f'[suppliers.tlsopt.source]\nurl = "{site.url}/prices/mobiopt.csv"\n'
                f'verify = "{tmp_path / "ftps-ca.pem"}"\nuser_env = "FTP_USER"\npassword_env = "FTP_PASSWORD"\n'
                f'[suppliers.untrusted.source]\nurl = "{site.url}/prices/mobiopt.csv"\n'
                'user_env = "FTP_USER"\npassword_env = "FTP_PASSWORD"\n')
        got = fetch(write(tmp_path, body))
        assert got["tlsopt"].ok and got["tlsopt"].path.read_bytes() == (lists / "prices" / "mobiopt.csv").read_bytes()
        assert "AUTH TLS" in site.commands and "PROT P" in site.commands
        assert got["untrusted"].held and "certificate" in got["untrusted"].held.lower(), got["untrusted"].held
