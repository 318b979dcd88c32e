"""``push``: send a plan's changes, in batches the API accepts, through the journal.

Order of work per channel:
1. re-check every price against its floor (whatever produced the plan);
2. finish the journal's unfinished batches for the items the plan still wants with the
   same values (same idempotency key), drop the rest of them (already applied, changed
   since, or held now: the fresh plan knows better than an old batch);
3. record the new batches, then send them one by one, marking each after its answer.
A whole-batch transient failure (API down after the session's own retries) stops the
channel and leaves its batches pending for the next push; per-item failures are recorded
with the API's message and the rest still goes.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pricesync.channels.base import Change, Channel, Current, ItemResult
from pricesync.errors import ChannelError, TransientChannelError
from pricesync.pipeline.journal import Journal
from pricesync.pipeline.model import ChannelPlan, ChannelPushResult, ItemFailure, PushResult
from pricesync.pipeline.planning import open_channels, price_refusal
from pricesync.redact import RedactingReporter, redact
from pricesync.report import NullReporter, Reporter

if TYPE_CHECKING:
    from pricesync.config.models import Config
    from pricesync.state import State


def push(config: "Config", plans: Sequence[ChannelPlan], *, state: "State | None" = None,
         reporter: Reporter | None = None, channels: Iterable[str | Channel] | None = None,
         run_id: int | None = None) -> PushResult:
    """Apply ``plans``; ``channels`` may hand in the very Channel objects the plans were made
    with (otherwise they are opened from the config by name)."""
    from pricesync.state import State

    reporter = reporter or NullReporter()
    given = {ch.name: ch for ch in open_channels(config, channels)} if channels is not None else {}
    missing = [p.channel for p in plans if p.channel not in given]
    if missing:
        given.update({ch.name: ch for ch in open_channels(config, missing)})
    own_state = state is None
    state = state if state is not None else State(config.resolve(config.state.path))
    try:
        journal = Journal(state)
        result = PushResult()
        for p in plans:
            channel = given[p.channel]
            result.channels.append(push_channel(channel, p, journal, reporter=reporter, run_id=run_id))
        return result
    finally:
        if own_state:
            state.close()


def sendable(change: Change) -> Change:
    """Only the fields that differ go to an API: an unchanged price is not re-sent."""
    return replace(change,
                   new_price=change.new_price if change.price_changed else None,
                   new_stock=change.new_stock if change.stock_changed else None)


def push_channel(channel: Channel, plan: ChannelPlan, journal: Journal, *, reporter: Reporter,
                 run_id: int | None = None) -> ChannelPushResult:
    secrets = channel.secrets()
    reporter = RedactingReporter(reporter, secrets)
    res = ChannelPushResult(channel.name)
    want = _checked(plan, res)
    queue = _resume(channel, journal, want, run_id, reporter)
    changed = set(want) | {c.sku for _, items, _ in queue for c in items}
    if want:
        if channel.full_snapshot:
            batches = [snapshot(channel, plan, want, journal)]
        else:
            items = list(want.values())
            size = max(1, int(channel.batch_size))
            batches = [items[i:i + size] for i in range(0, len(items), size)]
        keys = journal.record(channel.name, batches, run_id=run_id)
        queue += [(k, b, False) for k, b in zip(keys, batches)]
    with reporter.progress(f"pushing to {channel.name}", total=len(queue)) as advance:
        for i, (key, items, resumed) in enumerate(queue):
            if not _send(channel, journal, key, items, res, changed, secrets):
                left = [c for _, later, _ in queue[i + 1:] for c in later if c.sku in changed]
                res.failures += [ItemFailure(c.sku, "not sent: the channel was unavailable", "pending") for c in left]
                res.error = (f"{res.error}; {len(queue) - i - 1} more batch(es) left for the next push"
                             if len(queue) > i + 1 else res.error)
                break
            res.batches += 1
            res.resumed_batches += resumed
            advance(1)
    return res


def _checked(plan: ChannelPlan, res: ChannelPushResult) -> dict[str, Change]:
    """The plan's changes that may go: never a held row, never a price below its floor."""
    held = {h.sku for h in plan.held}
    want: dict[str, Change] = {}
    for c in plan.changes:
        desired = plan.desired.get(c.sku)
        if c.sku in held or (desired is not None and desired.status != "ok"):
            res.failures.append(ItemFailure(c.sku, "held: never pushed", "refused"))
            continue
        refusal = price_refusal(c.new_price, c.floor)
        if refusal:
            res.failures.append(ItemFailure(c.sku, refusal, "refused"))
            continue
        want[c.sku] = c
    return want


