"""One offer through the cascade to a verdict: SKU, score, method, status and the reason
in words ("name 93; differs in memory 128gb vs 256gb")."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pricesync.match.catalog_index import CatalogIndex
from pricesync.match.decisions import offer_key
from pricesync.match.attributes import differences, states
from pricesync.match.names import Name
from pricesync.match.normalize import code_key
from pricesync.match.score import Scored, attach_differences, score_item
from pricesync.parse.codes import normalize_ean

if TYPE_CHECKING:
    from pricesync.match.config import MatchingConfig
    from pricesync.match.engine import Offer

# A candidate that differs in a variant attribute ranks this many points lower, so the
# offer's own 5 l bottle beats the slightly more similar 1 l one.
DIFFERENCE_PENALTY = 15
# Candidates within this many points of the best are checked as possible siblings.
SIBLING_WINDOW = 25
SHOW_CANDIDATES = 3
# The offer shares words with a close rival that the best lacks: unsure when those words
# weigh at least this much (IDF) and at least this share of the words only the best shares.
RIVAL_WORDS_MIN = 1.0
RIVAL_WORDS_SHARE = 0.5


@dataclass(slots=True)
class Verdict:
    sku: str = ""
    score: int = 0
    method: str = "name"
    status: str = "unmatched"
    reason: str = ""
    candidates: str = ""


def _rank(s: Scored) -> int:
    return s.score - DIFFERENCE_PENALTY * len(s.diffs)


class Decider:
    def __init__(self, index: CatalogIndex, config: "MatchingConfig",
                 remembered: dict[tuple[str, str], tuple[str | None, float]]) -> None:
        self.index = index
        self.config = config
        self.remembered = remembered
        self.position = {sku: i for i, sku in enumerate(index.skus)}

    def decide(self, offer: "Offer", name: Name, cands: list[tuple[int, float]]) -> Verdict:
        notes: list[str] = []
        remembered = self.remembered.get((offer.supplier, offer_key(offer.supplier_sku, offer.name)))
        if remembered is not None:
            sku, when = remembered
            day = time.strftime("%Y-%m-%d", time.localtime(when))
            if sku is None:
                return Verdict("", 100, "alias", "unmatched", f"remembered decision ({day}): not in the catalog")
            if sku in self.position:
                return Verdict(sku, 100, "alias", "auto", f"remembered decision ({day})")
            notes.append(f"remembered SKU {sku} is no longer in the catalog")
        verdict = self._by_ean(offer, name) or self._by_code(offer, name, cands)
        if verdict is None:
            verdict = self._by_name(offer, name, cands)
        if notes:
            verdict.reason = "; ".join([*notes, verdict.reason])
            if verdict.status == "auto":
                verdict.status = "review"
        return verdict

    # -- 2. EAN -----------------------------------------------------------------------------
    def _by_ean(self, offer: "Offer", name: Name) -> Verdict | None:
        ean, valid = normalize_ean(offer.ean)
        items = self.index.ean_items.get(ean) if valid else None
        if not items:
            return None
        scored = self._scored(name, items)
        best = scored[0]
        why = f"EAN {ean}"
        if len(items) > 1:
            return self._verdict(best, scored, "ean", "review", f"{why} is on {len(items)} catalog items")
        if best.diffs:
            return self._verdict(best, scored, "ean", "review", f"{why} equal, but differs in {'; '.join(map(str, best.diffs))}")
        if name.tokens and best.score < self.config.ean_name_floor:
            return self._verdict(best, scored, "ean", "review", f"{why} equal, but names differ (name {best.score})")
        return self._verdict(best, scored, "ean", "auto", f"{why}; name {best.score}", score=100)

    # -- 3./4. codes ------------------------------------------------------------------------
    def _code_hits(self, offer: "Offer", name: Name) -> dict[int, tuple[str, str]]:
        hits: dict[int, tuple[str, str]] = {}
        for value, method, label in ((offer.supplier_sku, "sku", "supplier SKU"), (offer.mpn, "mpn", "MPN")):
            key = code_key(value)
            if len(key) >= 3:
                for item in self.index.code_items.get(key, ()):
                    hits.setdefault(item, (method, f"{label} {value}"))
        for item, code in self.index.by_codes(name.lookup_codes).items():
            hits.setdefault(item, ("mpn", f"model code {code.upper()}"))
        return hits

    def _by_code(self, offer: "Offer", name: Name, cands: list[tuple[int, float]]) -> Verdict | None:
        hits = self._code_hits(offer, name)
        if not hits:
            return None
        scored = self._scored(name, list(hits))
        best = scored[0]
        method, what = hits[best.item]
        if best.score < self.config.code_name_floor and not best.diffs:
            return None  # a code alone, names unlike: let the name step weigh all candidates
        if best.diffs:
            return self._verdict(best, scored, method, "review", f"{what} equal, but differs in {'; '.join(map(str, best.diffs))}")
        rival = next((s for s in scored[1:] if not s.diffs and best.score - s.score < self.config.ambiguity_margin), None)
        if rival is not None:
            return self._verdict(best, scored, method, "review",
                                 f"{what} equal; {self.index.skus[rival.item]} carries it too (name {rival.score})")
        return self._verdict(best, scored, method, "auto", f"{what} equal; name {best.score}", score=100)

    # -- 5. names ---------------------------------------------------------------------------
    def _by_name(self, offer: "Offer", name: Name, cands: list[tuple[int, float]]) -> Verdict:
        cfg = self.config
        if not name.tokens:
            return Verdict(reason="no name to compare")
        if not cands:
            return Verdict(reason="no catalog item shares a word with the name")
        scored = self._scored(name, [i for i, _ in cands])
        best = scored[0]
        if best.score < cfg.review_threshold:
            return self._verdict(best, scored, "name", "unmatched",
                                 f"best name {best.score} below {cfg.review_threshold}", sku="")
        why = [f"name {best.score}"]
        if best.diffs:
            why.append("differs in " + "; ".join(map(str, best.diffs)))
        if best.score < cfg.auto_threshold:
            why.append(f"below auto {cfg.auto_threshold}")
        rival = scored[1] if len(scored) > 1 else None
        if rival is not None and _rank(best) - _rank(rival) < cfg.ambiguity_margin:
            why.append(f"{self.index.skus[rival.item]} close ({rival.score})")
        why.extend(self._siblings(name, best, scored))
        b_attrs = self.index.attrs(best.item)
        if name.attrs.colours and not b_attrs.colours:
            why.append(f"offer says colour {'/'.join(sorted(name.attrs.colours))}, the item names none")
        why.extend(self._identifiers_disagree(offer, best))
        status = "auto" if len(why) == 1 else "review"
        return self._verdict(best, scored, "name", status, "; ".join(why))

    def _siblings(self, name: Name, best: Scored, scored: list[Scored]) -> list[str]:
        """A close rival the offer does not tell apart from the best: the two differ in an
        attribute the offer does not state (1 l vs 5 l, offer silent on volume), or the
        offer shares the rival's own words about as much as the best's (``Eco`` Exterior)."""
        index = self.index
        b_attrs, b_tokens = index.attrs(best.item), index.tokens(best.item)
        offer_tokens = set(name.tokens)
        for s in scored[1:]:
            if best.score - s.score > SIBLING_WINDOW:
                break
            if s.diffs:
                continue
            rival = index.skus[s.item]
            for d in differences(b_attrs, index.attrs(s.item), catalog_variants=index.variant_words, one_sided=True):
                # Only what the best states: an offer silent on pack size is the single item,
                # not the rival 2-pack.
                if states(b_attrs, d.kind) and not states(name.attrs, d.kind):
                    return [f"offer does not say which: {d.text} ({rival}, {s.score})"]
            s_tokens = index.tokens(s.item)
            theirs = offer_tokens & (s_tokens - b_tokens)
            mine = offer_tokens & (b_tokens - s_tokens)
            w_theirs = sum(map(index.weight, theirs))
            if w_theirs >= RIVAL_WORDS_MIN and w_theirs >= RIVAL_WORDS_SHARE * sum(map(index.weight, mine)):
                return [f"offer says {', '.join(sorted(theirs))} as {rival} ({s.score}) does"]
        return []

    def _identifiers_disagree(self, offer: "Offer", best: Scored) -> list[str]:
        ean, valid = normalize_ean(offer.ean)
        if valid:
            theirs = self.index.item_eans.get(best.item)
            if theirs and ean not in theirs:
                return [f"EAN differs ({ean} vs {theirs[0]})"]
        return []

    # -- helpers ----------------------------------------------------------------------------
    def _scored(self, name: Name, items: list[int]) -> list[Scored]:
        scored = [score_item(name, i, self.index) for i in dict.fromkeys(items)]
        scored.sort(key=lambda s: (-s.score, self.index.skus[s.item]))
        top = scored[0].score if scored else 0
        for s in scored:
            if top - s.score <= SIBLING_WINDOW + DIFFERENCE_PENALTY:
                attach_differences(name, s, self.index)
        scored.sort(key=lambda s: (-_rank(s), -s.score, self.index.skus[s.item]))
        return scored

    def _verdict(self, best: Scored, scored: list[Scored], method: str, status: str, reason: str, *,
                 score: int | None = None, sku: str | None = None) -> Verdict:
        others = [s for s in scored if s.item != best.item][:SHOW_CANDIDATES]
        shown = others if sku is None else [best, *others][:SHOW_CANDIDATES]
        candidates = ", ".join(f"{self.index.skus[s.item]} ({s.score})" for s in shown) if status != "auto" else ""
        return Verdict(self.index.skus[best.item] if sku is None else sku, best.score if score is None else score,
                       method, status, reason, candidates)
