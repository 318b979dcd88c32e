"""Loading and validating config files: every problem reported at once, with file and key."""
from __future__ import annotations

import glob
import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pricesync.config.models import Config
from pricesync.errors import ConfigError

DEFAULT_CONFIG = "pricesync.toml"


def _key(loc: tuple) -> str:
    return ".".join(str(p) for p in loc)


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


def _merge(base: dict[str, Any], extra: dict[str, Any], *, path: Path, problems: list[str]) -> None:
    for key, value in extra.items():
        if key == "include":
            continue
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            for sub, subval in value.items():
                if sub in base[key] and key in ("suppliers", "channels", "competitors"):
                    problems.append(f"{path}: key '{key}.{sub}': defined twice (also in an earlier file)")
                base[key][sub] = subval
        else:
            base[key] = value


def load_config(path: str | Path | None = None) -> Config:
    """Load ``pricesync.toml`` (and what it includes) into a validated ``Config``."""
    path = Path(path or os.environ.get("PRICESYNC_CONFIG") or DEFAULT_CONFIG)
    problems: list[str] = []
    config = _load(path, problems)
    if problems or config is None:
        raise ConfigError(f"{len(problems)} problem(s) in config", problems=problems, file=str(path))
    return config


def _load(path: Path, problems: list[str]) -> Config | None:
    data = _read_toml(path)
    base_dir = path.resolve().parent
    includes = data.get("include", [])
    if isinstance(includes, list):
        for pattern in includes:
            matched = sorted(glob.glob(str(base_dir / str(pattern))))
            if not matched:
                problems.append(f"{path}: key 'include': '{pattern}' matches no file")
            for inc in matched:
                try:
                    _merge(data, _read_toml(Path(inc)), path=Path(inc), problems=problems)
                except ConfigError as exc:
                    problems.append(str(exc))
    # Channel sections are checked by their connector's model even when the rest of the
    # file is broken, so one `validate` shows every problem.
    channels = _check_channels(data.get("channels"), path, problems)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            if err["loc"][:1] != ("channels",) or not channels:
                problems.append(f"{path}: key '{_key(err['loc'])}': {err['msg']}")
        return None
    config._base_dir = base_dir
    config._source = path
    config._channels = channels
    _check_semantics(config, path, problems)
    return config


def _check_channels(raw_channels: object, path: Path, problems: list[str]) -> dict:
    from pricesync.channels.registry import channel_types, get_channel_type

    checked: dict = {}
    if not isinstance(raw_channels, dict):
        return checked
    for name, raw in raw_channels.items():
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
                problems.append(f"{path}: key 'channels.{name}.{_key(err['loc'])}': {err['msg']}")
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
    from pricesync.match.vocabulary import WordsError, load_words

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


def validate_paths(paths: list[str | Path]) -> tuple[int, list[str]]:
    """(files checked, problems) for config files and folders of them."""
    files = find_config_files(paths)
    problems: list[str] = []
    for f in files:
        if not f.exists():
            problems.append(f"{f}: file not found")
            continue
        try:
            _load(f, problems)
        except ConfigError as exc:
            problems.append(str(exc))
    return len(files), problems
