"""XML price feeds other than YML: Kaspi ``kaspi_catalog``, Heureka/Zboží ``SHOP/SHOPITEM``,
Google Merchant RSS/Atom (``g:`` fields), Ceneo ``offers/o``, Hotline/Prom ``price/items/item``
and any flat feed whose root (or one or two wrappers) holds a repeated record element with
a price field (salidzini.lv ``root/item``, kaina24 ``products/product``...).

One reader serves them all: the record is the repeated element found in the head of the
file, and each of its attributes, children and named properties (``<a name="EAN">``) gets a
role through the tag words of ``pricesync/ingest/data/feed_fields.toml`` (data, not code).
The named formats only add what the words cannot say: the root that names them, per-city
prices and per-store stock (containers), availability codes. Only direct children are read,
so a nested ``g:shipping/g:price`` (a shipping fee) or ``DELIVERY/DELIVERY_PRICE`` is never
taken for the price.

Safety as for YML: a document declaring entities is refused before parsing; the parser
neither resolves entities nor loads DTDs or anything from the network, and iterparse keeps
memory bounded (each record is dropped once read).
"""
from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from pricesync.errors import ConfigError, InputError
from pricesync.ingest.readers import Book, ReadOptions, Sheet, register_reader
from pricesync.ingest.readers.yml import _ENTITY_DECL, category_paths

GENERIC = "xml_feed"
SCAN_BYTES = 1 << 20          # the head read to find the record element
_CHUNK = 16 * 1024
# Columns of the sheet a feed becomes (only those the feed fills), roles fixed.
ROLE_ORDER = ("sku", "mpn", "name", "brand", "ean", "cost", "msrp", "currency", "stock", "category")
PARSER_OPTS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                   remove_comments=True, remove_pis=True)
_NOT_WORD = re.compile(r"[\W_]+")
_DERIVED = (1000,)            # the rank of a value derived from another field
_MAX_DEPTH = 4                # records sit at most this deep under the root (root/shop/offers/group/o)
_VALUE_ATTRS = ("value", "amount", "val")   # <price value="12.50" currency="EUR"/>


class NotAFeed(InputError):
    """An XML file that is not a price feed (or not well-formed): ``sniff`` may still take
    it for an HTML table; an entity declaration is never excused this way."""


@lru_cache(maxsize=8192)
def word(text: str) -> str:
    """A tag or property name as the word table writes it: lower case, letters and digits."""
    return _NOT_WORD.sub("", text.lower())


def _split(tag: str) -> tuple[str | None, str]:
    """(namespace or None, local name) of an lxml tag or attribute name."""
    if tag[:1] == "{":
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return None, tag


@dataclass(frozen=True)
class FeedWords:
    role_of: dict[str, tuple[str, int]]                 # word -> (role, priority: lower wins)
    role_size: dict[str, int]                           # role -> number of words
    prefer_ns: frozenset[str]
    price_currency: dict[str, str]
    containers: dict[str, str]                          # container word -> "cost" | "stock"
    availability: dict[str, str]                        # value -> stock word, any field
    field_availability: dict[str, dict[str, str]]       # field word -> value -> stock word
    formats: tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...]  # kind, roots, records, ns
    placeholders: dict[str, frozenset[str]]             # role -> values that mean "not known"


EXTRA_FIELDS_ENV = "PRICESYNC_FEED_FIELDS"