def _resume(channel: Channel, journal: Journal, want: dict[str, Change], run_id: int | None,
            reporter: Reporter) -> list[tuple[str, list[Change], bool]]:
    """Unfinished batches of an earlier push, reduced to what the plan still wants; the
    items taken over leave ``want``.

    The channel is read again for the SKUs of those batches (a batch may have been applied
    just before the kill or the lost connection): what it already shows is marked done and
    goes into ``pushed`` without being sent again, and what is still sent is compared with
    the values read now, not with the old values the journal holds."""
    queue: list[tuple[str, list[Change], bool]] = []
    unfinished = journal.unfinished(channel.name)
    current = None
    if unfinished and not channel.full_snapshot and not channel.reads_pushed_state:
        current = _read_again(channel, sorted({c.sku for b in unfinished for c in b.items}), reporter)
    reconciled = 0
    for batch in unfinished:
        if channel.full_snapshot:
            # A feed is rewritten whole from the fresh plan and the pushed state.
            journal.drop_items(batch.key, [c.sku for c in batch.items], "superseded", "replaced by a newer snapshot")
            journal.set_status(batch.key, "superseded")
            continue
        keep, drop, applied = [], [], []
        for item in batch.items:
            fresh = want.get(item.sku)
            same = fresh is not None and (fresh.new_price, fresh.new_stock) == (item.new_price, item.new_stock)
            now = current.get(item.sku) if current is not None else None
            if now is not None and _shows(now, item):
                applied.append(item)
                if same:
                    del want[item.sku]
            elif same:
                assert fresh is not None
                if now is not None:      # today's values, so nothing already there goes again
                    fresh = replace(fresh, old_price=now.price, old_stock=now.stock, ref=now.ref or fresh.ref)
                keep.append(replace(fresh, ref=fresh.ref or item.ref))
                del want[item.sku]
            else:
                drop.append(item.sku)
        journal.reconcile(channel.name, batch.key, applied)
        reconciled += len(applied)
        journal.drop_items(batch.key, drop, "superseded",
                           "not sent: the channel already shows it, it changed since, or it is held")
        if not keep:
            journal.set_status(batch.key, "done" if applied and not drop else "superseded")
            continue
        key = batch.key
        if drop or applied:
            # An idempotency key always names one payload: a smaller batch gets its own.
            journal.set_status(batch.key, "superseded")
            key = journal.record(channel.name, [keep], run_id=run_id, retry_of=batch.key)[0]
        queue.append((key, keep, True))
    if reconciled:
        reporter.info(f"{channel.name}: {reconciled} item(s) of an interrupted push were already applied "
                      "(read from the channel); not sent again")
    if queue:
        reporter.info(f"{channel.name}: finishing {len(queue)} batch(es) of an interrupted push "
                      f"({sum(len(b) for _, b, _ in queue)} item(s))")
    return queue


def _shows(now: Current, item: Change) -> bool:
    """The channel already holds every value this journal item was to set."""
    return ((item.new_price is None or now.price == item.new_price)
            and (item.new_stock is None or now.stock == item.new_stock))


def _read_again(channel: Channel, skus: list[str], reporter: Reporter) -> dict[str, Current] | None:
    """The channel's values for the SKUs of an interrupted push; None when it cannot be read
    (the plan's own reading is used then)."""
    try:
        return channel.fetch_current(skus)
    except Exception as exc:  # noqa: BLE001 - the send that follows reports the channel's state
        reporter.warn(f"{channel.name}: could not read the channel again before resuming "
                      f"({redact(str(exc), channel.secrets())}); comparing with the plan's reading")
        return None


