"""Allow ``python -m checkfacts``."""

from checkfacts.cli import main

main()
