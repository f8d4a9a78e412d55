"""Registered stages and the pipeline that runs them.

A stage is registered with the ``Doc`` fields it requires and the ones it assigns::

    @stage("sentences", requires=("article",), assigns=("sentences",))
    def make_sentences(ctx: Context) -> Callable[[Doc], Doc]:
        ...

The factory receives a :class:`Context` (settings and injected services) once, when the pipeline
is built, and returns the function applied to every document. ``Pipeline`` checks, when it is
built, that every stage's requirements are assigned by an earlier stage.

Optional packages register stages the same way, from an entry point in the group
``sitrep.stages`` (the entry point is a module to import).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from sitrep.errors import PipelineError
from sitrep.settings import Settings
from sitrep.types import Doc

__all__ = ["Context", "Pipeline", "StageSpec", "DEFAULT_STAGES", "provider", "registry", "stage"]

DOC_FIELDS = frozenset(f.name for f in fields(Doc))

# The built-in stages in their default order; their modules are imported on demand.
DEFAULT_STAGES: tuple[str, ...] = ("sentences", "toponyms", "times", "quantities", "actors", "events")

# Where built-in stages live, so that building a pipeline imports only what it uses.
_BUILTIN_MODULES: dict[str, str] = {
    "sentences": "sitrep.nlp.sentences",
    "toponyms": "sitrep.geo.stage",
    "times": "sitrep.time.stage",
    "quantities": "sitrep.events.counts",
    "actors": "sitrep.actors.stage",
    "events": "sitrep.events.stage",
}

# Where the default providers of built-in services live (imported when the service is first asked for).
_PROVIDER_MODULES: dict[str, str] = {
    "nlp": "sitrep.nlp.sentences",
    "gazetteer": "sitrep.geo.gazetteer",
    "actors": "sitrep.actors.dictionary",
}

StageFn = Callable[[Doc], Doc]
Factory = Callable[["Context"], StageFn]


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Factory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


_REGISTRY: dict[str, StageSpec] = {}


def stage(name: str, *, requires: Iterable[str], assigns: Iterable[str]) -> Callable[[Factory], Factory]:
    """Register a stage factory under ``name``."""
    req, ass = tuple(requires), tuple(assigns)
    unknown = (set(req) | set(ass)) - DOC_FIELDS
    if unknown:
        raise PipelineError(f"stage {name!r} names unknown Doc fields: {sorted(unknown)}")

    def register(factory: Factory) -> Factory:
        _REGISTRY[name] = StageSpec(name, factory, req, ass)
        return factory

    return register


def registry() -> dict[str, StageSpec]:
    """All registered stages (importing built-ins and entry-point plugins first)."""
    for name in _BUILTIN_MODULES:
        _load(name)
    _load_plugins()
    return dict(_REGISTRY)


def _load(name: str) -> StageSpec:
    if name not in _REGISTRY and name in _BUILTIN_MODULES:
        importlib.import_module(_BUILTIN_MODULES[name])
    if name not in _REGISTRY:
        _load_plugins()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise PipelineError(f"no stage named {name!r} is registered") from None


def _load_plugins() -> None:
    from importlib.metadata import entry_points

    for ep in entry_points(group="sitrep.stages"):
        ep.load()


@dataclass
class Context:
    """What stage factories get: settings and lazily created, injectable services.

    ``services`` maps a service name ("gazetteer", "actors", ...) to an instance; a service not
    given is created on first use by the provider registered for it.
    """

    settings: Settings = field(default_factory=Settings)
    services: dict[str, Any] = field(default_factory=dict)

    def service(self, name: str) -> Any:
        if name not in self.services:
            if name not in _PROVIDERS and name in _PROVIDER_MODULES:
                importlib.import_module(_PROVIDER_MODULES[name])
            provider = _PROVIDERS.get(name)
            if provider is None:
                raise PipelineError(f"no provider for service {name!r}")
            self.services[name] = provider(self.settings)
        return self.services[name]


_PROVIDERS: dict[str, Callable[[Settings], Any]] = {}


def provider(name: str) -> Callable[[Callable[[Settings], Any]], Callable[[Settings], Any]]:
    """Register the default way to create a service (e.g. the bundled gazetteer)."""

    def register(fn: Callable[[Settings], Any]) -> Callable[[Settings], Any]:
        _PROVIDERS[name] = fn
        return fn

    return register


class Pipeline:
    """An ordered list of stages, validated when built."""

    def __init__(self, names: Iterable[str] = DEFAULT_STAGES, ctx: Context | None = None):
        self.ctx = ctx or Context()
        self.specs = [_load(n) for n in names]
        self._check_order()
        self._fns = [(s.name, s.factory(self.ctx)) for s in self.specs]

    def _check_order(self) -> None:
        have = {"article"}
        for spec in self.specs:
            missing = [r for r in spec.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {spec.name!r} requires {missing}, which no earlier stage assigns"
                )
            have.update(spec.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def __call__(self, doc: Doc) -> Doc:
        for name, fn in self._fns:
            try:
                doc = fn(doc)
            except PipelineError:
                raise
            except Exception as exc:  # name the stage and the article, keep the cause
                raise PipelineError(f"{doc.article.id}: stage {name!r} failed: {exc}") from exc
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
