"""The catalog prepared for matching: names analysed, EANs and codes looked up by value,
rare tokens indexed for candidate generation, token weights (IDF) for scoring."""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pricesync.match.reading import words as _words
from pricesync.match.reading.attributes import Attributes, merge, written_apart
from pricesync.match.candidates.token_index import TokenIndex, expand
from pricesync.match.reading.model_codes import colourless_code, is_strong_code
from pricesync.match.reading.names import EMPTY, Name
from pricesync.match.reading.normalize import clean_text, raw_tokens
from pricesync.match.reading.tyre_sizes import is_tyre_spec
from pricesync.match.reading.spellings import (SOUND_MIN_LENGTH, CYRILLIC, by_sound, code_key, heard_as, sound_key,
                                      sounds_alike, translit)
from pricesync.match.reading.units import LEADING_COUNT, UNIT_TOKEN
from pricesync.parse.codes import normalize_ean

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.match.reading.names import Analyser

# A code shared by more items than this names a family ("cs3", "a55"), not a product.
MAX_ITEMS_PER_CODE = 3
MIN_CODE_LENGTH = 4
# Words this long (and not numbers) are compared by spelling when not equal.
SOFT_MIN_LENGTH = 4
# Consonants a brand written in Cyrillic keeps at least to be heard as a Latin one ("Кама" is KAMA
# by its letters; "Файрстоун" and "Йокохама" by their sounds, "frstn" and "akm").
BRAND_SOUND_MIN_LENGTH = 3
# Words the catalog never uses ("сочный", typos, a dealer's "Professional" on every line)
# weigh this share of their rarity among the offers: boilerplate a dealer repeats hardly
# counts against a match, a rare unexplained word does, less than a missing model word.
UNKNOWN_TOKEN_WEIGHT = 0.5
# An offer word the catalog never uses, said by this share of the offers at most, is the
# offer's own (a line, a shade), not its supplier's boilerplate ("TL", "EAC").
UNHEARD_SHARE = 0.01
# Words written after this share of a code column's values at least (and no digit among
# them) are the export's, not the numbers' ("ch566a COL price VAL" on a seventh of a catalog).
SHARED_TAIL_SHARE = 0.02


def with_brand(name: str, brand: str) -> str:
    """``Galaxy A12`` from brand ``Samsung`` is compared as ``Samsung Galaxy A12``."""
    brand = (brand or "").strip()
    if brand and brand.lower() not in name.lower():
        # ("2x Ölfilter ..." from brand MANN-FILTER: the count stays first, where it is read.)
        lead = LEADING_COUNT.match(name)
        cut = lead.end() if lead else 0
        return f"{name[:cut]}{brand} {name[cut:]}"
    return name


@dataclass(frozen=True, slots=True)
class Bag:
    tokens: frozenset[str]
    weights: dict[str, float]
    total: float
    soft: tuple[str, ...]    # words worth comparing by spelling, heaviest first


