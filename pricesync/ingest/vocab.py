"""The words price lists are written in, loaded from data files (``data/vocab/*.toml``, one
per language; see the README there) and what each says about a column, a cell or a row.

A header names a role with a weight: 1.0 for the words suppliers use for exactly that
("Наименование", "Kod EAN"), less for words that usually mean it ("Модель"). Prices are
special: a price word makes a price column, and qualifiers decide purchase (``опт``,
``netto``, ``EK``) versus retail (``розница``, ``brutto``, ``VK``) and net versus gross.

``Vocabulary.default()`` is every shipped file; ``extended(...)`` adds a config's words
(``[suppliers.X] header_words``, ``[vocabulary] files``) without touching the default.
The module-level functions use the default vocabulary.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pricesync.errors import ConfigError

DATA_DIR = Path(__file__).parent / "data" / "vocab"
HEADER_ROLES = ("rownum", "ignore", "sku", "mpn", "name", "brand", "ean", "currency", "stock", "unit", "vat",
                "category", "note")
PRICE_MEANINGS = ("price", "cost", "msrp", "net", "gross")
DEFAULT_WORD_WEIGHT = 0.8
# Only this much of a header is read: headers are a few words, and a huge cell must stay cheap.
MAX_HEADER_CHARS = 200
# The weight of a price column named by a qualifier only ("Опт", "€") rather than a price word.
DEFAULT_PRICE_WEIGHT = 0.8


class VocabularyError(ConfigError, ValueError):
    """A vocabulary file or config entry that cannot be used: says which and why."""


def normalize_header(text: object) -> str:
    # Marketplace exports write "Название_позиции", "Код_товара".
    s = str(text or "").replace("\u00a0", " ").replace("_", " ").replace("ё", "е").replace("Ё", "Е").lower()
    s = re.sub(r"[\r\n\t]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" :;,")
    return s


_PUNCT = re.compile(r"[.,:;()\[\]\"'«»*!?]+")


def header_key(text: object) -> str:
    """What whole-header entries are compared on: punctuation read as spaces."""
    return re.sub(r"\s+", " ", _PUNCT.sub(" ", normalize_header(text))).strip()


def _meaning(value: str, where: str, allowed: tuple[str, ...], default: float) -> tuple[str, float]:
    parts = str(value).split()
    if not parts or parts[0] not in allowed or len(parts) > 2:
        raise VocabularyError(f"{where}: '{value}' is not one of {', '.join(allowed)} (optionally with a weight)")
    try:
        weight = float(parts[1]) if len(parts) == 2 else default
    except ValueError:
        raise VocabularyError(f"{where}: weight in '{value}' is not a number") from None
    if not 0 < weight <= 1:
        raise VocabularyError(f"{where}: weight in '{value}' must be in (0, 1]")
    return parts[0], weight


def _word_pattern(entry: str) -> str:
    """'ценов* групп*' -> a regex: words in order, '*' = any ending, whole words otherwise."""
    tokens = normalize_header(entry).split()
    parts = []
    for tok in tokens:
        stem = tok.endswith("*")
        core = re.escape(tok.rstrip("*"))
        parts.append(core + (r"\w*" if stem else (r"(?!\w)" if tok[-1:].isalnum() else "")))
    head = r"(?<!\w)" if tokens and tokens[0][:1].isalnum() else ""
    return head + r"[\W_]*".join(parts)


@dataclass
class Vocabulary:
    """Merged word tables. Built once per set of sources; lookups are regex searches."""
    exact: dict[str, dict[str, float]] = field(default_factory=dict)          # header key -> role -> weight
    exact_price: dict[str, dict[str, float]] = field(default_factory=dict)    # header key -> price meanings
    words: list[tuple[str, str, float]] = field(default_factory=list)         # (pattern, role, weight)
    price_words: list[tuple[str, str, float]] = field(default_factory=list)   # (pattern, meaning, weight)
    stock: dict[str, int] = field(default_factory=dict)
    totals: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    units: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)

    # -- building ---------------------------------------------------------------------------
    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Vocabulary":
        vocab = cls()
        for path in sorted(DATA_DIR.glob("*.toml")):
            vocab.add_file(path)
        vocab.compile()
        return vocab

    def add_file(self, path: Path) -> None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise VocabularyError(f"{path}: {exc}") from None
        self.add_tables(data, str(path))

    def add_tables(self, data: dict, source: str) -> None:
        unknown = set(data) - {"language", "header", "header_words", "price_words", "stock", "totals", "notes", "units"}
        if unknown:
            raise VocabularyError(f"{source}: unknown table(s) {', '.join(sorted(unknown))}")
        self.sources.append(source)
        for key, value in data.get("header", {}).items():
            where = f"{source}: header '{key}'"
            for v in value if isinstance(value, list) else [value]:
                if str(v).split()[0] in PRICE_MEANINGS:
                    meaning, weight = _meaning(v, where, PRICE_MEANINGS, 1.0)
                    self.exact_price.setdefault(header_key(key), {})[meaning] = weight
                else:
                    role, weight = _meaning(v, where, HEADER_ROLES, 1.0)
                    self.exact.setdefault(header_key(key), {})[role] = weight
        for key, value in data.get("header_words", {}).items():
            role, weight = _meaning(value, f"{source}: header_words '{key}'", HEADER_ROLES, DEFAULT_WORD_WEIGHT)
            self.words.append((_word_pattern(key), role, weight))
        for key, value in data.get("price_words", {}).items():
            for v in value if isinstance(value, list) else [value]:
                meaning, weight = _meaning(v, f"{source}: price_words '{key}'", PRICE_MEANINGS, DEFAULT_PRICE_WEIGHT)
                self.price_words.append((_word_pattern(key), meaning, weight))
        for key, units in data.get("stock", {}).items():
            if not isinstance(units, int) or isinstance(units, bool) or units < 0:
                raise VocabularyError(f"{source}: stock '{key}' = {units!r}: must be a whole number of units >= 0")
            self.stock[key.strip().lower()] = units
        self.totals += [normalize_header(w) for w in data.get("totals", {}).get("words", [])]
        self.notes += [normalize_header(w) for w in data.get("notes", {}).get("starts", [])]
        for unit in data.get("units", {}).get("values", []):
            u = str(unit).strip().lower()
            self.units |= {u, u + "."}

    def extended(self, *, header_words: dict[str, str] | None = None, files: list[Path] | tuple = ()) -> "Vocabulary":
        """A copy with a config's words added: ``header_words`` keys are whole headers, or
        word patterns when they hold a '*'; values are roles or price meanings."""
        if not header_words and not files:
            return self
        copy = Vocabulary(exact={k: dict(v) for k, v in self.exact.items()},
                          exact_price={k: dict(v) for k, v in self.exact_price.items()},
                          words=list(self.words), price_words=list(self.price_words), stock=dict(self.stock),
                          totals=list(self.totals), notes=list(self.notes), units=set(self.units),
                          sources=list(self.sources))
        for path in files:
            copy.add_file(Path(path))
        if header_words:
            whole = {k: _config_meaning(v) for k, v in header_words.items() if "*" not in k}
            pattern = {k: v for k, v in header_words.items() if "*" in k and _config_meaning(v) == v}
            prices = {k: _config_meaning(v) for k, v in header_words.items() if "*" in k and _config_meaning(v) != v}
            copy.add_tables({"header": whole, "header_words": pattern, "price_words": prices}, "config header_words")
        copy.compile()
        return copy

    def compile(self) -> None:
        def grouped(entries):
            by: dict[tuple[str, float], list[str]] = {}
            for pattern, meaning, weight in entries:
                by.setdefault((meaning, weight), []).append(pattern)
            # Longest alternatives first so that a phrase wins over its first word.
            return [(meaning, weight, re.compile("|".join(sorted(ps, key=len, reverse=True))))
                    for (meaning, weight), ps in by.items()]

        self._words = grouped(self.words)
        self._price = grouped(self.price_words)
        self._price_any = {m: re.compile("|".join(p for p, mm, _w in self.price_words if mm == m) or r"(?!x)x")
                           for m in PRICE_MEANINGS}
        totals = "|".join(re.escape(w) for w in sorted(set(self.totals), key=len, reverse=True)) or r"(?!x)x"
        self.total_word = re.compile(rf"^({totals})\b", re.I)
        self.total_word_re2 = rf"(?i)^({totals})(?:[^\pL]|$)"
        notes = "|".join(re.escape(w) for w in sorted(set(self.notes), key=len, reverse=True)) or r"(?!x)x"
        self.note_start = re.compile(rf"^(\*+\s|{notes})", re.I)

    # -- lookups ----------------------------------------------------------------------------
    def _plain_roles(self, h: str) -> dict[str, float]:
        scores: dict[str, float] = dict(self.exact.get(header_key(h), {}))
        for role, weight, pattern in self._words:
            if weight > scores.get(role, 0) and pattern.search(h):
                scores[role] = weight
        price = self._price_weight(h)
        # A price word proper outweighs a discount or sum word beside it ("Цена со скидкой");
        # a weaker hint ("руб.", "€") does not ("Сумма, руб.", "Скидка, €").
        if price >= 1.0:
            scores.pop("ignore", None)
        if price and not scores.get("ignore"):
            scores["price"] = price
            scores.pop("currency", None)  # "Цена, руб." is a price, not a currency column
        return scores

    def _price_weight(self, h: str) -> float:
        exact = self.exact_price.get(header_key(h), {})
        if exact:
            return max(exact.values()) if "price" not in exact else exact["price"]
        best = 0.0
        for meaning, weight, pattern in self._price:
            if meaning == "price" and weight > best and pattern.search(h):
                best = weight
        return best

    def header_roles(self, header: str) -> dict[str, float]:
        """Role -> weight the header text alone gives (``price`` for any price column).

        1C writes attribute paths ("Номенклатура.Код": the code of the item) and level lists
        ("Ценовая группа/ Номенклатура/ Характеристика"): a path is read by its last part,
        a level list by its strongest part."""
        h = normalize_header(str(header)[:MAX_HEADER_CHARS])
        if not h:
            return {}
        path = re.split(r"(?<=[^\W\d_]{3})\.(?=[^\W\d_]{2})", h)
        if len(path) > 1 and " " not in path[-1]:
            last = self._plain_roles(path[-1])
            if last:
                return last
        levels = [p for p in re.split(r"\s*/\s+|\s+/\s*", h) if p]
        if len(levels) > 1:
            merged: dict[str, float] = {}
            for part in levels:
                for role, weight in self._plain_roles(part).items():
                    merged[role] = max(weight, merged.get(role, 0))
            return merged
        return self._plain_roles(h)

    def qualifier(self, header: str, meaning: str) -> re.Match | None:
        """The first word of the header with this price meaning (cost, msrp, net, gross)."""
        exact = self.exact_price.get(header_key(header), {})
        h = normalize_header(header)
        if meaning in exact:
            return re.match(r".+", h)
        return self._price_any[meaning].search(h)

    def price_kind(self, header: str) -> tuple[str | None, str]:
        """("cost" | "msrp" | None, why) from a price column's header."""
        cost, msrp = self.qualifier(header, "cost"), self.qualifier(header, "msrp")
        if msrp and not cost:
            return "msrp", f"'{msrp.group(0)}' means a retail price"
        if cost and not msrp:
            return "cost", f"'{cost.group(0)}' means a purchase price"
        if cost and msrp:
            # "Цена опт. (РРЦ -10%)": the first qualifier is what the column is.
            return ("cost", f"'{cost.group(0)}' comes first") if cost.start() < msrp.start() else \
                ("msrp", f"'{msrp.group(0)}' comes first")
        return None, "a price without a purchase/retail qualifier"

    def vat_hint(self, header: str) -> bool | None:
        """False for net prices ("Cena netto", "€ без ПДВ"), True for gross, None when silent."""
        if self.qualifier(header, "net"):
            return False
        if self.qualifier(header, "gross"):
            return True
        return None

    def best_role(self, text: str) -> tuple[str | None, float]:
        """The strongest role a header names (``ignore`` only when nothing else is named)."""
        roles = self.header_roles(text)
        roles.pop("ignore", None) if roles.get("ignore", 0) < max(roles.values(), default=0) else None
        if not roles:
            return None, 0.0
        role = max(roles, key=lambda r: (roles[r], r == "price"))
        return role, roles[role]


