"""sitrep's exceptions. Every message names the input and the problem in one line."""

from __future__ import annotations

__all__ = ["SitrepError", "InputError", "PipelineError", "StoreError", "ConfigError"]


class SitrepError(Exception):
    """Base class for sitrep's own errors."""


class InputError(SitrepError):
    """An input (file, corpus line, feed item) that cannot be read as an article."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class PipelineError(SitrepError):
    """A pipeline that cannot be built or a stage that failed."""


class StoreError(SitrepError):
    """The database cannot be opened, migrated or written."""


class ConfigError(SitrepError):
    """A setting or config file that is not valid."""
