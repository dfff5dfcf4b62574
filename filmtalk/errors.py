"""The one exception type the core raises; the CLI turns it into a one-line message and exit 1."""


class FilmtalkError(Exception):
    """A problem the user can act on: the message says what went wrong and what to do next."""