def snapshot(channel: Channel, plan: ChannelPlan, want: dict[str, Change], journal: Journal) -> list[Change]:
    """Every item a feed file must hold: what it held (pushed state, with fresh names
    where the plan has them) overlaid with the changes. Held and no-offer SKUs keep their
    last published values; nothing silently disappears from the feed."""
    pushed = journal.pushed(channel.name)
    items: dict[str, Change] = {}
    for sku, (cur, extra) in pushed.items():
        d = plan.desired.get(sku)
        items[sku] = Change(sku, cur.price, cur.price, cur.stock, cur.stock, "unchanged",
                            floor=d.floor if d else None, extra={**extra, **(d.extra if d is not None else {})})
    for sku, c in want.items():
        prev = pushed.get(sku)
        items[sku] = replace(
            c, extra={**(prev[1] if prev else {}), **c.extra},
            new_price=c.new_price if c.new_price is not None else (prev[0].price if prev else None),
            new_stock=c.new_stock if c.new_stock is not None else (prev[0].stock if prev else None))
    return [items[s] for s in sorted(items)]


def _send(channel: Channel, journal: Journal, key: str, items: list[Change], res: ChannelPushResult,
          changed: set[str], secrets: list[str]) -> bool:
    """Send one recorded batch; False when the channel should not be tried further now."""
    payload = items if channel.full_snapshot else [sendable(c) for c in items]
    journal.set_status(key, "sent", attempt=True)
    try:
        answers = channel.send_batch(payload, idempotency_key=key)
    except TransientChannelError as exc:
        msg = redact(str(exc), secrets)
        journal.set_status(key, "pending", msg)
        res.error = f"unavailable: {msg}"
        res.failures += [ItemFailure(c.sku, msg, "pending") for c in items if c.sku in changed]
        return False
    except ChannelError as exc:
        msg = redact(str(exc), secrets)
        if (exc.key or "").endswith("_env"):
            # Credentials refused: every batch would fail the same way. Leave them all for
            # the push after someone fixes the environment.
            journal.set_status(key, "pending", msg)
            res.error = f"credentials refused: {msg}"
            res.failures += [ItemFailure(c.sku, msg, "pending") for c in items if c.sku in changed]
            return False
        journal.fail_batch(key, msg)
        res.failures += [ItemFailure(c.sku, msg, "failed") for c in items if c.sku in changed]
        return True
    except Exception as exc:  # a connector bug or an unforeseen network error: outcome unknown
        msg = redact(f"{type(exc).__name__}: {exc}", secrets)
        journal.set_status(key, "sent", msg)        # stays unfinished; checked again next push
        res.error = f"unexpected error: {msg}"
        res.failures += [ItemFailure(c.sku, msg, "pending") for c in items if c.sku in changed]
        return False
    by_sku = _answers(items, answers, secrets)
    journal.finish(channel.name, key, items, by_sku, snapshot=channel.full_snapshot)
    for c in items:
        if c.sku not in changed:
            continue
        r = by_sku[c.sku]
        if r.ok:
            res.pushed += 1
        else:
            res.failures.append(ItemFailure(c.sku, r.message or "failed", "pending" if r.transient else "failed"))
    return True


def _answers(items: Sequence[Change], answers: Sequence[ItemResult], secrets: list[str]) -> dict[str, ItemResult]:
    got = {a.sku: a for a in answers}
    out = {}
    for c in items:
        a = got.get(c.sku)
        if a is None:
            # Never count silence as success: the next push reads the channel and sends it again if needed.
            a = ItemResult(c.sku, False, "the channel gave no answer for this item", transient=True)
        elif a.message:
            a = ItemResult(a.sku, a.ok, redact(a.message, secrets), a.transient)
        out[c.sku] = a
    return out
