"""Loading and validating config files: every problem reported at once, with file and key."""
from __future__ import annotations

import glob
import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from pricesync.config.models import Config
from pricesync.errors import ConfigError

if TYPE_CHECKING:
    from pricesync.result import StageResult

DEFAULT_CONFIG = "pricesync.toml"


def _key(loc: tuple) -> str:
    return ".".join(str(p) for p in loc)


def _msg(err: dict) -> str:
    """pydantic's message without its "Value error, " prefix: the line already names the key."""
    msg = str(err["msg"])
    return msg.removeprefix("Value error, ")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError("config file not found", file=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=str(path)) from None
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as exc:
        raise ConfigError(f"cannot read: {exc}", file=str(path)) from None


def _merge(base: dict[str, Any], extra: dict[str, Any], *, path: Path, problems: list[str],
           origin: dict[tuple[str, ...], Path] | None = None) -> None:
    for key, value in extra.items():
        if key == "include":
            continue
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            for sub, subval in value.items():
                if sub in base[key] and key in ("suppliers", "channels", "competitors"):
                    problems.append(f"{path}: key '{key}.{sub}': defined twice (also in an earlier file)")
                base[key][sub] = subval
                if origin is not None:
                    origin[(key, sub)] = path
        else:
            base[key] = value
            if origin is not None:
                origin[(key,)] = path


def _is_url(text: str) -> bool:
    return "://" in text


def _rebase(extra: dict[str, Any], *, inc: Path, base_dir: Path, warnings: list[str]) -> None:
    """Paths in an included file are relative to that file (as in the main config): rewrite
    them relative to the main config's folder, which ``Config.resolve`` uses.

    Older configs wrote an included supplier's ``files`` relative to the main config; a
    pattern that matches nothing next to its own file but does next to the main config is
    still taken, with a warning that says how to write it."""
    inc_dir = inc.resolve().parent
    if inc_dir == base_dir:
        return

    def move(value: object) -> object:
        if not isinstance(value, str) or not value.strip() or _is_url(value) or Path(value).expanduser().is_absolute():
            return value
        return os.path.relpath(os.path.normpath(inc_dir / value), base_dir).replace(os.sep, "/")

    def move_in(table: object, keys: tuple[str, ...]) -> None:
        if not isinstance(table, dict):
            return
        for key in keys:
            if isinstance(table.get(key), str):
                table[key] = move(table[key])
            elif isinstance(table.get(key), list):
                table[key] = [move(v) for v in table[key]]

    for name, sup in (extra.get("suppliers") or {}).items() if isinstance(extra.get("suppliers"), dict) else ():
        if not isinstance(sup, dict) or not isinstance(sup.get("files"), list):
            continue
        files = []
        for pattern in sup["files"]:
            moved = move(pattern)
            if moved != pattern and not glob.glob(str(base_dir / str(moved))) and glob.glob(str(base_dir / pattern)):
                warnings.append(
                    f"{inc}: key 'suppliers.{name}.files': '{pattern}' is read relative to the main config; paths "
                    f"in an included file are relative to that file: write "
                    f"'{os.path.relpath(base_dir / pattern, inc_dir).replace(os.sep, '/')}'")
                moved = pattern
            files.append(moved)
        sup["files"] = files
    if isinstance(extra.get("vocabulary"), list):
        extra["vocabulary"] = [move(v) for v in extra["vocabulary"]]
    move_in(extra.get("shop"), ("catalog",))
    move_in(extra.get("matching"), ("vocabulary",))
    move_in(extra.get("state"), ("path",))
    for comp in (extra.get("competitors") or {}).values() if isinstance(extra.get("competitors"), dict) else ():
        move_in(comp, ("urls", "urls_file", "sitemap", "mapping"))
    for sup in (extra.get("suppliers") or {}).values() if isinstance(extra.get("suppliers"), dict) else ():
        if isinstance(sup, dict):
            move_in(sup.get("source"), ("verify", "known_hosts"))
    for chan in (extra.get("channels") or {}).values() if isinstance(extra.get("channels"), dict) else ():
        move_in(chan, ("path", "initial", "verify"))


def load_config(path: str | Path | None = None) -> Config:
    """Load ``pricesync.toml`` (and what it includes) into a validated ``Config``.
    Warnings (nothing wrong yet, but worth a look) are kept on ``config.warnings``."""
    path = Path(path or os.environ.get("PRICESYNC_CONFIG") or DEFAULT_CONFIG)
    problems: list[str] = []
    warnings: list[str] = []
    config = _load(path, problems, warnings)
    if problems or config is None:
        raise ConfigError(f"{len(problems)} problem(s) in config", problems=problems, file=str(path))
    config._warnings = warnings
    return config


