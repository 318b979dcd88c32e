"""Feed files other systems import: ``csv``, ``xlsx`` (WooCommerce / PrestaShop import
columns), ``yml`` (Yandex Market Language, Prom.ua, Rozetka) and ``google_merchant``."""
from pricesync.channels.feeds import tabular, xml  # noqa: F401  registers the feed types
from pricesync.channels.feeds.base import FeedChannel, FeedConfig, FeedItem

__all__ = ["FeedChannel", "FeedConfig", "FeedItem"]