class CatalogIndex:
    def __init__(self, catalog: "pd.DataFrame", names: "Mapping[str, Name] | Analyser", *, name_cols: Sequence[str],
                 code_cols: Sequence[str]) -> None:
        self.skus: list[str] = [str(s) for s in catalog["sku"].tolist()]
        self.titles: list[str] = [str(s) for s in catalog["name"].tolist()]
        brands = [str(b) for b in catalog["brand"].tolist()] if "brand" in catalog.columns else [""] * len(self.skus)
        alternatives = [[str(v) for v in catalog[c].tolist()] for c in name_cols]
        self.item_names: list[list[Name]] = []
        for i, title in enumerate(self.titles):
            seen, item = set(), []
            for v in [title] + [alt[i] for alt in alternatives]:
                v = with_brand(v.strip(), brands[i]) if v.strip() else ""
                if v and v not in seen:
                    seen.add(v)
                    item.append(names.get(v, EMPTY))
            self.item_names.append(item or [EMPTY])
        # Codes that point at items: every value of a code column (an article such as
        # "008-1" identifies the item whatever its shape), and the strong codes in names.
        code_values = [[code_key(v) for v in without_shared_tail([str(v) for v in catalog[c].tolist()])]
                       for c in code_cols]
        self.item_codes: list[frozenset[str]] = []
        # A maker's number a name writes in groups of digits ("WABCO 432 410 222 7", "LEMFÖRDER
        # 29804 01", "LuK 624 3183 00"): the groups joined, as a supplier's part number column
        # writes it ("4324102227"); found only through that column, and that column's number is
        # then the item's (not "2980401 is not 29804").
        self.grouped_numbers: list[frozenset[str]] = []
        self.code_items: dict[str, list[int]] = {}
        # Every code of a name, also short ones ("DMC-ZS3K", "R-51M"): found only through an
        # offer's own MPN or SKU column, never through words of its name.
        self.part_items: dict[str, list[int]] = {}
        self.colourless_items: dict[str, list[int]] = {}
        # The codes a name writes with the maker's letters apart ("W 712/75": "w71275"), as a part
        # number column writes them glued (``attributes.written_apart``).
        self.item_lookup_codes: list[frozenset[str]] = []
        for i, item in enumerate(self.item_names):
            column_codes = {col[i] for col in code_values if len(col[i]) >= MIN_CODE_LENGTH}
            # A maker whose name has digits ("Skin1004", "4711") names no model by it.
            maker = {code_key(brands[i]), *brand_tokens(brands[i])}
            name_codes = {c for n in item for c in n.lookup_codes if is_strong_code(c) and c not in maker}
            tokens = {t for n in item for t in n.tokens}
            self.item_lookup_codes.append(written_apart(name_codes, frozenset().union(*(n.codes for n in item)), tokens))
            codes = frozenset(column_codes.union(*(n.codes for n in item)))
            self.item_codes.append(codes)
            grouped = frozenset(g for n in item for g in grouped_numbers(n.tokens))
            self.grouped_numbers.append(grouped)
            codes = codes | grouped
            for code in column_codes | name_codes:
                self.code_items.setdefault(code, []).append(i)
            # "P163BK" is also found as "P163" (with "Black" in the offer's name).
            for code in {b for c in name_codes if (b := colourless_code(c)) != c}:
                self.colourless_items.setdefault(code, []).append(i)
            for code in codes:
                if len(code) >= MIN_CODE_LENGTH and not code.isalpha():
                    self.part_items.setdefault(code, []).append(i)
        self.code_items = {c: items for c, items in self.code_items.items() if len(items) <= MAX_ITEMS_PER_CODE}
        self.part_items = {c: items for c, items in self.part_items.items() if len(items) <= MAX_ITEMS_PER_CODE}
        self.ean_items: dict[str, list[int]] = {}
        self.item_eans: dict[int, list[str]] = {}
        if "ean" in catalog.columns:
            for i, value in enumerate(catalog["ean"].tolist()):
                if not value:
                    continue
                for part in str(value).replace(";", ",").split(","):
                    ean, valid = normalize_ean(part)
                    if valid:
                        self.ean_items.setdefault(ean, []).append(i)
                        self.item_eans.setdefault(i, []).append(ean)
        docs, owner = [], []
        for i, item in enumerate(self.item_names):
            for n in item:
                docs.append(features(n))
                owner.append(i)
        self.index = TokenIndex(docs, owner, len(self.skus))
        # Brands as tokens, to see which brand an offer names (anywhere in its name).
        self.item_brand: list[tuple[str, ...]] = [brand_tokens(b) for b in brands]
        self._brand_texts = brands
        # The title never says its brand: the brand is written before it (``with_brand``).
        self._brand_prepended = [with_brand(t, b) != t for t, b in zip(self.titles, brands)]
        self._brands_by_first: dict[str, set[tuple[str, ...]]] = {}
        for bt in self.item_brand:
            if bt:
                self._brands_by_first.setdefault(bt[0], set()).add(bt)
        # Brands by how they sound, to hear one written in the other script ("Nordman" for "Нордман").
        # (Four consonants: a word of a name is a brand's by fewer as often as not, "Cross" "КИР ШЗ".)
        self._brands_by_sound = {key: tuple(brand.split()) for key, brand in by_sound(
            (" ".join(bt) for bts in self._brands_by_first.values() for bt in bts), SOUND_MIN_LENGTH).items()}
        self._brands_in: dict[str, frozenset[tuple[str, ...]]] = {}
        self._brand_aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.variant_words = frozenset(v for item in self.item_names for n in item for v in n.attrs.variants)
        self._attrs: dict[int, Attributes] = {}
        self._brand_words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._lines_said: dict[int, frozenset[str]] = {}
        # The raw tokens the analyser read (a title that writes its brand is read as it is): not read again.
        self._raw: Mapping[str, tuple] = getattr(names, "raw", {})
        self._bags: dict[str, Bag] = {}
        self._slots: frozenset[str] | None = None
        self._slot_sounds: dict[str, str] | None = None
        self._name_attrs: dict[int, Attributes] = {}
        self._tokens: dict[int, frozenset[str]] = {}
        self._brand_heads = self._named_by_head()
        top = float(self.index.idf.max()) if len(self.index.idf) else 1.0
        self._unknown = UNKNOWN_TOKEN_WEIGHT * top
        self._weights: dict[str, float] = {}
        self._offer_df: dict[str, int] = {}
        self._offers = 0
        self._said: dict[str, int] = {}
        self._telling: dict[str, float] = {}

    def count_offer_words(self, offers: Sequence[set[str]]) -> None:
        """Document frequency of words among the offers being matched (their token sets;
        see ``weight``)."""
        df: dict[str, int] = {}
        vocab = self.index.vocab
        said: dict[str, int] = {}
        for tokens in offers:
            for t in tokens:
                if t not in vocab:
                    df[t] = df.get(t, 0) + 1
            # "Просепт" and "Prosept" are one word said twice as often.
            for t in {translit(t) for t in tokens}:
                said[t] = said.get(t, 0) + 1
        self._offer_df, self._offers, self._said = df, len(offers), said
        self._weights.clear()
        self._telling.clear()
        self._bags.clear()

    def unheard(self, token: str) -> bool:
        """A word the catalog never uses and about one offer in a hundred (or two) says at most:
        not a supplier's boilerplate, which many of its offers repeat."""
        return token not in self.index.vocab and self._offer_df.get(token, 1) <= max(2, UNHEARD_SHARE * self._offers)

    def __len__(self) -> int:
        return len(self.skus)

    def weight(self, token: str) -> float:
        w = self._weights.get(token)
        if w is None:
            f = self.index.vocab.get(token)
            if f is not None:
                w = float(self.index.idf[f])
            else:
                n = self._offer_df.get(token, 1)
                w = min(self._unknown, UNKNOWN_TOKEN_WEIGHT * math.log((self._offers + 1) / (n + 0.5)))
            self._weights[token] = w = max(w, 0.05)
        return w

    def telling_weight(self, token: str) -> float:
        """How much saying (or not saying) ``token`` tells one catalog item from another:
        its weight, but a word the offers say far more often than the catalog's names (the
        maker, which dealers write on every line and the maker's catalog on few) by its
        rarity over the catalog's items and the offers together, since it tells few items
        apart. Counted together, a run of a few offers hardly moves the catalog's rarity."""
        w = self._telling.get(token)
        if w is None:
            w = self.weight(token)
            f = self.index.vocab.get(token)
            said = self._said.get(translit(token))
            if f is not None and said:
                names = self.index.n_items + self._offers
                w = min(w, max(math.log((names + 1) / (float(self.index.df[f]) + said + 0.5)), 0.05))
            self._telling[token] = w
        return w

    def bag(self, name: Name) -> "Bag":
        """The name's tokens with their weights, computed once per name."""
        got = self._bags.get(name.text)
        if got is None:
            weights = {t: self.weight(t) for t in name.tokens}
            soft = tuple(sorted((t for t in weights if len(t) >= SOFT_MIN_LENGTH and not t[0].isdigit() and ":" not in t),
                                key=lambda t: (-weights[t], t)))
            got = self._bags[name.text] = Bag(frozenset(weights), weights, sum(weights.values()), soft)
        return got

    def attrs(self, item: int) -> Attributes:
        """What all the item's names and code columns say together: a colour named only in
        the marketplace name still tells this item from its siblings."""
        got = self._attrs.get(item)
        if got is None:
            got = self._attrs[item] = merge([n.attrs for n in self.item_names[item]],
                                            self.item_codes[item] | self.grouped_numbers[item])
        return got

    def brand_words(self, item: int) -> tuple[frozenset[str], frozenset[str]]:
        """The words of the item's brand a name may carry that are no version of the product: the
        variant words the brand says ("Professional" of "Estel Professional", "Professionals" of
        "Wella Professionals") or the item's name writes right after the brand ("Thuya Professional" of the
        brand Thuya, "Cordiant Professional FR-1"), and the brand's words the item's own name writes ("NYX Professional
        Makeup Soft Matte ...")."""
        got = self._brand_words.get(item)
        if got is None:
            title = clean_text(self.titles[item]).split()
            written = frozenset(self.item_brand[item]) & frozenset(title) if self.item_brand[item] else frozenset()
            got = self._brand_words[item] = (_brand_variants(self._brand_texts[item]) | _named_after_brand(
                self.item_names[item], self.item_brand[item]), written)
        return got

    def name_attrs(self, item: int) -> Attributes:
        """What the item's names say, without its code columns: two siblings always differ
        in their articles, but only a model code written in the names tells them apart for
        a dealer who copies names."""
        got = self._name_attrs.get(item)
        if got is None:
            names = self.item_names[item]
            got = self._name_attrs[item] = merge([n.attrs for n in names], frozenset().union(
                *(n.codes for n in names)) | self.grouped_numbers[item])
        return got

    def tokens(self, item: int) -> frozenset[str]:
        got = self._tokens.get(item)
        if got is None:
            got = self._tokens[item] = frozenset(t for n in self.item_names[item] for t in n.tokens)
        return got

    @property
    def slot_words(self) -> frozenset[str]:
        """Words that tell catalog siblings apart: two items whose names (sizes and numbers
        aside) differ in this word alone, e.g. "лимон" in "X лимон 1 л" / "X лаванда 5 л".
        Found by hashing each name's word set without one word at a time (XOR of random
        64-bit codes per word), so 100k items take a few numpy passes. (Two-word values,
        "морской бриз", are left out: counting them reviewed many right matches of dealer
        names against marketplace descriptions.)"""
        if self._slots is None:
            import numpy as np

            vocab = self.index.vocab
            words = [sorted({vocab[t] for t in item[0].tokens if t in vocab and not is_measure(t)})
                     for item in self.item_names]
            lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
            ids = np.fromiter((w for ws in words for w in ws), dtype=np.int64, count=int(lengths.sum()))
            if not len(ids):
                self._slots = frozenset()
                return self._slots
            codes = np.random.default_rng(20261120).integers(0, 2**63, size=len(vocab), dtype=np.int64)
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
            nonempty = lengths > 0
            item_hash = np.zeros(len(words), dtype=np.int64)
            item_hash[nonempty] = np.bitwise_xor.reduceat(codes[ids], starts[nonempty])
            keys = np.repeat(item_hash, lengths) ^ codes[ids]
            order = np.lexsort((ids, keys))
            keys, ids = keys[order], ids[order]
            hit = np.flatnonzero((keys[1:] == keys[:-1]) & (ids[1:] != ids[:-1]))
            names = list(vocab)
            self._slots = frozenset(names[i] for i in np.unique(np.concatenate([ids[hit], ids[hit + 1]])).tolist())
        return self._slots

    def slot_word_heard(self, token: str) -> str | None:
        """The Latin slot word a Cyrillic word writes letter for letter ("себиум" is "sebium") or
        as it sounds, when one slot word alone sounds so."""
        if self._slot_sounds is None:
            self._slot_sounds = heard_as(w for w in self.slot_words if not CYRILLIC.search(w) and w.isalpha())
        if not CYRILLIC.search(token):
            return None
        latin = translit(token)
        return latin if latin in self.slot_words else self._slot_sounds.get(sound_key(token))

    def brands_in(self, name: Name) -> frozenset[tuple[str, ...]]:
        """The catalog's brands this name mentions ("Makita" in "Дрель Makita GS-R903"), also
        by the first word alone of a brand that word names (``_named_by_head``)."""
        got = self._brands_in.get(name.text)
        if got is None:
            tokens = set(name.tokens)
            got = frozenset(bt for t in tokens for bt in self._brands_by_first.get(t, ()) if tokens.issuperset(bt)) \
                | frozenset(self._brand_heads[t] for t in tokens if t in self._brand_heads) | self._brands_heard(name)
            if len(self._brands_in) < 200_000:
                self._brands_in[name.text] = got
        return got

    def hear_brands(self, spellings: Mapping[str, str]) -> None:
        """The offers' brand column values that are catalog brands written otherwise ({"Goodyear":
        "ГУД-ЕАР"}, ``spellings.heard_brands``): a name saying one names that catalog brand."""
        self._brand_aliases = {brand_tokens(mine): brand_tokens(theirs) for mine, theirs in spellings.items()
                               if brand_tokens(mine) and brand_tokens(theirs)}
        self._brands_in.clear()

    def _brands_heard(self, name: Name) -> frozenset[tuple[str, ...]]:
        """Brands the name writes in the other script than the catalog does, as they sound ("NORDMAN"
        for the catalog's "Нордман"; "гуд еар" for its "Goodyear"): a word, or two side by side, of
        letters only."""
        if not self._brands_by_sound and not self._brand_aliases:
            return frozenset()
        words = list(name.tokens)
        spans = [(w,) for w in words] + list(zip(words, words[1:]))
        out = set()
        by_sound = self._brands_by_sound
        for span in spans:
            # (``brand_by_sound`` inlined: every name of a run asks this of each word and pair of words)
            joined = "".join(span)
            if joined.isalpha() and len(joined) >= MIN_CODE_LENGTH:
                brand = by_sound.get((not CYRILLIC.search(joined), sound_key(joined)))
                if brand:
                    out.add(brand)
        tokens = set(words)
        out.update(theirs for mine, theirs in self._brand_aliases.items() if tokens.issuperset(mine))
        return frozenset(out)

    def brand_by_sound(self, word: str) -> tuple[str, ...] | None:
        """The catalog's brand a word of letters writes in the other script, as it sounds."""
        if not word.isalpha() or len(word) < MIN_CODE_LENGTH:
            return None
        return self._brands_by_sound.get((not CYRILLIC.search(word), sound_key(word)))

    def _named_by_head(self) -> dict[str, tuple[str, ...]]:
        """Brands a name says by their first word ("Griffin iPod touch case" for the brand
        Griffin Technology): a brand of several words whose first word no other brand has,
        whose other words other brands have too (a company's form, "Technology", "Inc"), and
        whose first word, in the catalog's names, is said mostly on that brand's items."""
        brands = set(self.item_brand)
        used = Counter(w for bt in brands for w in set(bt))
        heads = {bt[0]: bt for bt in brands
                 if len(bt) >= 2 and used[bt[0]] == 1 and all(used[w] > 1 for w in bt[1:])}
        said, own = Counter(), Counter()
        for i, bt in enumerate(self.item_brand):
            for t in heads.keys() & self.tokens(i):
                said[t] += 1
                own[t] += heads[t] == bt
        return {t: bt for t, bt in heads.items() if 2 * own[t] > said[t]}

    def names_as_line(self, item: int, offer_brands: frozenset[tuple[str, ...]]) -> bool:
        """The item's title opens with its own brand and says each of ``offer_brands`` after it as a
        line of that maker's, not after a "for" ("Nokian 195/55R16 91T Nordman 7" where the catalog
        sells Nordman under its own brand too): an offer under that brand names the item's line, not
        another maker. (A title opening otherwise names a product made for that brand: "premium
        compatible canon cli-221 ...".)"""
        said = self._lines_said.get(item)
        if said is None:
            title = self.titles[item]
            tokens, _, fits, *_ = self._raw.get(title) or raw_tokens(title)
            brand = self.item_brand[item]
            opens = bool(brand) and tuple(tokens[:len(brand)]) == brand
            said = self._lines_said[item] = frozenset(tokens[len(brand):]) - fits if opens else frozenset()
        return bool(offer_brands) and all(set(b) <= said for b in offer_brands)

    def title_maker(self, item: int, offer: Name, offer_brands: frozenset[tuple[str, ...]]) -> bool:
        """The item's title and the offer's name both open with one of ``offer_brands``, and
        the title never names its brand column's maker ("iLuv ... protective film" under the
        brand Apple, "TRENDnet ... adapter" under TRENDware): that column names a platform or a
        distributor, the title the maker."""
        brand = self.item_brand[item]
        if not brand or not self._brand_prepended[item]:
            return False
        opening = self.item_names[item][0].tokens[len(brand):]
        return any(b and opening[:len(b)] == b == offer.tokens[:len(b)] for b in offer_brands)

    def candidates(self, offers: Sequence[Name], k: int = 12) -> list[list[tuple[int, float]]]:
        return self.index.query([features(n) for n in offers], k=k)

    def by_codes(self, codes: set[str] | frozenset[str]) -> dict[int, tuple[str, bool]]:
        """Items that carry one of ``codes`` (distinctive codes only) -> (the code shared,
        whether it is the item's code without its colour letters: P163 for P163BK)."""
        out: dict[int, tuple[str, bool]] = {}
        for items, colourless in ((self.code_items, False), (self.colourless_items, True)):
            for code in sorted(codes):
                for i in items.get(code, ()):
                    out.setdefault(i, (code, colourless))
        return out


