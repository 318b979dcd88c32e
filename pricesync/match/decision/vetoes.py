"""The name step's vetoes: the checks that send a name match to review however well the
names agree, because the offer may be another product than the best candidate - a sibling
it does not tell apart, a word of a rival's, a line or colour the catalog lacks, an
identifier of another item. Each returns its reasons in words (nothing: no veto), so a
verdict says why it was not ``auto``; the code step of ``decide`` asks one of them too (an
unstated colour). The checks against a close rival are ``rival_vetoes``, those of a name's line
words ``line_vetoes``, what both ask of the catalog ``veto_base``; the identifier checks are
here. The vetoes of tyre names are ``tyre_vetoes``."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pricesync.match.decision.line_vetoes import LEFT_OUT_RUN, SPEC_LETTERS, LineVetoes
from pricesync.match.reading.model_codes import same_model
from pricesync.match.reading.tyre_sizes import is_shared_spec, is_tyre_spec
from pricesync.match.decision.rival_vetoes import OWN_WORD_WEIGHT, RIVAL_WORD_SHARE, RIVAL_WORD_WEIGHT, RivalVetoes
from pricesync.match.features.score import Scored
from pricesync.match.reading.spellings import code_keys
from pricesync.match.decision.veto_base import (EXCHANGED_WORD_WEIGHT, FAMILY_SIMILARITY, MODEL_WORD_MIN_WEIGHT, SIBLING_WINDOW,
                                       glued_of, same_root)
from pricesync.parse.codes import normalize_ean

if TYPE_CHECKING:
    from pricesync.match.engine import Offer
    from pricesync.match.reading.names import Name

# The cuts live with their checks; they are named here too, where tools and callers ask for them
# (``bench/calibrate_rule_cuts.py --cut vetoes.SIBLING_WINDOW``).
__all__ = ["EXCHANGED_WORD_WEIGHT", "shaped_alike", "FAMILY_SIMILARITY", "LEFT_OUT_RUN", "MODEL_WORD_MIN_WEIGHT", "OWN_WORD_WEIGHT",
           "RIVAL_WORD_SHARE", "RIVAL_WORD_WEIGHT", "SIBLING_WINDOW", "SPEC_LETTERS", "Vetoes", "glued_of", "same_root"]

# A number and a word glued: a count or a measure ("2port", "9dbi", "20lb"), not a code. Four digits and
# more before the letters are a code's (a car glass's Eurocode, "8582AGSV", the car's number and the glass's
# letters): no count of pieces or measure a name glues is written so.
_COUNT = re.compile(r"^\d{1,3}[a-z]{2,}$")
# A car's years read as a code ("2013-2020" -> "20132020", after its generation "VII 2012-2020" -> "vii20122020",
# "RIO 2010-2017"): when the part was made for, no number of the part a column's number can contradict.
_PERIOD_CODE = re.compile(r"^[a-z]*(?:19|20)\d\d(?:19|20)\d\d$")


def shaped_alike(key: str, code: str) -> bool:
    """A column's number that may be a version of ``code``: it is part of the code, or they begin
    alike (two characters: "KGN39VW25R" beside "KGN39VL25R", "OB503-6009" beside "OB503"). A
    number holding the code after letters of its own is a seller's article built of the name
    ("YIG65-1956515": the line's code and the tyre's size)."""
    return key in code or key[:2] == code[:2]


def _code_and_size(key: str, code: str, tokens) -> bool:
    """A seller's article built of the code and the tyre's size the name writes ("PL01-2055516",
    "WST3-20555R16" beside "PL01 205/55 R16"): the name's own words, not another model. So is one
    built of the code, a bias or industrial size in inches and the ply rating the name says
    ("OB502-6510-12", "OB502-650-10-12", "T900-70012-14", "SKS532-12165-10" beside "6.50-10 12PR OB-502",
    "7.00-12 14PR T900", "12-16.5 10PR SKS 532"): a width's decimals written or left out."""
    rest = key[len(code):] if key.startswith(code) else ""
    if not rest:
        return False
    if any(is_tyre_spec(t) and rest in (t, t.replace("r", "", 1)) for t in tokens):
        return True
    digits = rest[:-2] if rest.endswith("pr") else rest
    digits = digits.replace("x", "", 1) if "x" in digits[:3] else digits
    if not digits.isdigit():
        return False
    plies = {""} | {t[:-2] for t in tokens if t.endswith("pr") and t[:-2].isdigit()}
    for t in tokens:
        m = _INCH_SIZE.match(t)
        if not m:
            continue
        width, rim = m.group("w"), m.group("d")
        widths = {width, width + "0", width[:-1] if width.endswith("0") else width}
        if any(digits == f"{m.group('o') or ''}{w}{rim}{ply}" for w in widths for ply in plies):
            return True
    return False


