"""checkfacts: which claims news sources share, and where they differ.

The library lives in :mod:`checkfacts.api`; the ``checkfacts`` command is a thin
wrapper around it.
"""

__version__ = "0.1.0"
