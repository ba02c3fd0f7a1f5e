"""Run settings: where the store lives, which base IRI instances get, where Prefect keeps state.

One frozen object built once (by the CLI or a test) and passed down, so that no module
reads the environment behind the caller's back. Prefect reads its own settings from
environment variables when it is first imported, which is why `apply_prefect_env` exists
and must run before anything imports `prefect`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path

from ontology.namespaces import DEFAULT_BASE, InstanceSpace

STORE_ENV = "KG_STORE"
BASE_IRI_ENV = "KG_BASE_IRI"
DATA_DIR_ENV = "KG_DATA_DIR"
DEFAULT_DATA_DIR = Path("data")


@dataclass(frozen=True)
class Settings:
    """Everything a command needs to find the store and mint IRIs."""

    store_dir: Path
    """The Oxigraph store directory: --store, else $KG_STORE, else <data dir>/kg."""
    data_dir: Path = DEFAULT_DATA_DIR
    """The project's data directory ($KG_DATA_DIR, else ./data)."""
    base_iri: str = DEFAULT_BASE
    """Base of every minted IRI ($KG_BASE_IRI); changing it changes every instance IRI."""
    prefect_home: Path = DEFAULT_DATA_DIR / "prefect"
    """Prefect's state directory, kept under the data directory instead of ~/.prefect."""
    store_url: str | None = None
    """A SPARQL endpoint (`sparql+http://host:port/path`) given instead of a directory."""

    @classmethod
    def resolve(cls, *, store: str | os.PathLike | None = None,
                environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from an explicit --store value and the environment (in that order)."""
        env = os.environ if environ is None else environ
        data_dir = Path(env.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR)
        given = str(store or env.get(STORE_ENV) or "")
        store_url = given if given.startswith(("sparql+http://", "sparql+https://")) else None
        store_dir = Path(given) if given and not store_url else data_dir / "kg"
        return cls(store_dir=store_dir, data_dir=data_dir, store_url=store_url,
                   base_iri=env.get(BASE_IRI_ENV) or DEFAULT_BASE,
                   prefect_home=Path(env.get("PREFECT_HOME") or data_dir / "prefect"))

    @property
    def store_location(self) -> str:
        """What `kg.backends.open_store` opens: the endpoint URL, else the directory."""
        return self.store_url or str(self.store_dir)

    @property
    def space(self) -> InstanceSpace:
        return InstanceSpace(self.base_iri)


def apply_prefect_env(settings: Settings, *, log_level: str | None = None,
                      environ: MutableMapping[str, str] | None = None) -> None:
    """Set Prefect's environment before `prefect` is imported; values already set win.

    Telemetry is switched off (Prefect otherwise tries to reach its analytics endpoint) and
    the ephemeral API gets time to start on a slow machine (the first start takes 10-15 s).
    `log_level` sets Prefect's console log level: the command line passes CRITICAL unless
    --debug, because Prefect logs failures with full tracebacks and the CLI promises one
    line per error (rejections are listed in its own summary instead).
    """
    env = os.environ if environ is None else environ
    env.setdefault("PREFECT_HOME", str(settings.prefect_home.resolve()))
    # Prefect creates its home without parents; a missing data/ makes its API fail to start.
    Path(env["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    if log_level:
        env.setdefault("PREFECT_LOGGING_LEVEL", log_level)
