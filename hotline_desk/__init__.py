"""hotline-desk: the desktop assistant of a county 12345 hotline office."""

__version__ = "0.1.0"
