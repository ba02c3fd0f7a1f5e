"""The application package: the on-disk knowledge store (`store`), prepared SPARQL
(`queries/*.rq`), result formats (`results`), claim provenance (`provenance`), run settings
(`settings`), the error catalogue (`errors`) and the `kg` command line (`cli`).

Nothing here runs at import: the store, settings and pipelines are built by the caller and
passed in.
"""
