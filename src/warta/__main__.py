"""`python -m warta` runs the command line."""

from .cli import app

app()