# Digits a number written in groups has at least, joined ("29804 01"; not "Pack 2 x 250").
GROUPED_NUMBER_DIGITS = 7


def grouped_numbers(tokens: Sequence[str]) -> list[str]:
    """Runs of two or more words of digits alone, joined, of ``GROUPED_NUMBER_DIGITS`` digits or
    more: a part number written in groups ("432 410 222 7" = "4324102227")."""
    out, run = [], []
    for t in [*tokens, ""]:
        if t.isdigit():
            run.append(t)
            continue
        if len(run) >= 2 and sum(map(len, run)) >= GROUPED_NUMBER_DIGITS:
            out.append("".join(run))
        run = []
    return out


@lru_cache(maxsize=300_000)
def is_measure(token: str) -> bool:
    """Sizes, numbers, colours and platforms are compared as attributes, not as words."""
    return bool(UNIT_TOKEN.match(token)) or token[0].isdigit() or ":" in token or is_tyre_spec(token)


def without_shared_tail(values: Sequence[str]) -> list[str]:
    """A code column's values without words an export wrote after many of them: a tail of
    two or more words, none with a digit, ending at least ``SHARED_TAIL_SHARE`` of the
    column's values and more than one different number ("ch566a COL price VAL",
    "1758895 COL price VAL"): kept, the number would be looked up as "ch566acolpriceval"."""
    split = [v.split() for v in values]
    filled = sum(1 for words in split if words)
    counts: Counter = Counter()
    for words in split:
        for n in range(2, len(words)):
            tail = tuple(words[-n:])
            if any(ch.isdigit() for w in tail for ch in w):
                break
            counts[tail] += 1
    shared = {t for t, c in counts.items() if c >= max(2, SHARED_TAIL_SHARE * filled)}
    if not shared:
        return list(values)
    out = []
    for value, words in zip(values, split):
        cut = max((n for n in range(2, len(words)) if tuple(words[-n:]) in shared), default=0)
        out.append(" ".join(words[:-cut]) if cut else value)
    return out


