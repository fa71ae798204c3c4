"""eventline: news articles in, a dated event timeline out."""

from eventline.model import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION"]
__version__ = EXTRACTOR_VERSION
