"""``pricesync validate`` and ``pricesync schema``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import JsonOption, app, err, out, print_json


@app.command()
def validate(
    paths: list[Path] = typer.Argument(..., help="config files or folders of them (*.toml, recursively)"),
    as_json: bool = JsonOption,
    ignore_missing_files: bool = typer.Option(
        False, "--ignore-missing-files", help="a catalog or price list that is not there is a warning, not an "
                                              "error (CI jobs without the shop's data)"),
) -> None:
    """Check config files as `run` would: schema, values, catalog, supplier files, channel
    credentials (a warning); report every problem with file, key and reason (exit 2 on any)."""
    from pricesync.config.load import validate_configs

    result = validate_configs(paths, check_files=not ignore_missing_files)
    count, problems = result.counts["files"], result.details["problems"]
    if as_json:
        print_json({"files": count, "problems": problems, "warnings": result.warnings, "catalog": result.notes,
                    "ok": not problems}, result)
    else:
        for n in result.notes:      # on stdout: information, not a problem
            out.print(n, markup=False, soft_wrap=True)
        for w in result.warnings:
            err.print(f"warning: {w}", markup=False, soft_wrap=True)
        for p in problems:
            err.print(p, markup=False, soft_wrap=True)
        if not problems:
            out.print(f"{count} config file(s) OK", markup=False)
        else:
            err.print(f"{len(problems)} problem(s) in {count} file(s)", markup=False)
    if count == 0 and not problems:
        err.print("no config files found", markup=False)
    raise typer.Exit(result.exit_code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of pricesync.toml (for editors and CI)."""
    from pricesync.config.models import Config

    print_json(Config.model_json_schema())
