"""wire-enrich: news-wire stories in, structured facts out."""

__version__ = "0.1.0"
