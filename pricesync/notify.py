"""``[notify]``: tell someone when the night went wrong (Apprise: e-mail, Telegram, webhooks...).

Events of one run, each sent at most once per run, after the run has released its lock:

==============  =====================================================================
``failed``        the run stopped with an error (exit 1 or 2), or found another run's lock
``supplier_held`` a supplier's list was held back (layout changed, truncated, not fetched)
``stale``         a supplier's source brought no fresh list (unreachable or unchanged)
``prices_held``   price moves held by a pricing guard (``max_change``) wait for an operator
``push_failed``   a channel refused or missed items, or could not be reached (exit 4)
``summary``       the night's numbers and the path of the run report (off unless listed)
==============  =====================================================================

``held`` in ``on`` stands for ``supplier_held`` and ``prices_held`` together. Recipients are
Apprise URLs in the environment variable ``urls_env`` names (space- or comma-separated);
``[notify.route]`` sends an event to the URLs of another variable instead. Every text goes
through the project's secret masking (``pricesync.redact``) with the run's channel
secrets, the config's credential variables and the notification URLs themselves. A
notification that cannot be sent is a warning: it never changes the run's exit code.
"""
from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from pydantic import Field, field_validator

from pricesync.config.types import StrictModel

if TYPE_CHECKING:
    from pricesync.config.models import Config
    from pricesync.pipeline.runner import RunResult

EVENTS: dict[str, str] = {
    "failed": "run failed",
    "supplier_held": "supplier held back",
    "stale": "supplier list stale",
    "prices_held": "prices held for review",
    "push_failed": "push partly failed",
    "summary": "nightly summary",
}
ALIASES: dict[str, tuple[str, ...]] = {"held": ("supplier_held", "prices_held")}
DEFAULT_ON = ["failed", "held", "stale", "push_failed"]
MAX_LINES = 15          # per message; the rest is in the run report


def _check_env_name(value: str, key: str) -> str:
    if "://" in value:
        raise ValueError(f"{key} names the environment variable that holds the Apprise URLs, never the URLs "
                         f"themselves (they carry passwords and tokens), e.g. {key.split('.')[0]} = "
                         f"\"PRICESYNC_NOTIFY\"")
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", value):
        raise ValueError(f"{key} = {value!r} is not an environment variable name")
    return value


class NotifyConfig(StrictModel):
    """``[notify]``: who hears about what."""

    urls_env: str | None = Field(None, description="environment variable holding Apprise URLs (space-separated): "
                                                   "mailto://, mailtos://, tgram://, json://, slack://...")
    on: list[str] = Field(default_factory=lambda: list(DEFAULT_ON),
                          description="events to send: failed, held (= supplier_held + prices_held), stale, "
                                      "push_failed, summary")
    route: dict[str, str] = Field(default_factory=dict,
                                  description="event -> environment variable with other Apprise URLs for it")

    @field_validator("urls_env")
    @classmethod
    def _env_name(cls, v: str | None) -> str | None:
        return None if v is None else _check_env_name(v, "urls_env")

    @field_validator("on")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        for name in v:
            if name not in EVENTS and name not in ALIASES:
                raise ValueError(f"unknown event {name!r}: use {', '.join([*EVENTS, *ALIASES])}")
        return v

    @field_validator("route")
    @classmethod
    def _routes(cls, v: dict[str, str]) -> dict[str, str]:
        for name in v:
            if name not in EVENTS and name not in ALIASES:
                raise ValueError(f"unknown event {name!r} in [notify.route]: use {', '.join([*EVENTS, *ALIASES])}")
            _check_env_name(v[name], f"route.{name}")
        return v

    def events(self) -> set[str]:
        out: set[str] = set()
        for name in self.on:
            out.update(ALIASES.get(name, (name,)))
        return out

    def env_for(self, event: str) -> str | None:
        for key, env in self.route.items():
            if event in ALIASES.get(key, (key,)):
                return env
        return self.urls_env

    @property
    def configured(self) -> bool:
        return bool(self.urls_env or self.route)


@dataclass
class Event:
    name: str
    title: str
    body: str


