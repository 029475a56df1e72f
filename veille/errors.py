"""veille's exceptions.

    VeilleError                 anything veille reports to a user as one line
    ├── InputError              a source that cannot be read as news
    ├── KBError                 a knowledge-base file that cannot be loaded
    └── StoreError              a database that cannot be used
"""


class VeilleError(Exception):
    """Base of every error veille reports to a user as one line."""


class InputError(VeilleError):
    """A source that cannot be read as an article (missing, binary, too big…)."""


class KBError(VeilleError):
    """A knowledge-base file that is malformed; the message names file and line."""


class StoreError(VeilleError):
    """A database that is not veille's, is too new, or cannot be written."""
