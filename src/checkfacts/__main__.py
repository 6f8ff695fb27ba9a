"""Allow ``python -m checkfacts``."""

from checkfacts.cli import main

if __name__ == "__main__":
    main()
