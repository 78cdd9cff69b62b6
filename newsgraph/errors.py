"""Every exception class newsgraph raises."""


class NewsgraphError(Exception):
    """Base class; `where` names the file, document id or URL, `stage` the stage."""

    def __init__(self, message: str, where: str | None = None, stage: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.stage = stage

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.message}"


class InputError(NewsgraphError):
    """Input that cannot be read: missing, empty, binary, undecodable or malformed."""


class StageError(NewsgraphError):
    """A pipeline stage failed on one document."""


class StoreError(NewsgraphError):
    """The store cannot be opened, migrated or written."""


class ConfigError(NewsgraphError):
    """A setting has a value that cannot be used."""


class QueryError(InputError):
    """A search query that cannot be parsed (an unclosed quote, only exclusions, a bare `*`)."""