# (Like every cache of the matching modules, cleared when the words change: variant words are
# the vocabulary's.)
@lru_cache(maxsize=10_000)
def _brand_variants(brand: str) -> frozenset[str]:
    """The variant words a brand says, also by their short spelling ([variant_spellings]: "pro" of
    "L'Oréal Professionnel"); read once per brand, not once per item of it."""
    from pricesync.match.reading.names import analyse

    if not brand.strip():
        return frozenset()
    short = frozenset(_words.VARIANT_SPELLINGS[w] for w in clean_text(brand).split() if w in _words.VARIANT_SPELLINGS)
    return analyse([brand])[brand].attrs.variants | short


def _named_after_brand(names: "list[Name]", brand: tuple[str, ...]) -> frozenset[str]:
    """A variant word an item's name writes right after its brand's words, and its short spelling
    ([variant_spellings]): the maker's name as it writes itself ("Kapous Professional Крем-краска 7.1",
    "Краска ... Thuya Professional ...", "NYX Professional Makeup"), as a brand column "Estel
    Professional" writes it - no version of the product."""
    if not brand:
        return frozenset()
    out = set()
    for name in names:
        toks = name.tokens
        for i in range(len(toks) - len(brand)):
            if toks[i:i + len(brand)] == brand and toks[i + len(brand)] in name.attrs.variants:
                out.add(toks[i + len(brand)])
    return frozenset(out | {_words.VARIANT_SPELLINGS[w] for w in out if w in _words.VARIANT_SPELLINGS})