@lru_cache(maxsize=1)
def feed_words() -> FeedWords:
    """The shipped tag words, with those of the TOML file named by $PRICESYNC_FEED_FIELDS
    (same tables) in front: its words win, its values replace the shipped ones."""
    import os
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("pricesync.ingest").joinpath("data/feed_fields.toml")
                         .read_text(encoding="utf-8"))
    extra = os.environ.get(EXTRA_FIELDS_ENV)
    if extra:
        try:
            data = _merged(tomllib.loads(Path(extra).read_text(encoding="utf-8")), data)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read the feed field words: {exc}", key=EXTRA_FIELDS_ENV) from None
    role_of: dict[str, tuple[str, int]] = {}
    for role, words in data["roles"].items():
        for i, w in enumerate(words):
            role_of.setdefault(word(w), (role, i))
    containers = {word(w): role for role, words in data.get("containers", {}).items() for w in words}
    avail = data.get("availability", {})
    formats = tuple((kind, frozenset(map(word, f["roots"])), frozenset(map(word, f["records"])),
                     frozenset(f.get("namespaces", ()))) for kind, f in data.get("formats", {}).items())
    blank = data.get("placeholders", {})
    placeholders = {role: frozenset(v.strip().lower() for v in blank.get("values", ()))
                    for role in blank.get("roles", ())}
    return FeedWords(
        role_of=role_of, role_size={r: len(w) for r, w in data["roles"].items()},
        prefer_ns=frozenset(data.get("prefer_namespaces", ())),
        price_currency={word(k): v for k, v in data.get("price_currency", {}).items()},
        containers=containers,
        availability={k.strip().lower(): v for k, v in avail.get("words", {}).items()},
        field_availability={word(f): {k.strip().lower(): v for k, v in t.items()}
                            for f, t in avail.get("fields", {}).items()},
        formats=formats, placeholders=placeholders)


def _merged(first: dict, then: dict) -> dict:
    """Tables merged key by key; lists joined (``first``'s words in front), other values
    from ``first``."""
    out = dict(then)
    for key, value in first.items():
        if isinstance(value, dict) and isinstance(then.get(key), dict):
            out[key] = _merged(value, then[key])
        elif isinstance(value, list) and isinstance(then.get(key), list):
            out[key] = value + [v for v in then[key] if v not in value]
        else:
            out[key] = value
    return out


# -- the head: root element, format, record element ---------------------------------------

@dataclass
class FeedHead:
    root: str                   # local name of the root element as written
    kind: str | None            # a format of feed_fields.toml, GENERIC, or None (not a feed)
    record: str | None = None   # the record element's tag as lxml writes it ("{ns}item")
    depth: int | None = None    # its depth under the root (1 = a child of the root); None = any
    encoding: str | None = None  # set when the feed declares none and is not UTF-8


def refuse_entities(data: bytes, path: Path) -> None:
    """Entity declarations sit in the DOCTYPE, before the root element: refuse them there."""
    text = _as_text(data[:SCAN_BYTES])
    m = re.search(r"<[^\s?!/]", text)
    if _ENTITY_DECL.search(text[: m.start() if m else len(text)].encode("utf-8", "replace")):
        raise InputError("XML declares entities (an entity-expansion bomb or external references); refused",
                         file=str(path))


def _as_text(data: bytes) -> str:
    return data.decode(_as_utf16(data) or "latin-1", errors="replace")


def _as_utf16(data: bytes) -> str | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(data) > 1 and data[1] == 0 and data[0] != 0:
        return "utf-16-le"
    if len(data) > 1 and data[0] == 0 and data[1] != 0:
        return "utf-16-be"
    return None


def scan_head(path: Path, head: bytes | None = None) -> FeedHead:
    """Root, format and record element from the first ``SCAN_BYTES`` of the file (entity
    declarations refused, malformed XML named with its line)."""
    from lxml import etree

    from pricesync.ingest.sniff import decodes_as_utf8, guess_single_byte

    if head is None or len(head) < SCAN_BYTES:
        with path.open("rb") as fh:
            head = fh.read(SCAN_BYTES)
    refuse_entities(head, path)
    W = feed_words()
    encoding = None
    declared = _DECLARED_ENCODING.match(head[:200])
    if (not declared or declared.group(1).lower().replace(b"-", b"") == b"utf8") and not _as_utf16(head) \
            and not decodes_as_utf8(head):
        # no encoding (or UTF-8) declared, and not UTF-8: a cp1251 (or other single-byte) feed
        encoding = guess_single_byte(head)
    root, counts, fields, namespaces, error = _scan(head, W, encoding)
    if root is None:
        if error is not None:
            raise NotAFeed(f"is not well-formed XML: {error.msg} (line {error.lineno})", file=str(path))
        raise NotAFeed("is an XML file without a root element", file=str(path))
    found = _classify(etree.QName(root).localname, counts, fields, namespaces, W, whole=len(head) < SCAN_BYTES)
    found.encoding = encoding
    return found