# -- what happened -------------------------------------------------------------------------
def run_events(result: "RunResult | None", *, command: str = "run", error: BaseException | None = None,
               config: "Config | None" = None) -> list[Event]:
    """Every event this run raised, in a fixed order, with its readable text."""
    run = f"run #{result.run_id}" if result is not None and result.run_id is not None else command
    dry = " (dry run)" if result is not None and result.dry_run else ""
    where = _where(config)
    events: list[Event] = []
    if error is not None:
        events.append(Event("failed", f"pricesync {run} failed{dry}",
                            f"{where}pricesync {command} stopped with an error: {error}\n"
                            + _report_line(result)))
    if result is None:
        return events
    p = result.prepared
    if p is not None:
        lines = [f"supplier '{s}': {why}" for s, why in sorted(p.held_suppliers.items())]
        lines += [f"file held: {h}" for h in p.held_files
                  if not any(why and why in h for why in p.held_suppliers.values())]
        if lines:
            events.append(Event(
                "supplier_held", f"pricesync {run}: {_plural(len(p.held_suppliers) or len(lines), 'supplier')} "
                                 f"held back{dry}",
                f"{where}These suppliers' lists were not used tonight; the SKUs they supply keep their price "
                f"and stock on every channel:\n" + _bullets(lines) + _report_line(result)))
        stale = stale_sources(p)
        if stale:
            events.append(Event("stale", f"pricesync {run}: {_plural(len(stale), 'supplier list')} stale{dry}",
                                f"{where}No fresh list was fetched for:\n" + _bullets(stale) + _report_line(result)))
        held_prices = guard_held_prices(p.prices)
        if held_prices:
            skus = [sku for sku, _ in held_prices]
            events.append(Event(
                "prices_held", f"pricesync {run}: {_plural(len(held_prices), 'price')} held for review{dry}",
                f"{where}These price moves were held by a pricing guard and were not pushed:\n"
                + _bullets([f"{sku}: {why}" for sku, why in held_prices])
                + ("" if all("pricesync accept" in why for _, why in held_prices) else
                   f"To send them: pricesync accept {' '.join(_shell(s) for s in skus[:10])}"
                   + (" ..." if len(skus) > 10 else "") + "\n") + _report_line(result)))
    failed = push_failures(result)
    if failed:
        events.append(Event("push_failed", f"pricesync {run}: push partly failed{dry}",
                            f"{where}Not everything reached the channels; the next run retries what is "
                            f"pending:\n" + _bullets(failed) + _report_line(result)))
    if error is None:
        events.append(Event("summary", f"pricesync {run} summary: {_outcome(result)}{dry}",
                            where + summary_text(result)))
    return events


def guard_held_prices(prices: Any) -> list[tuple[str, str]]:
    """(sku, explanation) of the rows a pricing guard held (not those of a held supplier)."""
    if prices is None or "status" not in getattr(prices, "columns", ()):
        return []
    out = []
    explanations = prices["explanation"] if "explanation" in prices.columns else [""] * len(prices)
    for sku, status, why in zip(prices["sku"], prices["status"], explanations):
        text = "" if why is None else str(why)
        if status == "held" and not text.startswith("supplier '"):
            out.append((str(sku), text))
    return out


def stale_sources(prepared: Any) -> list[str]:
    """Suppliers whose source brought no fresh list this run (the fetch failed, or the list
    has not changed for longer than ``max_age``): "supplier 'name': why"."""
    lines = []
    for f in getattr(prepared, "sources", None) or []:
        if not isinstance(f, dict) or not (f.get("held") or f.get("error")):
            continue
        line = f"supplier '{f.get('supplier', '?')}': {f.get('held') or f.get('error')}"
        if f.get("error") and f.get("age") is not None:
            line += f" (the last good list is {f['age'] / 86400:.1f} days old)"
        lines.append(line)
    return lines


def push_failures(result: "RunResult") -> list[str]:
    lines = []
    if not result.dry_run:
        for name, message in result.channel_errors.items():
            lines.append(f"{name}: not pushed: {message}")
    if result.pushed is not None:
        for r in result.pushed.channels:
            if not (r.failed or r.pending or r.error):
                continue
            head = f"{r.channel}: {r.pushed} pushed, {r.failed} failed, {r.pending} pending"
            lines.append(head + (f" ({r.error})" if r.error else ""))
            for f in [f for f in r.failures if f.kind != "refused"][:5]:
                lines.append(f"  {f.sku}: {f.message}")
    return lines


