"""The typer application, shared options, console output and error handling.

Commands live in sibling modules (one per stage) and register themselves on ``app``;
each parses options, calls one library function, renders the result. Heavy libraries
(pandas, openpyxl, requests...) are imported inside command bodies so that
``pricesync --help`` stays instant.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from pricesync.errors import ExitCode, PricesyncError

app = typer.Typer(
    name="pricesync",
    help="Keep an online shop's prices and stock true to its suppliers and its market.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
review_app = typer.Typer(help="Review queue: export unsure matches, apply operators' decisions.", no_args_is_help=True)
app.add_typer(review_app, name="review")


def _console(stderr: bool) -> Console:
    # Without a terminal (cron, CI, pipes) rich would wrap tables at 80 columns.
    width = None if (sys.stderr if stderr else sys.stdout).isatty() else 160
    return Console(stderr=stderr, width=width, highlight=False, soft_wrap=False)


out = _console(stderr=False)
err = _console(stderr=True)


# Options shared by many commands, defined once.
ConfigOption = typer.Option(None, "--config", "-c", help="config file (default ./pricesync.toml)", envvar="PRICESYNC_CONFIG")
JsonOption = typer.Option(False, "--json", help="machine-readable JSON on stdout")
StateOption = typer.Option(None, "--state", help="SQLite state file (default: [state] path of the config)")


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="show tracebacks on errors"),
    version: bool = typer.Option(False, "--version", help="print the version and exit"),
) -> None:
    if version:
        from importlib.metadata import version as _v

        out.print(f"pricesync {_v('pricesync')}")
        raise typer.Exit(0)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def config_path(option: Path | None) -> Path:
    return option or Path(os.environ.get("PRICESYNC_CONFIG", "pricesync.toml"))


def load(option: Path | None):
    from pricesync.config import load_config

    return load_config(config_path(option))


class RichReporter:
    """Progress bars and warnings on stderr, only when someone is watching."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.warnings: list[str] = []

    def info(self, message: str) -> None:
        if not self.quiet:
            err.print(message, markup=False)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        err.print(f"warning: {message}", markup=False, style="yellow")

    def progress(self, description: str, total: int | None = None):
        from contextlib import contextmanager

        @contextmanager
        def _bar():
            if self.quiet or not sys.stderr.isatty():
                yield lambda n=1: None
                return
            from rich.progress import Progress

            with Progress(console=err, transient=True) as progress:
                task = progress.add_task(description, total=total)
                yield lambda n=1: progress.advance(task, n)

        return _bar()


def main(argv: list[str] | None = None) -> None:
    """Console entry point: one readable line on errors, the traceback only with --debug.

    Usage errors (unknown option, missing argument) are typer's own, exit 2; commands
    leave with ``typer.Exit(code)``; our errors become one line and their exit code.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or os.environ.get("PRICESYNC_DEBUG") == "1"
    # --debug may stand anywhere on the line, not only before the command.
    args = [a for a in args if a != "--debug"]
    from pricesync.cli import commands  # noqa: F401  registers the commands

    try:
        app(args=args, prog_name="pricesync")
    except PricesyncError as exc:
        if debug:
            import traceback

            traceback.print_exc()
        err.print(f"error: {exc}", markup=False, soft_wrap=True)
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)
    except Exception as exc:  # an unexpected failure still gets one line, not a traceback
        if debug:
            raise
        err.print(f"error: unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)",
                  markup=False, soft_wrap=True)
        sys.exit(ExitCode.FAILED)
