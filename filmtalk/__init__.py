"""filmtalk: explore a collection of filmmaker interviews from the command line."""

__version__ = "0.1.0"
