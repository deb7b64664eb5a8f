"""FasciaMap: an explorable atlas of the body's fascial connections."""

__version__ = "0.1.0"