_DECLARED_ENCODING = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)", re.IGNORECASE)


def _scan(head: bytes, W: FeedWords, encoding: str | None):
    """Element counts at depths 1 to ``_MAX_DEPTH`` and the field words under each, from a pull parser fed
    the head chunk by chunk (stopping once a record element is clear)."""
    from lxml import etree

    parser = etree.XMLPullParser(events=("start", "end", "start-ns"), encoding=encoding, **PARSER_OPTS)
    stack: list[str] = []
    counts: Counter = Counter()
    fields: dict[tuple[str, int], set[str]] = {}
    namespaces: set[str] = set()
    root = None
    error = None
    for at in range(0, len(head), _CHUNK):
        try:
            parser.feed(head[at: at + _CHUNK])
        except etree.XMLSyntaxError as exc:
            error = exc
        for event, obj in parser.read_events():
            if event == "start-ns":
                namespaces.add(obj[1])
            elif event == "start":
                depth = len(stack)
                if depth == 0:
                    root = obj
                if 1 <= depth <= _MAX_DEPTH:
                    key = (obj.tag, depth)
                    counts[key] += 1
                    fields.setdefault(key, set()).update(word(etree.QName(a).localname) for a in obj.attrib)
                if 2 <= depth <= _MAX_DEPTH + 1:
                    fields.setdefault((stack[-1], depth - 1), set()).add(word(etree.QName(obj).localname))
                stack.append(obj.tag)
            elif event == "end":
                stack.pop()
                if len(stack) == 1:
                    obj.clear()
        if error is not None or (root is not None and _choose(counts, fields, W, None, enough=2)):
            break
    return root, counts, fields, namespaces, error


def _classify(local: str, counts: Counter, fields, namespaces: set[str], W: FeedWords, *, whole: bool) -> FeedHead:
    from lxml import etree

    root_word = word(local)
    for kind, roots, records, needs_ns in W.formats:
        if root_word in roots and (not needs_ns or needs_ns & namespaces):
            key = _choose(counts, fields, W, records, enough=1) or _choose(counts, fields, W, None, enough=1)
            if key is None and whole:  # the whole file, and no offer in it
                break
            if key is None:  # no record in the head (a huge first one): any depth, by name
                return FeedHead(local, kind, "{*}" + sorted(records)[0], None)
            return FeedHead(local, kind if word(etree.QName(key[0]).localname) in records else GENERIC, *key)
    key = _choose(counts, fields, W, None, enough=1)
    return FeedHead(local, GENERIC if key else None, *(key or (None, None)))


def _choose(counts: Counter, fields, W: FeedWords, names, *, enough: int):
    """The record element: of the given names (any fields), or else the most repeated
    element with a price field and a name or code field."""
    from lxml import etree

    best = None
    for key, n in counts.items():
        if n < enough:
            continue
        if names is not None:
            if word(etree.QName(key[0]).localname) not in names:
                continue
        else:
            roles = {W.role_of[w][0] for w in fields.get(key, ()) if w in W.role_of}
            roles |= {W.containers[w] for w in fields.get(key, ()) if w in W.containers}
            if "cost" not in roles or not roles & {"name", "sku", "mpn"}:
                continue
        if best is None or (n, -key[1]) > (counts[best], -best[1]):
            best = key
    return best


def xml_kind(path: Path, head: bytes) -> str:
    """``sniff``'s answer for an XML file: a feed kind, ``html`` for an XHTML document, or
    one line saying what the root element is."""
    found = scan_head(path, head)
    if found.root.lower() in ("html", "table", "body"):
        return "html"
    if found.kind is None:
        raise NotAFeed(f"is an XML file (root element <{found.root}>) but not a YML catalog or another price "
                         "feed pricesync reads (no repeated element with a price field)", file=str(path))
    if found.kind not in FORMAT_KINDS + (GENERIC,):
        register_reader(found.kind)(read_feed)
    return found.kind


# -- reading ---------------------------------------------------------------------------------