def _load(path: Path, problems: list[str], warnings: list[str] | None = None, *,
          runnable: bool = False, files: bool = True, notes: list[str] | None = None) -> Config | None:
    warnings = [] if warnings is None else warnings
    data = _read_toml(path)
    base_dir = path.resolve().parent
    includes = data.get("include", [])
    origin: dict[tuple[str, ...], Path] = {}
    if isinstance(includes, list):
        for pattern in includes:
            matched = sorted(glob.glob(str(base_dir / str(pattern))))
            if not matched:
                problems.append(f"{path}: key 'include': '{pattern}' matches no file")
            for found in matched:
                inc = path.parent / os.path.relpath(found, base_dir)   # shown as the config names it
                try:
                    extra = _read_toml(inc)
                    _rebase(extra, inc=inc, base_dir=base_dir, warnings=warnings)
                    _merge(data, extra, path=inc, problems=problems, origin=origin)
                except ConfigError as exc:
                    problems.append(str(exc))
    # Channel sections are checked by their connector's model even when the rest of the
    # file is broken, so one `validate` shows every problem.
    channels = _check_channels(data.get("channels"), path, problems, origin=origin)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            # Each channel was reported by its connector's model above.
            if err["loc"][:1] != ("channels",) or not (len(err["loc"]) > 1 and isinstance(data.get("channels"), dict)):
                where = origin.get(tuple(map(str, err["loc"][:2]))) or origin.get(tuple(map(str, err["loc"][:1]))) or path
                problems.append(f"{where}: key '{_key(err['loc'])}': {_msg(err)}")
        return None
    config._base_dir = base_dir
    config._source = path
    config._channels = channels
    _check_semantics(config, path, problems)
    if runnable:
        _check_runnable(config, path, problems, warnings, origin=origin, files=files, notes=notes)
    return config


def _check_runnable(config: Config, path: Path, problems: list[str], warnings: list[str], *,
                    origin: dict[tuple[str, ...], Path], files: bool = True, notes: list[str] | None = None) -> None:
    """What ``run`` would stop on although the schema is fine (``validate`` only): no catalog,
    supplier ``files`` that match nothing, a channel's credentials variable unset (a warning:
    CI rarely holds the shop's secrets). ``files=False`` makes missing files warnings too, for
    CI jobs without the price lists."""
    # A fragment (supplier or channel sections to include) has neither [shop] nor include.
    main = bool({"shop", "include"} & config.model_fields_set)
    missing = problems if files else warnings
    if main and not config.shop.catalog:
        problems.append(f"{path}: key 'shop.catalog': not set; run matches offers to the shop's catalog "
                        f"(catalog = \"catalog.csv\", a CSV/XLSX export of the shop)")
    elif main and config.shop.catalog and not config.resolve(config.shop.catalog).exists():
        missing.append(f"{origin.get(('shop',), path)}: key 'shop.catalog': file not found: "
                       f"{config.resolve(config.shop.catalog)}")
    elif main and config.shop.catalog:
        # Read as run reads it: which export, which column is which (one line), rows left out.
        from pricesync.catalog import shop_catalog
        from pricesync.errors import PricesyncError

        where = origin.get(("shop",), path)
        try:
            cat = shop_catalog(config)
        except PricesyncError as exc:
            key = exc.key if exc.key and exc.key.startswith("shop.") else "shop.catalog"
            problems.append(f"{where}: key '{key}': {exc.message} ({exc.file or config.resolve(config.shop.catalog)})")
        else:
            if notes is not None:
                notes.append(f"{where}: {cat.describe()}")
            warnings.extend(f"{where}: key 'shop.catalog': {n}" for n in cat.notes)
    for name, sup in config.suppliers.items():
        where = origin.get(("suppliers", name), path)
        for pattern in sup.files:
            if not glob.glob(str(config.resolve(pattern))):
                missing.append(f"{where}: key 'suppliers.{name}.files': '{pattern}' matches no file "
                               f"(looked for {os.path.normpath(config.resolve(pattern))}); the run would hold this supplier")
    for name, src in ((n, s.source) for n, s in config.suppliers.items() if s.source is not None):
        named = [(k, getattr(src, k)) for k in ("user_env", "password_env", "token_env", "key_env")]
        named += [(f"headers_env.{h}", v) for h, v in src.headers_env.items()]
        for key, var in named:
            if var and var not in os.environ:
                warnings.append(f"{origin.get(('suppliers', name), path)}: key 'suppliers.{name}.source.{key}': "
                                f"environment variable {var} is not set here; fetch and run need it (the "
                                f"supplier would be held)")
    for name, chan in config.channel_configs().items():
        if not chan.enabled:
            continue
        for field in (f for f in type(chan).model_fields if f.endswith("_env")):
            var = getattr(chan, field, None)
            if isinstance(var, str) and var and var not in os.environ:
                warnings.append(f"{origin.get(('channels', name), path)}: key 'channels.{name}.{field}': "
                                f"environment variable {var} is not set here; run and push need it "
                                f"(exit 2 on this channel)")


