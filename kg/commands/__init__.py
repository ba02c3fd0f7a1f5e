"""Commands that live in modules of their own, registered on the `kg` group by importing
them here (kg/cli.py imports this package once the group and its shared options exist)."""

from kg.commands import evaluate, history, schedule, serve  # noqa: F401
