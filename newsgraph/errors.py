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


class FetchError(NewsgraphError):
    """A URL could not be fetched: an HTTP error status, a timeout, a refused connection, a
    page over the size limit, a redirect loop, or a path robots.txt disallows. `retry` says
    whether trying again later may help; `status` is the HTTP status when there was one."""

    def __init__(self, message: str, where: str | None = None, stage: str | None = "fetch", retry: bool = False,
                 status: int | None = None):
        super().__init__(message, where, stage)
        self.retry = retry
        self.status = status


class AccountError(NewsgraphError):
    """An account request refused; `status` is the HTTP status that says why (401 wrong name
    or password, 403 not allowed, 409 name not available, 422 unusable input, 429 too many
    attempts, with `retry_after` seconds)."""

    def __init__(self, message: str, status: int = 422, retry_after: int | None = None, where: str | None = None):
        super().__init__(message, where, "accounts")
        self.status = status
        self.retry_after = retry_after

class QueryError(InputError):
    """A search query that cannot be parsed (an unclosed quote, only exclusions, a bare `*`)."""