def _check_channels(raw_channels: object, main: Path, problems: list[str],
                    origin: dict[tuple[str, ...], Path] | None = None) -> dict:
    from pricesync.channels.registry import channel_types, get_channel_type

    checked: dict = {}
    if not isinstance(raw_channels, dict):
        return checked
    for name, raw in raw_channels.items():
        path = (origin or {}).get(("channels", name), main)
        if not isinstance(raw, dict) or "type" not in raw:
            problems.append(f"{path}: key 'channels.{name}.type': missing (one of {', '.join(channel_types())})")
            continue
        try:
            spec = get_channel_type(str(raw["type"]))
        except KeyError:
            problems.append(
                f"{path}: key 'channels.{name}.type': unknown channel type '{raw['type']}' "
                f"(known: {', '.join(channel_types())})"
            )
            continue
        try:
            checked[name] = spec.config_model.model_validate(raw)
        except ValidationError as exc:
            for err in exc.errors():
                problems.append(f"{path}: key 'channels.{name}.{_key(err['loc'])}': {_msg(err)}")
    return checked


def _check_semantics(config: Config, path: Path, problems: list[str]) -> None:
    """What a schema cannot say: rates for every currency, thresholds in order..."""
    for name, sup in config.suppliers.items():
        # A supplier-only fragment (no [shop]) cannot know the shop currency; the file that
        # includes it is checked instead.
        if "shop" in config.model_fields_set and sup.currency and sup.fx_rate is None \
                and config.fx_rate(sup.currency) is None:
            problems.append(
                f"{path}: key 'suppliers.{name}.currency': no [fx] rate for {sup.currency} "
                f"(shop currency {config.shop.currency}); add fx.{sup.currency} or suppliers.{name}.fx_rate"
            )
    from pricesync.ingest.vocab import Vocabulary, VocabularyError

    for i, name in enumerate(config.vocabulary):
        file = config.resolve(name)
        try:
            Vocabulary.default().extended(files=[file])
        except VocabularyError as exc:
            problems.append(f"{path}: key 'vocabulary[{i}]': {str(exc).replace(str(file) + ': ', '')} ({file})")
    from pricesync.match.reading.words import WordsError, load_words

    files = []
    for i, name in enumerate(config.matching.vocabulary):
        file = config.resolve(name)
        files.append(str(file))
        try:
            load_words((str(file),))
        except WordsError as exc:
            problems.append(f"{path}: key 'matching.vocabulary[{i}]': {str(exc).replace(str(file) + ': ', '')} ({file})")
    config.matching._vocabulary_files = tuple(files)
    if config.matching.review_threshold > config.matching.auto_threshold:
        problems.append(f"{path}: key 'matching.review_threshold': higher than auto_threshold")
    from pricesync.pricing.rounding import ROUNDING_MODES, parse_rounding

    try:
        parse_rounding(config.pricing.rounding)
    except ValueError:
        problems.append(
            f"{path}: key 'pricing.rounding': '{config.pricing.rounding}' is not one of {', '.join(ROUNDING_MODES)}"
        )


def find_config_files(paths: list[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.toml")))
        else:
            files.append(p)
    return files


def validate_configs(paths: list[str | Path], *, check_files: bool = True) -> "StageResult":
    """``validate_paths`` as a ``StageResult``: ``counts`` of files and problems,
    ``details["problems"]``, the catalog columns taken per config in ``notes``; exit 2 on a
    problem or when no config file was found."""
    from pricesync.errors import ExitCode
    from pricesync.result import StageResult

    warnings: list[str] = []
    notes: list[str] = []
    count, problems = validate_paths(paths, warnings=warnings, check_files=check_files, notes=notes)
    return StageResult(stage="validate", rows_in=count, counts={"files": count, "problems": len(problems)},
                       notes=notes, warnings=warnings, details={"problems": problems},
                       exit_code=int(ExitCode.USAGE if problems or not count else ExitCode.OK))


def validate_paths(paths: list[str | Path], *, warnings: list[str] | None = None,
                   check_files: bool = True, notes: list[str] | None = None) -> tuple[int, list[str]]:
    """(files checked, problems) for config files and folders of them: what ``run`` would
    stop on, not only the schema. ``warnings`` (when given) collects what does not stop a
    run here; ``check_files=False`` turns missing catalog and price lists into warnings."""
    files = find_config_files(paths)
    problems: list[str] = []
    warnings = [] if warnings is None else warnings
    for f in files:
        if not f.exists():
            problems.append(f"{f}: file not found")
            continue
        try:
            _load(f, problems, warnings, runnable=True, files=check_files, notes=notes)
        except ConfigError as exc:
            problems.append(str(exc))
    return len(files), problems