def summary_text(result: "RunResult") -> str:
    s = result.summary()
    lines = [f"exit code {s.get('exit_code')} ({_outcome(result)})"]
    if "offers" in s:
        m = s.get("matched", {})
        lines.append(f"rows read {s.get('rows_in', 0)}, offers {s['offers']}, rejected {s.get('rejects', 0)}")
        lines.append(f"matched: {m.get('auto', 0)} auto, {m.get('review', 0)} to review, "
                     f"{m.get('unmatched', 0)} unmatched")
    if "prices" in s:
        pr = s["prices"]
        lines.append(f"prices: {pr.get('ok', 0)} ok ({pr.get('changed', 0)} changed), {pr.get('held', 0)} held, "
                     f"{pr.get('no_offer', 0)} without an offer")
    if s.get("sources"):
        from pricesync.pipeline.nightly import fetched_text, from_result

        lines.append("fetched: " + fetched_text([from_result(f) for f in s["sources"] if isinstance(f, dict)]))
    held = s.get("held_suppliers") or {}
    if held:
        lines.append(f"suppliers held: {', '.join(sorted(held))}")
    for name, c in (s.get("channels") or {}).items():
        parts = [f"{c.get('changes', 0)} to change", f"{c.get('held', 0)} held", f"{c.get('unknown', 0)} unknown"]
        if "pushed" in c:
            parts += [f"{c['pushed']} pushed", f"{c.get('failed', 0)} failed"]
        if c.get("error"):
            parts.append(f"error: {c['error']}")
        lines.append(f"{name}: " + ", ".join(parts))
    total = (s.get("seconds") or {}).get("total")
    if total is not None:
        lines.append(f"took {total:.0f} s")
    return "\n".join(lines) + "\n" + _report_line(result)


def _outcome(result: "RunResult") -> str:
    return {0: "done", 1: "failed", 2: "config error", 3: "done, something held back",
            4: "push partly failed"}.get(int(result.exit_code), f"exit {int(result.exit_code)}")


def _report_line(result: "RunResult | None") -> str:
    if result is None or result.run_dir is None:
        return ""
    report = result.run_dir / "report.html"
    if report.exists():
        return f"Run report: {report}\n"
    return f"Run folder: {result.run_dir}\n" if result.run_dir.exists() else ""


def _where(config: "Config | None") -> str:
    src = f" ({Path(config.source).resolve()})" if config is not None and config.source else ""
    return f"pricesync on {socket.gethostname()}{src}\n\n"


def _bullets(lines: list[str]) -> str:
    shown = [f"- {line}" if not line.startswith("  ") else f"  {line}" for line in lines[:MAX_LINES]]
    if len(lines) > MAX_LINES:
        shown.append(f"... and {len(lines) - MAX_LINES} more (see the run report)")
    return "\n".join(shown) + "\n\n"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _shell(sku: str) -> str:
    import shlex

    return shlex.quote(sku)


# -- who hears it --------------------------------------------------------------------------
def split_urls(text: str | None) -> list[str]:
    return [u for u in re.split(r"[\s,]+", text or "") if u]


_SECRET_KEY = re.compile(r"token|key|pass|secret|auth|sig|webhook|code|cred", re.IGNORECASE)


def _tokenish(text: str) -> bool:
    return (len(text) >= 16 and "." not in text and "@" not in text
            and bool(re.search(r"\d", text)) and bool(re.search(r"[A-Za-z]", text)))


def url_secrets(urls: Iterable[str]) -> list[str]:
    """The parts of Apprise URLs that carry a credential: the password, query values of
    credential keys, and token-like pieces of the host or path (Telegram's bot token, a
    Slack webhook's parts). Host names and addresses stay readable (the project's masking
    also hides every 8-character piece of a secret, so a whole URL is never a "secret")."""
    out: list[str] = []
    for url in urls:
        try:
            parts = urlsplit(url)
        except ValueError:
            continue
        if parts.password:
            out += [parts.password, unquote(parts.password)]
        out += [v for k, v in parse_qsl(parts.query) if _SECRET_KEY.search(k) or _tokenish(v)]
        netloc = parts.netloc.rsplit("@", 1)[-1] if parts.password else parts.netloc
        user = parts.username or ""
        for piece in [user, *re.split(r"[/:]", f"{netloc}{parts.path}")]:
            if _tokenish(piece):
                out.append(piece)
    return [s for s in out if s and len(s) >= 3]


