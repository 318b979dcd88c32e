"""Words and class names that tell what a number on a page is.

Shops in many languages label prices the same few ways; these lists are the vocabulary
of the visible-price reader (``visible.py``) and of the structured-data decoy check.
"""
from __future__ import annotations

import re

PRICE_ATTR = re.compile(r"(?i)price|cena|cijena|preis|prix|prezzo|precio|preco|preço|цена|ціна|cost|amount|"
                        r"betrag|hinta|kaina|pret|fiyat")
CURRENT_ATTR = re.compile(r"(?i)current|actual|sale|special|final|our|now|new|main|buybox|deal|promo|offer|"
                          r"selling|akci|aktu|dis_price|std_price|discount-?price|price-?discount")
# Words of class/id names ("priceOld", "price-old", "old_price" -> price, old); whole
# words, because "old" is also inside "bold" and "golden", "tax" names the main price in
# "price-including-tax".
# On the price element or its parent: a price that is not the one to pay now.
OLD_WORDS_ATTR = {"old", "was", "regular", "reg", "strike", "strikethrough", "striked", "crossed", "through",
                  "before", "orig", "original", "compare", "compareat", "rrp", "msrp", "uvp", "retail",
                  "recommended", "suggested", "instead", "statt", "reference", "prev", "previous", "normal",
                  "basis", "vorher", "oldprice", "priceold", "listprice", "pricenormal", "normalprice"}
# Close above the price: an amount that is not the product's price.
SIDE_WORDS_ATTR = {"save", "saving", "savings", "sav", "difference", "economy", "installment", "installments",
                   "instalment", "instalments", "monthly", "credit", "ppu", "unitprice", "shipping", "delivery",
                   "bonus", "bonuses", "points", "cashback", "coupon", "voucher", "loyalty"}
# Anywhere above: other products' prices.
ELSEWHERE_TOKEN = re.compile(r"(?i)related|recommend|similar|carousel|slider|upsell|up-sell|cross-?sell|"
                             r"recent|also|accessor|bundle|mini-?cart|basket|wishlist|compare|sponsor|"
                             r"^ads?$|banner|review|tooltip|popover|modal|product-?list|products-?grid|"
                             r"swiper|owl-|teaser|together|bought|viewed|watched|others")
# Page furniture; class tokens that also say product/price ("product-header") are not.
CHROME_TOKEN = re.compile(r"(?i)^(?:site-?|page-?|main-?|global-?)?(?:header|footer|nav|navbar|navigation|menu|"
                          r"breadcrumbs?|masthead)(?:$|[-_])")
NOT_CHROME = re.compile(r"(?i)product|price|item|detail|info|buy|offer")

OLD_WORDS = re.compile(r"(?i)\b(?:was|rrp|msrp|uvp|statt|list price|regular price|before|reg\.|orig)\b|"
                       r"preisempf|prix conseillé|prezzo consigliato|precio recomendado|"
                       r"старая цена|стара ціна|было|було|zamiast|cena regularna|běžná cena|před slevou|"
                       r"prix barré|建議售價|原價|定價|市價")
FROM_WORDS = re.compile(r"(?i)\b(?:from|ab|od|от|від|dès|desde|da|a partire da|vanaf)\b|起")
SIDE_WORDS = re.compile(r"(?i)shipping|delivery|доставк|dostaw|versand|livraison|spedizione|envío|"
                        r"/\s*(?:mo|month|mes|mies|мес|міс)|per month|monthly|instal|rat[ay]|кредит|"
                        r"розстроч|рассроч|bonus|бонус|cashback|save|économ|spar|ušetr|zľava|скидк|знижк|"
                        r"risparm|ahorr|oszczęd|економ|экономи|"
                        r"每期|折價|現省|點|import fees|deposit|total|"
                        r"/\s*\d*\s*(?:kg|g|l|ml|cl|m|m2|m²|100\s*\w+)\b|\bper\s+(?:kg|100)|за\s+(?:1\s*)?(?:кг|м)\b")


# "price-tax" is the price without tax beside the real one; "price-final_price tax" and
# "price-including-tax" are the real one.
TAX_WORDS = {"tax", "vat", "mwst", "dph", "ddv", "nds", "iva", "tva", "netto", "net"}
WITH_TAX_WORDS = {"incl", "including", "inc", "with", "gross", "brutto", "final", "total"}


def side_attr(el) -> bool:
    """Class/id naming an amount that is not the product's price (savings, shipping,
    instalments, the price before tax)."""
    words = attr_words(el)
    return bool(words & SIDE_WORDS_ATTR) or bool(words & TAX_WORDS and not words & WITH_TAX_WORDS)


def attr_words(el) -> set[str]:
    """Lower-case words of an element's class/id names, camelCase and separators split;
    glued pairs kept too ("list-price" -> list, price, listprice)."""
    text = attrs(el)
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", text)]
    return set(words) | {a + b for a, b in zip(words, words[1:])}


def attrs(el) -> str:
    """The attributes that name what an element is."""
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"), el.get("data-testid"),
                                  el.get("data-test"), el.get("data-qa"))))


def is_old_element(el) -> bool:
    """Crossed out (<del>, <s>, line-through, ``data-strike="true"``) or classed as an
    old/regular price."""
    return (el.tag in ("del", "s", "strike") or bool(attr_words(el) & OLD_WORDS_ATTR)
            or "line-through" in (el.get("style") or "").replace(" ", "")
            or any("strike" in name and value not in ("", "false", "0") for name, value in el.attrib.items()))



def shown_crossed_out(doc, amount) -> bool:
    """Whether the integer part of ``amount`` appears in a crossed-out / old-price element
    (a quick XPath look before the full visible-price analysis)."""
    whole = format(int(amount), "d")
    if len(whole) > 3:  # "12990" may be written "12 990" or "12.990": look for its tail
        whole = whole[-3:]
    for text in doc.xpath("//body//text()[contains(., $n)]", n=whole):
        el = text.getparent()
        for _ in range(4):
            if el is None:
                break
            if isinstance(el.tag, str) and is_old_element(el):
                return True
            el = el.getparent()
    return False
