"""Availability from words on a page ("Нет в наличии", "Auf Lager", "Add to cart")."""
from __future__ import annotations

import re

# Checked first: "not available" also contains "available".
_OUT_OF_STOCK = re.compile(
    r"(?i)out of stock|sold out|currently unavailable|not available|unavailable|no longer available|"
    r"нет в наличии|немає в наявності|відсутн|отсутств|нема в наявн|закончил|"
    r"brak w magazynie|brak towaru|niedostępn|wyprzedan|ausverkauft|nicht verfügbar|nicht lieferbar|"
    r"épuisé|rupture de stock|indisponible|esaurito|non disponibile|agotado|no disponible|"
    r"esgotado|indisponível|nedostupn|vypredan|není skladem|nie ma w magazynie")
_IN_STOCK = re.compile(
    r"(?i)in stock|available|в наличии|є в наявності|в наявності|есть на складе|"
    r"dostępn|na stanie|w magazynie|auf lager|lieferbar|verfügbar|en stock|disponible|disponibile|em estoque|"
    r"skladem|skladom|na sklade|add to (?:cart|basket|bag)|в корзину|купить|у кошик|do koszyka|"
    r"in den warenkorb|ajouter au panier|aggiungi al carrello|añadir al carrito")


def availability_from_text(text: str | None) -> str:
    """in_stock / out_of_stock / unknown."""
    if not text:
        return "unknown"
    if _OUT_OF_STOCK.search(text):
        return "out_of_stock"
    if _IN_STOCK.search(text):
        return "in_stock"
    return "unknown"


_STOCK_ATTR = re.compile(r"(?i)availab|in-?stock|stock-?status|stock|dostup|nalich|наличи|наявн|lager|dispon")
_CART_ATTR = re.compile(r"(?i)add-?to-?(?:cart|basket|bag)|addtocart|add_to_cart|buy-?(?:now|button)|to-?cart|basket-?add")


# "Image not available" is about the picture, not the product.
_NOT_ABOUT_STOCK = re.compile(r"(?i)image|photo|picture|bild|изображ|фото|zdjęci|immagine|imagen|obrázek")


def page_availability(doc, near=None) -> str:
    """Availability read from the page itself: elements whose class/id says stock or
    availability, then an enabled add-to-cart button, then the words around ``near``
    (the price element). Labels repeated three times or more belong to lists (stores,
    sizes) and do not count; when the stock elements disagree, the buy button decides."""
    verdicts: dict[str, int] = {}
    labels: dict[str, int] = {}
    found = []
    for el in doc.xpath("//body//*[@class or @id]"):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "option", "select"):
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _STOCK_ATTR.search(attrs):
            continue
        text = re.sub(r"\s+", " ", el.text_content() or "").strip()
        if not 0 < len(text) <= 200 or _NOT_ABOUT_STOCK.search(text):
            continue
        verdict = availability_from_text(text)
        if verdict != "unknown":
            found.append((verdict, text))
            labels[text] = labels.get(text, 0) + 1
    for verdict, text in found:
        if labels[text] < 3:
            verdicts[verdict] = verdicts.get(verdict, 0) + 1
    cart = _cart_button(doc)
    if len(verdicts) == 1:
        return next(iter(verdicts))
    if verdicts and cart:
        return "in_stock"
    if cart:
        return "in_stock"
    if near is not None:
        return availability_from_text(_block_text(near))
    return "unknown"


def _cart_button(doc) -> bool:
    for el in doc.xpath("//body//button | //body//input[@type='submit' or @type='button'] | //body//a[@class or @id]"):
        if el.get("disabled") is not None:
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('name') or ''}"
        text = re.sub(r"\s+", " ", (el.text_content() or "") + " " + (el.get("value") or "")).strip()
        if (_CART_ATTR.search(attrs) or _ADD_TO_CART.search(text)) and availability_from_text(text) != "out_of_stock":
            return True
    return False


def _block_text(el, limit: int = 1500) -> str:
    node = el
    for _ in range(6):
        parent = node.getparent()
        if parent is None or len(parent.text_content() or "") > limit:
            break
        node = parent
    return re.sub(r"\s+", " ", node.text_content() or "")


_ADD_TO_CART = re.compile(
    r"(?i)add to (?:cart|basket|bag)|buy now|в корзину|купить|у кошик|купити|do koszyka|kup teraz|"
    r"in den warenkorb|ajouter au panier|aggiungi al carrello|añadir al carrito|adicionar ao carrinho|"
    r"do košíku|vložiť do košíka|kosárba|lisää ostoskoriin|i varukorgen|legg i handlekurv|læg i kurv")