def read_feed(path: Path, options: ReadOptions) -> Book:
    import pandas as pd
    from lxml import etree

    head = scan_head(path)
    if head.record is None:
        raise InputError(f"XML root <{head.root}> holds no repeated offer element", file=str(path))
    W = feed_words()
    local = head.record.rsplit("}", 1)[-1]
    tags = sorted({head.record, "{*}" + local} | {"{*}" + t for n in ("category", "currency")
                                                  for t in (n, n.capitalize(), n.upper())})
    categories: dict[str, tuple[str, str | None]] = {}
    currencies: list[tuple[str, str | None]] = []
    records: list[tuple[dict[str, str], dict[str, tuple[tuple, str]]]] = []
    lines: list[int] = []
    try:
        # a supplier's configured encoding wins over the declared or guessed one
        forced = (options.encoding or "").lower().replace("_", "-").removesuffix("-sig") or head.encoding
        for _event, el in etree.iterparse(str(path), events=("end",), tag=tags, encoding=forced, **PARSER_OPTS):
            if etree.QName(el).localname == local and _at_depth(el, head):
                records.append(_record(el, W))
                lines.append(el.sourceline or 0)
                el.clear(keep_tail=False)
                parent = el.getparent()
                while parent is not None and el.getprevious() is not None:
                    del parent[0]
            elif not _inside(el, local):
                _feed_level(el, categories, currencies)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"is not well-formed XML: {exc.msg} (line {exc.lineno})", file=str(path)) from None
    if not records:
        raise InputError(f"XML root <{head.root}> holds no <{local}> offer elements", file=str(path))
    feed_currency = _feed_currency(currencies)
    paths = category_paths(categories, options, path)
    # Each column is named after the best field that fed it anywhere in the file (not the
    # most frequent one), so the header - which the structure guard compares between runs -
    # changes only when a field appears in or disappears from the whole feed.
    labels: dict[str, tuple[tuple, str]] = {}
    rows = []
    for values, sources in records:
        if not values.get("currency") and feed_currency and values.get("cost"):
            values["currency"], sources["currency"] = feed_currency, (_DERIVED + (1,), "currency")
        cat = values.get("category", "")
        if cat in paths:
            values["category"] = paths[cat]
        elif not cat and values.get("category_id"):
            cid = values["category_id"]
            key, label = sources["category_id"]
            values["category"], sources["category"] = paths.get(cid, cid), ((key[0], _DERIVED[0] + key[1]), label)
        for role, source in sources.items():
            if role in ROLE_ORDER and values.get(role) and (role not in labels or source < labels[role]):
                labels[role] = source
        rows.append(values)
    present = [r for r in ROLE_ORDER if r in labels]
    header = [labels[r][1] for r in present]
    cells = pd.DataFrame([header] + [[v.get(r, "") for r in present] for v in rows], dtype=object)
    sheet = Sheet(name="", cells=cells, fixed_roles={r: i for i, r in enumerate(present)},
                  row_numbers=pd.Series([0] + lines, dtype="int64"))
    return Book(path=path, kind=head.kind or GENERIC, sheets=[sheet], encoding="xml")


def _at_depth(el, head: FeedHead) -> bool:
    """A record where the head found them (and never a record nested in another one)."""
    depth, parent = 0, el.getparent()
    while parent is not None:
        if _local(parent) == _local(el):
            return False
        depth, parent = depth + 1, parent.getparent()
    return head.depth is None or depth == head.depth