# A bias or industrial size as normalize writes it: "65d10" (6.50-10), "120d165" (12-16.5), "28x9d15" (28x9-15).
_INCH_SIZE = re.compile(r"^(?:(?P<o>\d{2})x)?(?P<w>\d{1,3})d(?P<d>\d{1,3})$")


class Vetoes(RivalVetoes, LineVetoes):
    """The vetoes against one catalog: each takes the offer's name, the best candidate and,
    where rivals matter, the scored candidates in rank order (``RivalVetoes``, ``LineVetoes``);
    the identifier checks are here."""

    def identifiers_disagree(self, offer: "Offer", best: Scored, name: "Name | None" = None) -> list[str]:
        """The offer's EAN or part number is another than the item's: the names may agree,
        the product does not (MDR-ZX310L for the ZX110L). Not where the offer's own name writes
        the item's code the column contradicts and the column's number has nothing of that
        code's shape: the column then holds an article of another numbering - the maker's
        ("R4781" beside "Ice Guard IG65", "15C9D0" beside "Magnatec 5W-40 A3/B4") or the seller's
        ("VB521-2055516" beside "Brina V-521 205/55 R16") -, not another model."""
        if offer.ean:
            ean, valid = normalize_ean(offer.ean)
            theirs = self.index.item_eans.get(best.item) if valid else None
            if theirs and ean not in theirs:
                return [f"EAN differs ({ean} vs {theirs[0]})"]
        agrees, code = self.part_number_of(offer.mpn, best.item)
        if agrees is False and name is not None and code in name.lookup_codes \
                and (not any(shaped_alike(k, code) for k in code_keys(offer.mpn))
                     or any(_code_and_size(k, code, name.tokens) for k in code_keys(offer.mpn))):
            return []
        return [f"MPN {offer.mpn} is not {code.upper()}"] if agrees is False else []

    def part_number_of(self, mpn: str, item: int) -> tuple[bool | None, str]:
        """Whether the offer's part number is the item's (True, with the item's code it spells in
        any spelling of one model), another (False, with the item's code it contradicts) or not
        comparable (None)."""
        keys = [k for k in code_keys(mpn) if len(k) >= 4 and not k.isalpha()]
        # (also the item's code as its name writes it with the maker's letters apart, "W 712/75",
        # which a column writes glued, "W712/75")
        codes = self.index.item_codes[item] | self.index.grouped_numbers[item] | self.index.item_lookup_codes[item]
        if not keys:
            return None, ""
        equal = next((k for k in keys if k in codes), None)
        if equal:
            return True, equal
        # An all-digit number that lost its leading zeros on the way (a spreadsheet's number cell:
        # "5389" for the maker's "05389") is the same number.
        unpadded = {c.lstrip("0"): c for c in codes if c.isdigit()}
        equal = next((unpadded[k.lstrip("0")] for k in keys if k.isdigit() and k.lstrip("0") in unpadded), None)
        if equal:
            return True, equal
        # A part number contradicts only a code of its own kind: an all-digit one (a maker's
        # or a distributor's number) another all-digit number, a lettered one a lettered
        # code - not a count written like one ("2-port", "9dBi" of the item's name), nor a spec
        # every version shares (a tyre's size: "T432561" is no "225/45 R17") -, or the item's
        # code without the letters that end it (5649 is not the 5649XS belt).
        pairs = [(k, c) for k in keys for c in sorted(codes) if not is_shared_spec(c) and c.isdigit() == k.isdigit()
                 and not _PERIOD_CODE.match(c)
                 and (len(c) >= 5 if c.isdigit() else len(c) >= 4 and not c.isalpha() and not _COUNT.match(c))
                 or k.isdigit() and c.startswith(k) and c[len(k):].isalpha()]
        if not pairs:
            return None, ""
        spelled = next((c for k, c in pairs if same_model(k, c)), None)
        return (True, spelled) if spelled else (False, pairs[0][1])
