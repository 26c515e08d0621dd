"""The command line: parse arguments, call a command, hand its result to the renderer table.

`careers` is a thin skin over the commands (careercli.commands) and the core: each module here
declares one command's options with Typer and does nothing else. Every command's docstring is
its --help: an imperative first line, then examples. Help texts are written in English, without
`_()`: cli/translate.py shows them in the language of the run.

The command modules and options.py have real annotations (no `from __future__ import
annotations`): Typer reads the annotation of every parameter (and of every option's callback)
when it builds a command, and would otherwise evaluate each string again, on every run (about a
tenth of what `careers quiz` costs beyond the import floor). tests/test_imports.py checks it.
"""

from .root import app, main

__all__ = ["app", "main"]
