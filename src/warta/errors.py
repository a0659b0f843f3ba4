"""warta's exceptions: one small tree, each message one line naming the thing."""


class WartaError(Exception):
    """Anything warta raises on purpose."""


class InputError(WartaError):
    """An input could not be turned into documents."""


class DataFileError(WartaError):
    """A shipped or user-supplied data file is malformed."""
