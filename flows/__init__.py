"""Prefect 3 flows that compose `extractors/`, `ontology/` and `kg.store` (see `ingest`)."""