@lru_cache(maxsize=64)
def vocabulary_for(header_words: tuple = (), files: tuple = ()) -> Vocabulary:
    """The default vocabulary extended by a config (cached: one build per distinct config)."""
    return Vocabulary.default().extended(header_words=dict(header_words), files=[Path(f) for f in files])


def _config_meaning(value: str) -> str | list[str]:
    # In a config, "cost" / "msrp" name a price column of that kind.
    word = str(value).split()[0] if str(value).split() else ""
    return ["price 1.0", value] if word in ("cost", "msrp") else value


class _Pattern:
    """A module-level stand-in for a compiled regex over the default vocabulary's words of
    one price meaning (``COST_WORD.search(header)``)."""

    def __init__(self, meaning: str) -> None:
        self.meaning = meaning

    def search(self, text: str):
        return Vocabulary.default()._price_any[self.meaning].search(text)


PRICE_WORD, COST_WORD, MSRP_WORD = _Pattern("price"), _Pattern("cost"), _Pattern("msrp")
NET_WORD, GROSS_WORD = _Pattern("net"), _Pattern("gross")


def __getattr__(name: str):
    # Row-kind patterns and unit values come from the data files on first use.
    if name.startswith("__"):
        raise AttributeError(name)
    vocab = Vocabulary.default()
    table = {"TOTAL_WORD": vocab.total_word, "TOTAL_WORD_RE2": vocab.total_word_re2,
             "NOTE_START": vocab.note_start, "UNIT_VALUES": frozenset(vocab.units),
             "STOCK_WORDS": dict(vocab.stock)}
    if name in table:
        return table[name]
    raise AttributeError(name)


def header_roles(header: str) -> dict[str, float]:
    return Vocabulary.default().header_roles(header)


def price_kind(header: str) -> tuple[str | None, str]:
    return Vocabulary.default().price_kind(header)


def vat_hint(header: str) -> bool | None:
    return Vocabulary.default().vat_hint(header)


def best_role(text: str) -> tuple[str | None, float]:
    return Vocabulary.default().best_role(text)
