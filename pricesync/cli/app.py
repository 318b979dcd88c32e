"""The typer application, shared options, console output and error handling.

Commands live in sibling modules (one per stage) and register themselves on ``app``;
each parses options, calls one library function, renders the result. Heavy libraries
(pandas, openpyxl, requests...) are imported inside command bodies so that
``pricesync --help`` stays instant.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
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


# Numbers are shown with a thousands space ("19 062.00"). rich breaks lines at any
# whitespace, which printed "floor 19" / "062.00" on two lines: a space between a digit and
# three more (or a no-break space) does not end a word. The characters stay as they are, so
# logs stay greppable and numbers copy as typed.
_WORD = re.compile(r"\s*(?:[^\s\u00a0]|\u00a0|(?<=\d) (?=\d{3}(?!\d)))+\s*")


def _keep_numbers_whole() -> None:
    from rich import _wrap

    _wrap.re_word = _WORD


_keep_numbers_whole()


def _console(stderr: bool) -> Console:
    # Without a terminal (cron, CI, pipes) rich would wrap tables at 80 columns.
    width = None if (sys.stderr if stderr else sys.stdout).isatty() else 160
    return Console(stderr=stderr, width=width, highlight=False, soft_wrap=False)


out = _console(stderr=False)
err = _console(stderr=True)

# Log lines of run/push/plan start with an ISO timestamp when they go to a file (cron);
# a person at a terminal sees them bare. Set per command by ``stamp_logs``.
_STAMP = {"on": False}


def stamp_logs(enabled: bool = True) -> None:
    _STAMP["on"] = enabled


def stamped(text: str, stream: Any = None) -> str:
    """``text`` prefixed with the local time in ISO 8601 when logs are stamped and ``stream``
    (stderr by default) is not a terminal."""
    stream = sys.stderr if stream is None else stream
    if not _STAMP["on"] or stream.isatty():
        return text
    from datetime import datetime

    return f"{datetime.now().astimezone().isoformat(timespec='seconds')} {text}"


# Options shared by many commands, defined once.
ConfigOption = typer.Option(None, "--config", "-c", help="config file (default ./pricesync.toml)", envvar="PRICESYNC_CONFIG")
JsonOption = typer.Option(False, "--json", help="machine-readable JSON on stdout")
# One rule for every command (pipeline.history.state_path): --state, else the config's
# [state] path, else none (nothing remembered is read, no run is recorded).
StateOption = typer.Option(None, "--state", help="SQLite state file (default: the [state] path of the config; "
                                                 "none without a config)")


def _print_version(value: bool) -> None:
    # Eager: runs before click asks for a command, so `pricesync --version` alone works.
    if value:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as _v

        try:
            number = _v("pricesync")
        except PackageNotFoundError:
            from pricesync import __version__ as number
        out.print(f"pricesync {number}", markup=False)
        raise typer.Exit(0)


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="show tracebacks on errors"),
    new_state: bool = typer.Option(False, "--new-state", help="start a new state when the state file is empty "
                                                              "(0 bytes) instead of refusing"),
    version: bool = typer.Option(False, "--version", help="print the version and exit", is_eager=True,
                                 callback=_print_version),
) -> None:
    pass


def print_json(data: Any, result: Any = None) -> None:
    """``data`` as JSON on stdout; with a stage's ``result`` (a ``StageResult``), its
    ``as_dict()`` under ``"result"`` beside the command's own keys."""
    if result is not None:
        data = {**data, "result": result.as_dict()}
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def config_path(option: Path | None) -> Path:
    return option or Path(os.environ.get("PRICESYNC_CONFIG", "pricesync.toml"))


def load(option: Path | None, *, required: bool = True, state: Path | None = None):
    """The config of ``--config`` (or ``$PRICESYNC_CONFIG``, or ./pricesync.toml). With
    ``required=False`` a command that also works without one gets ``None`` when no option
    names a config and the default file does not exist. ``state`` (``--state``) takes the
    place of the config's ``[state] path``."""
    from pricesync.config import load_config

    path = config_path(option)
    if not required and option is None and not path.exists():
        return None
    cfg = load_config(path)
    if state is not None:
        cfg.state.path = str(Path(state).resolve())
    if cfg.state.create:
        from pricesync.state import allow_new_state

        allow_new_state()
    for w in cfg.warnings:
        err.print(f"warning: {w}", markup=False, soft_wrap=True)
    return cfg


class RichReporter:
    """Progress bars and warnings on stderr, only when someone is watching."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.warnings: list[str] = []

    def info(self, message: str) -> None:
        if not self.quiet:
            err.print(stamped(message), markup=False, soft_wrap=True)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        err.print(stamped(f"warning: {message}"), markup=False, style="yellow", soft_wrap=True)

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
    from pricesync.state import allow_new_state

    # --new-state may stand anywhere too: an empty state file is started afresh, knowingly.
    allow_new_state("--new-state" in args)
    args = [a for a in args if a != "--new-state"]
    from pricesync.cli import commands  # noqa: F401  registers the commands

    stamp_logs(False)
    try:
        app(args=args, prog_name="pricesync")
    except PricesyncError as exc:
        if debug:
            import traceback

            traceback.print_exc()
        err.print(stamped(f"error: {exc}"), markup=False, soft_wrap=True)
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        err.print(stamped("interrupted"), markup=False)
        sys.exit(130)
    except SystemExit as exc:
        # typer turns Ctrl-C inside a command into exit 130 without a word.
        if exc.code == 130:
            err.print(stamped("interrupted"), markup=False)
        raise
    except sqlite3.DatabaseError as exc:   # a damaged state file: one line naming it
        if debug:
            import traceback

            traceback.print_exc()
        from pricesync.state import last_state_file

        err.print(stamped(f"error: {last_state_file() or 'state file'}: state database error: {exc} (if the file "
                          "is damaged: restore it from a backup, or move it aside to start a new state)"),
                  markup=False, soft_wrap=True)
        sys.exit(ExitCode.FAILED)
    except Exception as exc:  # an unexpected failure still gets one line, not a traceback
        if debug:
            raise
        err.print(f"error: unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)",
                  markup=False, soft_wrap=True)
        sys.exit(ExitCode.FAILED)