def config_secrets(config: "Config") -> list[str]:
    """Values of every credential variable the config names (``*_env`` keys other than user
    names and the notification URLs, which are masked by ``url_secrets``)."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(k, str) and k.endswith("_env") and k not in ("user_env", "urls_env") \
                        and isinstance(v, str):
                    names.add(v)
                walk(v)
        elif isinstance(node, (list, tuple)):
            for v in node:
                walk(v)

    try:
        walk(config.model_dump())
        for ch in config.channel_configs().values():
            walk(ch.model_dump())
    except Exception:   # masking must never stop a notification; the channel secrets still apply
        pass
    return [os.environ[n] for n in sorted(names) if os.environ.get(n)]


def redact(text: str, secrets: Iterable[str]) -> str:
    from pricesync.redact import redact as mask

    return mask(text, secrets)


def send(config: "Config", events: list[Event], *, reporter: Any, secrets: Iterable[str] = (),
         env: dict[str, str] | None = None) -> list[str]:
    """Send each configured event once; returns the names sent. Failures become warnings."""
    cfg: NotifyConfig = config.notify
    env = os.environ if env is None else env
    wanted = [e for e in events if e.name in cfg.events()]
    if not wanted or not cfg.configured:
        return []
    all_urls = {name: split_urls(env.get(name)) for name in {cfg.env_for(e.name) for e in wanted} if name}
    masks = [*secrets, *config_secrets(config), *url_secrets(u for urls in all_urls.values() for u in urls)]
    sent: list[str] = []
    missing = sorted(name for name, urls in all_urls.items() if not urls)
    if missing:
        reporter.warn(f"notify: {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set or empty; "
                      f"no notification sent to it")
    for name, urls in all_urls.items():      # told once, not once per event
        bad = _not_understood(urls)
        if bad:
            reporter.warn(redact(f"notify: {len(bad)} URL(s) in {name} that Apprise does not understand "
                                 f"(scheme {', '.join(sorted({u.split(':', 1)[0] for u in bad}))}://): "
                                 f"left out", masks))
            all_urls[name] = [u for u in urls if u not in bad]
    for event in wanted:
        env_name = cfg.env_for(event.name)
        urls = all_urls.get(env_name or "", [])
        if not urls:
            continue
        title, body = redact(event.title, masks), redact(event.body, masks)
        try:
            ok, detail = _deliver(urls, title, body, event)
        except Exception as exc:   # Apprise or a plugin raising must not fail the run
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        if ok:
            sent.append(event.name)
        else:
            reporter.warn(redact(f"notify: could not send '{event.name}' to every recipient of {env_name}"
                                 + (f": {detail}" if detail else ""), masks))
    if sent:
        reporter.info(f"notified: {', '.join(sent)}")
    return sent


def _not_understood(urls: list[str]) -> list[str]:
    import apprise

    box = apprise.Apprise()
    return [u for u in urls if not box.add(u)]


def _deliver(urls: list[str], title: str, body: str, event: Event) -> tuple[bool, str]:
    import logging

    import apprise

    notify_type = {"summary": apprise.NotifyType.INFO, "failed": apprise.NotifyType.FAILURE,
                   "push_failed": apprise.NotifyType.FAILURE}.get(event.name, apprise.NotifyType.WARNING)
    box = apprise.Apprise()
    box.add(urls)
    with apprise.LogCapture(level=logging.WARNING) as log:
        ok = bool(box.notify(body=body, title=title, notify_type=notify_type, body_format=apprise.NotifyFormat.TEXT)) \
            if len(box) else False
        captured = log.getvalue()
    detail = "; ".join(line.split(" - ", 2)[-1] for line in captured.splitlines() if line.strip())[:500]
    return ok, detail


@contextmanager
def notifying(config: "Config", reporter: Any, *, command: str = "run") -> Iterator["_Holder"]:
    """Around a run: on the way out, send its events (``failed`` when it raised)."""
    holder = _Holder()
    try:
        yield holder
    except Exception as exc:
        _safely(config, reporter, run_events(holder.result, command=command, error=exc, config=config))
        raise
    _safely(config, reporter, run_events(holder.result, command=command, config=config))


class _Holder:
    result: "RunResult | None" = None


def _safely(config: "Config", reporter: Any, events: list[Event]) -> None:
    if getattr(config, "notify", None) is None or not config.notify.configured:
        return
    try:
        send(config, events, reporter=reporter, secrets=getattr(reporter, "secrets", ()))
    except Exception as exc:   # a notification is never the reason a run fails
        reporter.warn(redact(f"notify: {type(exc).__name__}: {exc}", getattr(reporter, "secrets", ())))
