"""The price a person sees, for pages without structured data.

Every short text that parses as a price is a candidate; each is scored by what the page
says about it: a currency in the text, ``price`` in its class/id, standing after the
product title (``<h1>``), shown in several places; and against it: crossed out or
labelled old/regular/was, savings/shipping/instalment/per-unit amounts, inside "related
products" carousels, menus or links to other pages, one of a list of alike items. The
best candidate must clear a threshold: no price is better than a wrong one, which would
reach the pricing rules. ``Candidate.reasons`` keeps the why of every score.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from pricesync.parse.currency import find_currencies, normalize_currency
from pricesync.parse.price import parse_price
from pricesync.scrape import cues
from pricesync.scrape.schema import ProductInfo

MAX_TEXT = 40          # longer texts are sentences, not price tags
MIN_SCORE = 4
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "option", "select", "textarea",
              "svg", "button", "input", "label", "iframe", "code", "pre"}
_CENTS_TAGS = {"sup", "span", "small", "b", "i", "em", "strong", "u"}
_TEXT_WITH_DIGITS = ("//body//text()[contains(translate(., '0123456789', '##########'), '#')]"
                     "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
                     " or ancestor::select or ancestor::textarea or ancestor::svg or ancestor::button)]")


@dataclass
class Candidate:
    element: object
    text: str
    amount: Decimal
    currency: str | None
    position: int                      # in document order
    old: bool = False                  # crossed out / labelled as the old price
    side: bool = False                 # savings, shipping, per-unit, instalment amounts
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    ancestors: list = field(default_factory=list, repr=False)

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(f"{points:+g} {reason}")


def analyse(doc) -> list[Candidate]:
    """Every price-looking text of the page, scored."""
    order = {el: i for i, el in enumerate(doc.iter())}
    cands = _candidates(doc, order)
    title_at = next((order.get(h1) for h1 in doc.iter("h1") if re.search(r"\w", h1.text_content() or "")), None)
    alike: dict[str, int] = {}
    for c in cands:
        alike[_signature(c.element)] = alike.get(_signature(c.element), 0) + 1
    for c in cands:
        _score(c, title_at, alike)
    _adjust_for_neighbours(cands)
    return cands


def best_candidate(cands: list[Candidate]) -> Candidate | None:
    if not cands:
        return None
    best = max(cands, key=lambda c: (c.score, -c.position))
    return best if best.score >= MIN_SCORE else None


def visible_product(doc, *, meta: dict[str, str] | None = None, cands: list[Candidate] | None = None
                    ) -> ProductInfo | None:
    best = best_candidate(analyse(doc) if cands is None else cands)
    if best is None:
        return None
    return ProductInfo(price=best.amount, currency=best.currency or _page_currency(doc, meta or {}),
                       method="visible", extras={"element": best.element})


# -- candidates ---------------------------------------------------------------------------
def _candidates(doc, order: dict) -> list[Candidate]:
    seen: set = set()
    found: list[Candidate] = []
    for text_node in doc.xpath(_TEXT_WITH_DIGITS):
        el = text_node.getparent()
        if el is not None and text_node.is_tail:
            el = el.getparent()
        crossed_out: set[Decimal] = set()   # amounts of old-price elements passed on the way up
        # The text's element and up to two parents: "$" and "12.99" often sit in siblings.
        for _ in range(3):
            if el is None or el in seen or not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
                break
            seen.add(el)
            text = _compact_text(el)
            if text is None:
                break
            if re.search(r"\d", text) and not re.search(r"\d\s?%", text):
                parsed = parse_price(text)
                if parsed.amount is not None and parsed.amount > 0 and _looks_like_price(text, el):
                    if cues.is_old_element(el):
                        crossed_out.add(parsed.amount)
                    cand = Candidate(el, text, parsed.amount, parsed.currency, order.get(el, 0))
                    # <div><s>€ 99,00</s></div>: the div shows only the crossed-out price.
                    cand.old = parsed.amount in crossed_out
                    cand.ancestors = [a for a in el.iterancestors() if a.tag not in ("body", "html")]
                    found.append(cand)
            el = el.getparent()
    return found


def _compact_text(el, limit: int = MAX_TEXT) -> str | None:
    """Visible text of ``el`` with whitespace squeezed, or None when longer than ``limit``.
    Cents in a superscript (``$229<sup>99</sup>``) get their decimal point back."""
    parts: list[str] = []
    budget = [limit * 4]

    def visit(node) -> bool:
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag or tag in _SKIP_TAGS:
            return True
        text = node.text or ""
        # "$229<sup>99</sup>", "$229<span class="rightEndPrice">99</span>": two digits in
        # an inline element glued to the amount are its cents.
        if tag in _CENTS_TAGS and re.fullmatch(r"\d{2}", text.strip()) and parts \
                and re.search(r"\d$", parts[-1]) and not re.search(r"[.,]\d{1,2}$", parts[-1]):
            text = "." + text.strip()
        parts.append(text)
        budget[0] -= len(text)
        for child in node:
            if not visit(child):
                return False
            if child.tail:
                parts.append(child.tail)
                budget[0] -= len(child.tail)
        return budget[0] >= 0

    if not visit(el):
        return None
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    return text if len(text) <= limit else None


def _looks_like_price(text: str, el) -> bool:
    """A currency in the text, or a bare number with a price-ish class on it or close
    above it; other numbers (ratings, counts, years) are not prices."""
    if find_currencies(text):
        return True
    if re.fullmatch(r"[\d\s.,'’\-–]+", text) is None:
        return False
    node = el
    for _ in range(3):
        if node is None:
            return False
        if cues.PRICE_ATTR.search(cues.attrs(node)):
            return True
        node = node.getparent()
    return False


# -- scoring ------------------------------------------------------------------------------
def _score(c: Candidate, title_at: int | None, alike: dict[str, int]) -> None:
    near = [c.element] + c.ancestors[:3]
    near_attrs = " ".join(cues.attrs(n) for n in near)
    if c.currency:
        c.add(2, "currency")
    else:
        c.add(-1, "no currency shown")
    if cues.PRICE_ATTR.search(cues.attrs(c.element)):
        c.add(2, "price in class/id")
    elif cues.PRICE_ATTR.search(near_attrs):
        c.add(1, "price in a parent's class/id")
    if cues.CURRENT_ATTR.search(near_attrs):
        c.add(1, "current/sale/final in class/id")
    el_id = c.element.get("id") or ""
    # A unique id naming a price ("priceblock_ourprice") marks the page's own price;
    # numbered ids ("mbc-price-1") belong to lists of offers.
    if cues.PRICE_ATTR.search(el_id) and not re.search(r"\d|\{", el_id):
        c.add(1, "unique price id")
    label = _preceding_text(c.element, 40)
    c.old = (c.old or any(cues.is_old_element(n) for n in near[:2])
             or any(a.tag in ("del", "s", "strike") for a in c.ancestors[:3])
             or bool(cues.OLD_WORDS.search(label[-25:]) or cues.OLD_WORDS.search(c.text)))
    if c.old:
        c.add(-4, "old/regular/crossed-out price")
    if cues.SIDE_WORDS.search(c.text) or cues.SIDE_WORDS.search(label[-25:]) \
            or any(cues.side_attr(n) for n in near):
        c.side = True
        c.add(-2, "savings/shipping/instalment/unit price")
    elif cues.FROM_WORDS.search(c.text) or cues.FROM_WORDS.search(label[-12:]):
        c.add(-1, "a 'from' price")
    tokens = [t for a in c.ancestors[:14] for t in cues.attrs(a).split()]
    if any(cues.ELSEWHERE_TOKEN.search(t) for t in tokens):
        c.add(-3, "inside related products/carousel/cart")
    elif any(cues.CHROME_TOKEN.search(t) and not cues.NOT_CHROME.search(t) for t in tokens):
        c.add(-3, "inside header/footer/menu")
    if any(a.tag == "a" and a.get("href") for a in c.ancestors[:5]):
        c.add(-2, "inside a link")
    if any("display:none" in (a.get("style") or "").replace(" ", "") or a.get("hidden") is not None
           for a in c.ancestors[:6]):
        c.add(-1, "hidden")
    if title_at is not None:
        # Columns make document order a rough guide: only "after the title, not far"
        # counts (header, menus and related products are far).
        d = c.position - title_at
        if 0 < d <= 2000:
            c.add(2, "soon after the title")
        elif 0 < d <= 5000 or -300 <= d < 0:
            c.add(1, "near the title")
    if alike.get(_signature(c.element), 0) >= 4:
        c.add(-1, "one of many alike (a list)")
    if len(set(re.findall(r"\d+(?:[.,'’ ]\d+)*", c.text))) > 1 and len(find_currencies(c.text)) > 1:
        c.add(-2, "a block holding several prices")
    # Price tags are short ("$87.11", "Цена: 1 299 ₽"); an amount inside a sentence
    # ("spend $590 or more to get ...") is a promotion.
    rest = re.sub(r"[\d\s.,'’:*()/+\-–]+", "", _strip_currencies(c.text))
    if len(rest) > 14:
        c.add(-2, "amount inside a sentence")
    elif len(rest) > 8:
        c.add(-1, "amount with a long label")


def _adjust_for_neighbours(cands: list[Candidate]) -> None:
    ancestor_sets = {id(c): set(c.ancestors) for c in cands}
    for c in cands:
        if c.old and _alone_in_block(c, cands, ancestor_sets):
            c.old = False
            c.add(4, "but no current price beside it")
    # A sale is shown as the crossed-out price and the current one side by side.
    for c in cands:
        if not c.old and not c.side and any(o.old and o.amount > c.amount and _siblings(c, o) for o in cands):
            c.add(2, "beside a crossed-out higher price")
    # The page's own price is usually shown more than once (price block, buy box, sticky
    # bar); another seller's or a related product's price once.
    places: dict[Decimal, int] = {}
    for c in cands:
        nested = any(o is not c and o.amount == c.amount and o.element in ancestor_sets[id(c)] for o in cands)
        if c.score >= 2 and not c.old and not nested:
            places[c.amount] = places.get(c.amount, 0) + 1
    for c in cands:
        if places.get(c.amount, 0) >= 2 and not c.old:
            c.add(1, "shown in several places")


def _siblings(a: Candidate, b: Candidate) -> bool:
    """Within two levels of a common parent (the same price block)."""
    near_a = {a.element.getparent(), *a.ancestors[:2]}
    near_b = {b.element.getparent(), *b.ancestors[:2]}
    return bool(near_a & near_b - {None})


def _alone_in_block(c: Candidate, cands: list[Candidate], ancestor_sets: dict) -> bool:
    """An "old" price with no current price in its block is the price: shops name
    classes loosely (``<span class="price-old-live">40.00€</span>`` as the only price)."""
    others = [o for o in cands if o.amount != c.amount]
    for node in [c.element] + c.ancestors[:4]:
        inside = [o for o in others if node in ancestor_sets[id(o)]]
        if inside:
            return all(o.old or o.side for o in inside)
    return True


def _strip_currencies(text: str) -> str:
    for m in reversed(find_currencies(text)):
        text = text[:m.start] + text[m.end:]
    return text


def _signature(el) -> str:
    parent = el.getparent()
    return f"{parent.tag if parent is not None else ''}/{el.tag}.{el.get('class') or ''}"


def _preceding_text(el, limit: int) -> str:
    """Up to ``limit`` characters of text right before ``el`` (its label: "Was", "Price")."""
    parts: list[str] = []
    node, size = el, 0
    while node is not None and size < limit:
        prev = node.getprevious()
        while prev is not None and size < limit:
            if isinstance(prev.tag, str) and prev.tag not in _SKIP_TAGS:
                text = (prev.text_content() or "") + (prev.tail or "")
                parts.insert(0, text)
                size += len(text)
            prev = prev.getprevious()
        parent = node.getparent()
        if parent is not None and parent.text:
            parts.insert(0, parent.text)
            size += len(parent.text)
        node = parent if size < limit else None
    return re.sub(r"\s+", " ", "".join(parts))[-limit:]


def _page_currency(doc, meta: dict[str, str]) -> str | None:
    for key in ("product:price:currency", "og:price:currency", "pricecurrency"):
        if meta.get(key):
            return normalize_currency(meta[key])
    for el in doc.xpath("//*[@itemprop='priceCurrency']"):
        code = normalize_currency(el.get("content") or el.text_content())
        if code:
            return code
    return None