@lru_cache(maxsize=50_000)
def brand_tokens(brand: str) -> tuple[str, ...]:
    from pricesync.match.reading.normalize import STOP_WORDS, clean_text, stem

    return tuple(stem(w) for w in re.findall(r"[^\W_]+", clean_text(brand)) if w not in STOP_WORDS)


# [makers] groups by the stem of each brand word ("mobis" is compared as brand_tokens writes it).
_MAKER_BY_STEM: dict[str, frozenset[str]] = {}


def _maker_stems(words_now) -> None:
    from pricesync.match.reading.normalize import clean_text, stem

    _MAKER_BY_STEM.clear()
    for group, brands in words_now.multimaps["makers"].items():
        for brand in (group, *brands):
            key = stem(clean_text(brand))
            _MAKER_BY_STEM[key] = _MAKER_BY_STEM.get(key, frozenset()) | {group}


_words.on_change(_maker_stems)


def same_maker(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two brands' words name one maker: they share a word, one's words written together
    begin the other's ("liqui moly" / "liquimoly", "mann" / "mannfilter"), in either script,
    one is the other's initials ("YSL"), one is the other written in Cyrillic as it sounds ("Файрстоун"
    for Firestone), or both are brands of one group ([makers]: "VAG" and
    "Skoda" - the car maker's original part under its group's name)."""
    # A brand written in Cyrillic as it sounds ("Файрстоун", "Йокохама") is the Latin one.
    heard = sounds_alike("".join(a), "".join(b), BRAND_SOUND_MIN_LENGTH)
    a, b = tuple(map(translit, a)), tuple(map(translit, b))
    joined_a, joined_b = "".join(a), "".join(b)
    initials = {"".join(w[0] for w in a), "".join(w[0] for w in b)}
    groups_a = set().union(*(_MAKER_BY_STEM.get(w, ()) for w in (*a, joined_a)))
    groups_b = set().union(*(_MAKER_BY_STEM.get(w, ()) for w in (*b, joined_b)))
    return heard or bool(set(a) & set(b)) or joined_a.startswith(joined_b) or joined_b.startswith(joined_a) \
        or len(a) == 1 and a[0] in initials or len(b) == 1 and b[0] in initials or bool(groups_a & groups_b)


def features(name: Name) -> list[str]:
    return expand(name.tokens) + sorted(name.lookup_codes - set(name.tokens))
