"""``[suppliers.NAME.source]``: where a supplier's price list is fetched from before a run.

```toml
[suppliers.webopt.source]
url = "https://opt.example/price.xlsx"   # https, http, ftp, ftps, sftp; a Google Sheets share link
user_env = "WEBOPT_USER"                 # basic auth / FTP / SFTP user (or user@ in the URL)
password_env = "WEBOPT_PASSWORD"
token_env = "WEBOPT_TOKEN"               # sent as "Authorization: Bearer ..." (or in `header`)
header = "X-Api-Key"                     # the token goes in this header instead
headers_env = { "X-Client" = "WEBOPT_CLIENT" }   # more headers, each value from the environment
key_env = "WEBOPT_SSH_KEY"               # sftp: a private key (PEM/OpenSSH text or a file path)
known_hosts = "known_hosts"              # sftp: the server's host key (ssh-keyscan output), relative to the config
verify = "ca.pem"                        # https/ftps: false, or a CA bundle (default: the system's)
max_age = "2d"                           # an unchanged or unreachable list older than this holds the supplier
timeout = 60                             # seconds per network operation
max_mb = 200                             # a bigger download is refused while it streams
pattern = "price*.xlsx"                  # file name glob in a remote folder or an archive
```

Credentials never live in the config file: only the names of environment variables do.
"""
from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator

from pricesync.config.types import StrictModel

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def parse_duration(value: object) -> float:
    """Seconds from ``"2d"``, ``"12h"``, ``"30m"``, ``"90s"`` or a number of seconds."""
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")
    if isinstance(value, (int, float)):
        if value <= 0:
            raise ValueError(f"{value}: must be more than 0")
        return float(value)
    m = _DURATION.match(str(value))
    if not m:
        raise ValueError(f"not a duration: {value!r} (write e.g. \"2d\", \"12h\", \"30m\")")
    seconds = float(m.group(1)) * _UNITS[m.group(2).lower()]
    if seconds <= 0:
        raise ValueError(f"{value!r}: must be more than 0")
    return seconds


class SourceConfig(StrictModel):
    url: str = Field(..., description="https://, http://, ftp://, ftps://, sftp:// (or another registered "
                                      "scheme) or a Google Sheets share link; a folder URL ends with '/'")
    user_env: str | None = Field(None, description="environment variable holding the user name")
    password_env: str | None = Field(None, description="environment variable holding the password")
    token_env: str | None = Field(None, description="environment variable holding a bearer token")
    header: str | None = Field(None, description="send the token in this header (e.g. X-Api-Key) instead of "
                                                 "Authorization: Bearer")
    headers_env: dict[str, str] = Field(default_factory=dict, description="header name -> environment variable "
                                                                          "holding its value")
    key_env: str | None = Field(None, description="sftp: environment variable holding a private key (the key "
                                                  "text or a path to it)")
    max_age: str | float | None = Field(None, description="e.g. '2d', '12h': a list unchanged (or unreachable) for "
                                                          "longer holds the supplier")
    timeout: float = Field(60.0, gt=0, description="seconds for one network operation")
    max_mb: float = Field(200.0, gt=0, description="largest download accepted, in MB")
    pattern: str | None = Field(None, description="file name glob inside a remote folder or an archive")
    verify: bool | str = Field(True, description="TLS verification: true, false or a CA bundle path")
    known_hosts: bool | str | None = Field(None, description="sftp: known_hosts file checking the server's key "
                                                             "(default ~/.ssh/known_hosts; false skips the check)")
    max_unpacked_mb: float = Field(500.0, gt=0, description="an archive unpacking to more is refused")
    max_members: int = Field(50, ge=1, description="an archive with more matching members is refused")
    max_ratio: float = Field(200.0, gt=1, description="a member expanding more than this many times is refused "
                                                      "(a zip bomb)")

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        v = v.strip()
        parts = urlsplit(v)
        if not parts.scheme or not (parts.netloc or parts.path):
            raise ValueError(f"'{v}' is not a URL (e.g. https://opt.example/price.xlsx, sftp://host/folder/)")
        if parts.password is not None:
            raise ValueError("holds a password: credentials come from the environment (user_env, "
                             "password_env), never from the config file")
        from pricesync.sources import source_schemes

        if parts.scheme.lower() not in source_schemes():
            raise ValueError(f"scheme '{parts.scheme}' is not supported (known: {', '.join(source_schemes())})")
        return v

    @field_validator("user_env", "password_env", "token_env", "key_env")
    @classmethod
    def _env_name(cls, v: str | None) -> str | None:
        if v is not None and not _ENV_NAME.match(v):
            raise ValueError(f"'{v}' is not an environment variable name (credentials are never written in the "
                             "config: name the variable that holds them, e.g. WEBOPT_PASSWORD)")
        return v

    @field_validator("headers_env")
    @classmethod
    def _headers(cls, v: dict[str, str]) -> dict[str, str]:
        for name, var in v.items():
            if not re.match(r"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", name):
                raise ValueError(f"'{name}' is not a header name")
            if not _ENV_NAME.match(var):
                raise ValueError(f"'{name}': '{var}' is not an environment variable name (the value comes from "
                                 "the environment, never from the config)")
        return v

    @field_validator("max_age")
    @classmethod
    def _max_age(cls, v: object) -> object:
        if v is not None:
            parse_duration(v)
        return v

    @model_validator(mode="after")
    def _pairs(self) -> "SourceConfig":
        if self.header and not self.token_env:
            raise ValueError("header needs token_env (the variable holding the value sent in it)")
        if self.password_env and self.token_env:
            raise ValueError("password_env and token_env both set: keep one way to log in")
        return self

    # -- derived ---------------------------------------------------------------------------
    @property
    def scheme(self) -> str:
        return urlsplit(self.url).scheme.lower()

    def resolved(self, resolve) -> "SourceConfig":
        """A copy with file paths (CA bundle, known_hosts) made absolute by ``resolve``."""
        update = {}
        for key in ("verify", "known_hosts"):
            value = getattr(self, key)
            if isinstance(value, str) and value:
                update[key] = str(resolve(value))
        return self.model_copy(update=update) if update else self

    def max_age_seconds(self) -> float | None:
        return None if self.max_age is None else parse_duration(self.max_age)

    def max_bytes(self) -> int:
        return int(self.max_mb * 1024 * 1024)

    def env(self, key: str) -> str | None:
        """The value of the variable named by ``key`` (e.g. ``"password_env"``); a ``SourceError``
        naming the key and the variable when it is named but not set."""
        var = getattr(self, key)
        return self.env_var(var, key) if var else None

    @staticmethod
    def env_var(var: str, key: str) -> str:
        value = os.environ.get(var)
        if value is None or value == "":
            from pricesync.sources import SourceError

            raise SourceError(f"environment variable {var} ({key}) is not set")
        return value

    def user(self) -> str | None:
        return self.env("user_env") or urlsplit(self.url).username

    def secrets(self) -> list[str]:
        """Values to keep out of messages and logs."""
        out = []
        for key in ("password_env", "token_env", "key_env"):
            var = getattr(self, key)
            if var and os.environ.get(var):
                out.append(os.environ[var])
        out += [os.environ[v] for v in self.headers_env.values() if os.environ.get(v)]
        return out