def _local(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _inside(el, local: str) -> bool:
    parent = el.getparent()
    while parent is not None:
        if _local(parent) == local:
            return True
        parent = parent.getparent()
    return False


def _child_text(el, *names: str) -> str:
    for child in el:
        if word(_local(child)) in names and child.text and child.text.strip():
            return child.text.strip()
    return ""


def _feed_level(el, categories: dict, currencies: list) -> None:
    """The feed's category list (YML/Hotline/Prom style, ids in attributes or children)
    and its declared currency."""
    attrs = {word(k): v.strip() for k, v in el.attrib.items()}
    if word(_local(el)) == "category":
        cid = attrs.get("id") or _child_text(el, "id")
        title = (el.text or "").strip() or _child_text(el, "name", "title")
        if cid and title:
            categories[cid] = (title, attrs.get("parentid") or _child_text(el, "parentid") or None)
    else:
        code = attrs.get("code") or attrs.get("id") or (el.text or "").strip()
        if re.fullmatch(r"[A-Za-z]{3}", code):
            currencies.append((code.upper(), attrs.get("rate")))


def _feed_currency(currencies: list[tuple[str, str | None]]) -> str:
    codes = {c for c, _ in currencies}
    if len(codes) == 1:
        return codes.pop()
    base = {c for c, rate in currencies if rate is not None and rate.strip() in ("1", "1.0", "1.00")}
    return base.pop() if len(base) == 1 else ""


# -- one record ------------------------------------------------------------------------------

def _record(el, W: FeedWords) -> tuple[dict[str, str], dict[str, tuple[tuple, str]]]:
    """(role -> value, role -> (rank, field name)) for one offer element: the lower the
    rank, the better the field (own before property, list order, preferred namespace)."""
    found: dict[str, tuple[tuple, str, str, str]] = {}   # role -> (rank, value, label, word)

    def offer(w: str, value: str | None, label: str, rank: int, ns: str | None = None,
              role: str | None = None, prio: int | None = None) -> None:
        value = (value or "").strip()
        if not value:
            return
        if role is None:
            if w not in W.role_of:
                return
            role, prio = W.role_of[w]
        if value.lower() in W.placeholders.get(role, ()):
            return
        key = (rank, prio, 0 if ns in W.prefer_ns else 1)
        if role not in found or key < found[role][0]:
            found[role] = (key, value, label, w)

    for name, value in el.attrib.items():
        ns, local = _split(name)
        offer(word(local), value, "@" + local, 0, ns)
    for child in el:
        if not isinstance(child.tag, str):
            continue
        ns, local = _split(child.tag)
        w = word(local)
        label = (child.prefix + ":" + local) if child.prefix else local
        if len(child):
            role = W.containers.get(w)
            if role == "cost":
                offer(w, _lowest_price(child), label, 0, role="cost", prio=W.role_size["cost"])
            elif role == "stock":
                offer(w, _store_stock(child, W), label, 0, role="stock", prio=W.role_size["stock"])
            elif role == "category":  # <categories><category>A</category>...: the first one
                first = next((c.text for c in child if isinstance(c.tag, str) and (c.text or "").strip()), "")
                offer(w, first, label, 0, role="category", prio=W.role_size["category"])
            for prop in child:
                if isinstance(prop.tag, str) and prop.get("name"):
                    offer(word(prop.get("name")), prop.text, f"{label}[{prop.get('name')}]", 1)
            continue
        if w in W.role_of:
            text = child.text if (child.text or "").strip() else next(
                (child.get(a) for a in _VALUE_ATTRS if child.get(a)), None)
            offer(w, text, label, 0, ns)
        elif child.get("name"):  # <param name="EAN">...</param>
            offer(word(child.get("name")), child.text, f"{label}[{child.get('name')}]", 1)
        for name, value in child.attrib.items():  # <price currency="EUR">
            a = _split(name)[1]
            if W.role_of.get(word(a), ("",))[0] == "currency":
                offer(word(a), value, f"{label}@{a}", 1)

    values = {role: v for role, (_k, v, _l, _w) in found.items()}
    sources = {role: (key, label) for role, (key, _v, label, _w) in found.items()}
    fields = {role: w for role, (_k, _v, _l, w) in found.items()}
    sale = values.pop("sale", "")
    if sale and _positive(sale) and _sale_on(values.get("sale_dates", "")):
        if values.get("cost") and not values.get("msrp"):
            values["msrp"], sources["msrp"] = values["cost"], (_DERIVED, sources["cost"][1])
        # the column keeps the regular price's name: a sale starting does not change the header
        sources.setdefault("cost", sources["sale"])
        values["cost"], fields["cost"] = sale, fields["sale"]
    if not values.get("currency") and fields.get("cost") in W.price_currency:
        values["currency"], sources["currency"] = W.price_currency[fields["cost"]], (_DERIVED, sources["cost"][1])
    if values.get("stock"):
        values["stock"] = _stock_word(W, fields["stock"], values["stock"])
    elif values.get("available"):
        values["stock"] = _stock_word(W, fields["available"], values["available"])
        key, label = sources["available"]
        sources["stock"] = ((key[0], _DERIVED[0] + key[1], key[2]), label)
    return values, sources


def _stock_word(W: FeedWords, field: str, value: str) -> str:
    """An availability value as a word the stock parser reads; unknown values as written."""
    key = " ".join(value.split()).lower()
    table = W.field_availability.get(field, {})
    if key in table:
        return table[key]
    if key in W.availability:
        return W.availability[key]
    if "#" in table and re.fullmatch(r"\d+(?:[.,]\d+)?", key):
        return table["#"]
    return table.get("*", value)


def _positive(text: str) -> bool:
    from pricesync.parse.price import parse_price

    try:
        amount = parse_price(text).amount
    except Exception:  # noqa: BLE001 - an unreadable price is simply not a price
        return False
    return amount is not None and amount > 0


def _lowest_price(container) -> str:
    """Per-city / per-store prices: the lowest positive one, as written."""
    from pricesync.parse.price import parse_price

    best, best_text = None, ""
    for el in container:
        text = (el.text or "").strip() if isinstance(el.tag, str) else ""
        if not text:
            continue
        amount = parse_price(text).amount
        if amount is not None and amount > 0 and (best is None or amount < best):
            best, best_text = amount, text
    return best_text


def _store_stock(container, W: FeedWords) -> str:
    """Per-store availability (Kaspi ``<availability available="yes" stockCount="3">``,
    YML ``<outlet instock="5">``): the counts of the stores that have it summed; without
    counts, "in stock" if any store has it."""
    from pricesync.parse.stock import read_stock

    total, counted, flags = 0, False, []
    for el in container:
        if not isinstance(el.tag, str):
            continue
        fields = {word(k): v for k, v in el.attrib.items()}
        fields.update({word(_local(c)): (c.text or "") for c in el if isinstance(c.tag, str)})
        flag = next((_stock_word(W, w, v) for w, v in fields.items()
                     if W.role_of.get(w, ("",))[0] == "available" and v.strip()), None)
        if flag is not None and read_stock(flag) == (0, True):
            continue
        count = next((v.strip() for w, v in fields.items()
                      if W.role_of.get(w, ("",))[0] == "stock" and re.fullmatch(r"-?\d+", v.strip())), None)
        if count is None and flag is not None and re.fullmatch(r"\d+", flag):  # <outlet instock="5">
            count = flag
        if count is not None:
            total, counted = total + max(int(count), 0), True
        elif flag is not None:
            flags.append(flag)
    if counted:
        return str(total)
    if flags:
        return "in stock"
    has_flags = any(W.role_of.get(word(k), ("",))[0] == "available" for el in container
                    if isinstance(el.tag, str) for k in el.attrib)
    return "out of stock" if has_flags else ""


def _sale_on(dates: str) -> bool:
    """Google's ``sale_price_effective_date`` ("start/end", ISO 8601): is the sale on now?
    Without dates, or dates that cannot be read, it is."""
    parts = [p.strip() for p in dates.split("/")] if dates.strip() else []
    if len(parts) != 2:
        return True
    now = datetime.now(timezone.utc)
    try:
        start, end = (datetime.fromisoformat(p.replace("Z", "+00:00")) for p in parts)
    except ValueError:
        return True
    start, end = (d if d.tzinfo else d.replace(tzinfo=timezone.utc) for d in (start, end))
    return start <= now <= end


# One reader for the generic kind and the formats feed_fields.toml ships (a format added by
# $PRICESYNC_FEED_FIELDS is registered when sniff first reports it).
FORMAT_KINDS = ("kaspi", "heureka", "google_merchant", "ceneo", "price_xml")
register_reader(GENERIC, *FORMAT_KINDS)(read_feed)
