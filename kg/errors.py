"""The catalogue of errors: one coded message per problem, each saying how to fix it.

Every module raises `KGError(E.Exxx, **details)` (or a subclass) with a code from here, so
an analyst sees one clear line such as

    E102 corpus/broken.html: the file is binary (NUL bytes at offset 0), not an article.

and a test can check the code without matching prose. Codes: E1xx reading documents,
E2xx extraction, E3xx store, E4xx queries, E5xx flows and scheduling, E6xx the command line.
"""

from __future__ import annotations


class E:
    """Message templates, formatted with the keyword details given to `KGError`."""

    # reading documents
    E101 = "{path}: the file is empty (0 bytes of text after front matter); nothing to ingest."
    E102 = "{path}: the file is binary ({detail}), not an article; remove it from the corpus."
    E103 = ("{path}: the bytes are not valid UTF-8, UTF-16 or GB18030 ({detail}); "
            "re-save the file as UTF-8.")
    E104 = ("{path}: the YAML front matter is broken ({detail}); fix the block between the "
            "two '---' lines.")
    E105 = "{path}: the file is larger than {limit} bytes ({size}); split it or raise --max-bytes."
    E106 = "{path}: cannot read the file ({detail})."
    E107 = "{path}: no such file or directory."
    E108 = "{path}: unsupported file type '{suffix}'; use .txt, .md, .html or .htm."

    # extraction
    E201 = "{path}: extraction failed ({detail}); the article was not stored."

    # store
    E301 = ("{path}: the store is locked by another process ({detail}); wait for it to "
            "finish or point --store elsewhere.")
    E302 = "{path}: not a knowledge-graph store ({detail}); run 'kg ingest' to create one."
    E303 = "no IRI {iri} in the store; list claims with 'kg query @examples/claims.rq'."
    E304 = "{path}: the store does not conform to the SHACL shapes ({count} violations)."
    E305 = "{what}: the graph holds invalid RDF ({detail}); nothing was written."
    E306 = ("{path}: the store is in use by {holder} since {since}; gave up after waiting "
            "{waited:g} s. Let it finish ('kg schedule --status' lists ingestion runs) or "
            "wait longer (lock_timeout of a flow, --wait of a command).")
    E307 = ("{url}: the SPARQL endpoint does not answer ({detail}); start the server or "
            "check the address given to --store.")
    E308 = ("{url}: the SPARQL endpoint refused the {what} (HTTP {status}: {detail}).")

    # queries
    E401 = "the SPARQL query is malformed: {detail}"
    E402 = "cannot read query file {path} ({detail})."
    E403 = "{detail}: SERVICE clauses and remote loads are refused."
    E404 = ("cannot bind {names}: {detail}; a bound variable must appear in the query's "
            "SELECT clause.")
    # the HTTP endpoint (kg serve)
    E410 = ("the query ran longer than the {limit:g} s time limit and was stopped; add a "
            "LIMIT, bind more of the pattern, or ask the operator for a longer "
            "--query-timeout.")
    E411 = ("the result has more than {limit} {what}; add a LIMIT (and OFFSET to page "
            "through it) or narrow the query.")
    E412 = ("updates are refused: this endpoint is read-only{detail}; send the update token "
            "as 'Authorization: Bearer TOKEN' to a server started with --update-token.")
    E413 = ("no SPARQL {what} in the request; send query= (GET or POST form), update= "
            "(POST form) or a body of type application/sparql-query or "
            "application/sparql-update.")
    E414 = "none of the accepted types ({accept}) fits a {kind} result; accept one of {offer}."
    E415 = ("the store is busy: {detail}; try again in a few seconds.")

    # flows and scheduling
    E501 = "the ingest flow failed: {detail}"
    E502 = ("no article files under {paths}; give files or directories holding .txt, .md, "
            ".html or .htm articles.")
    E503 = ("none of the {count} article files could be ingested (all rejected, reasons "
            "above); fix them and run 'kg ingest' again.")
    E504 = "{path}: the inbox is not a directory; create it or pass --inbox DIR."
    E505 = ("the Prefect server at {url} did not become healthy within {timeout:g} s "
            "({detail}); see its log {log}.")
    E506 = ("port {port} on 127.0.0.1 is taken by a program that is not a Prefect server; "
            "pass --port with a free port.")
    E507 = ("no Prefect server to ask: 'kg schedule' has not started one for {home} and "
            "PREFECT_API_URL is not set; run 'kg schedule' first.")
    E508 = ("no deployment '{name}' on the Prefect server at {url}; serve it with "
            "'kg schedule --inbox DIR'.")
    E509 = "cannot reach the Prefect server at {url} ({detail}); is it running?"
    E510 = ("'{value}' is not an interval; write a number and a unit s, m, h or d (30s, 10m, "
            "1h), or give --cron.")
    E511 = "--every and --cron exclude each other; give one of them."
    E512 = ("'{value}' is not a cron schedule; write five fields MIN HOUR DAY MONTH WEEKDAY, "
            "e.g. '*/10 * * * *'.")

    # command line
    E601 = "unknown format '{value}'; choose one of {choices}."


class KGError(Exception):
    """An error with a catalogue code and a one-line, actionable message."""

    def __init__(self, template: str, **details):
        self.code = next((k for k, v in vars(E).items() if v == template), "E000")
        self.details = details
        super().__init__(f"{self.code} {template.format(**details)}")


class DocumentRejected(KGError):
    """A document the reader will not ingest; the batch goes on without it."""

    @property
    def path(self) -> str:
        return str(self.details.get("path", ""))

    @property
    def reason(self) -> str:
        return str(self)
