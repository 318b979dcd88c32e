"""The boundary every supplier file is read inside: what it may expand to, and where a
reader that aborts or runs away ends that file only.

A supplier file is untrusted. A 10 KB .xlsx can declare four billion shared strings or
one cell at ``XFD1048576`` and the Rust reader (calamine) then allocates hundreds of GB
and aborts the process; a damaged .xls can do the same; an HTML table can claim spans of
millions of cells. So, before a reader allocates:

- the file on disk is at most ``max_file_mb``;
- a zip (.xlsx .xlsm .xlsb .ods) is read member by member: each member's CRC is checked
  (a tampered or damaged member is never trusted), what the members declare uncompressed
  is at most ``max_expanded_mb`` in total, and a member over 50 MB expands at most
  ``max_ratio`` times its compressed size (a zip bomb);
- a sheet's ``<dimension ref>``, its far cell references and the shared-string
  ``uniqueCount`` stay within ``max_cells`` (and a string count within what the part's
  bytes can hold);
- an HTML table stops at ``max_cells`` cells, a category chain at ``max_depth`` levels
  (the readers check these as they go).

Then the readers known to abort on damaged input (python-calamine for .xls .xlsb .ods)
run in a worker process with an address-space limit (``worker_memory_mb``) and a time
limit (``worker_seconds``): an abort, a panic or a runaway ends the worker, and the file
is held with one line naming it. .xlsx/.xlsm (fastexcel) are read in a child forked from
the ingesting process (``read_forked``): the libraries are already imported, so it costs
milliseconds, not the ~0.6 s of imports a spawned worker would; the same limits apply and
its death is the same one line. Where ``os.fork`` is missing they are read in-process,
covered by the checks above only.

Limits are in ``Limits``; an operator with truly huge files raises them in ``[ingest]``.
"""
from __future__ import annotations

import os
import pickle
import re
import signal
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field

from pricesync.config.types import StrictModel
from pricesync.errors import InputError, PricesyncError

if TYPE_CHECKING:
    from pricesync.ingest.readers import Book, ReadOptions

MB = 1 << 20
# Readers that run in a worker process: python-calamine on formats it can abort on.
ISOLATED_KINDS = frozenset({"xls", "xlsb", "ods"})
# Readers that run in a child forked from the ingesting process (fastexcel, for speed).
FORKED_KINDS = frozenset({"xlsx", "xlsm"})
_BIG_MEMBER = 50 * MB
_CHUNK = 4 * MB


@dataclass(frozen=True)
class Limits:
    max_file_mb: int = 1024           # a supplier file on disk
    max_expanded_mb: int = 4096       # a zip's members uncompressed, in total
    max_ratio: int = 100              # uncompressed / compressed of a zip member over 50 MB
    max_cells: int = 30_000_000       # a sheet's range, its shared strings; an HTML table a tenth of it
    max_depth: int = 100              # levels of a feed's category chain
    worker_memory_mb: int = 4096      # address space the workbook reader process may add
    worker_seconds: int = 120         # wall time (and CPU time) of that process


class IngestLimits(StrictModel):
    """``[ingest]``: how big a supplier file may be and what it may expand to. The defaults
    hold price lists of a million rows; raise them only for files known to be larger."""

    max_file_mb: int = Field(Limits.max_file_mb, gt=0, description="largest supplier file on disk, MB")
    max_expanded_mb: int = Field(Limits.max_expanded_mb, gt=0,
                                 description="what an .xlsx/.ods (a zip) may expand to, MB")
    max_ratio: int = Field(Limits.max_ratio, gt=0,
                           description="largest compression ratio of a zip member over 50 MB (a zip bomb)")
    max_cells: int = Field(Limits.max_cells, gt=0,
                           description="cells a sheet's range, its shared strings or an HTML table may have")
    max_depth: int = Field(Limits.max_depth, gt=0, description="levels of a feed's category chain")
    worker_memory_mb: int = Field(Limits.worker_memory_mb, gt=0,
                                  description="memory the process reading a workbook may add, MB")
    worker_seconds: int = Field(Limits.worker_seconds, gt=0, description="time that process may take, s")

    def limits(self) -> Limits:
        return Limits(**self.model_dump())


def limits_of(config) -> Limits:
    section = getattr(config, "ingest", None) if config is not None else None
    return section.limits() if isinstance(section, IngestLimits) else Limits()


def _over(what: str, value: int, limit: int, key: str, path: Path, unit: str = "") -> InputError:
    return InputError(f"{what}: {value:,}{unit}, over the limit of {limit:,}{unit} ([ingest] {key}); "
                      f"held unread", file=str(path))


# -- checks before any reader allocates -------------------------------------------------

def precheck(path: Path, kind: str, limits: Limits) -> None:
    size = path.stat().st_size
    if size > limits.max_file_mb * MB:
        raise _over("the file", size // MB, limits.max_file_mb, "max_file_mb", path, " MB")
    if kind in ("xlsx", "xlsm", "xlsb", "ods"):
        check_zip(path, limits)


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*?\bref="([A-Z]{1,3})?([0-9]+)?(?::([A-Z]{1,3})([0-9]+))?"')
_WIDE_REF = re.compile(rb' r="([A-Z]{2,3})([0-9]+)"')
_FAR_ROW = re.compile(rb' r="[A-Z]?([0-9]{7,})"')
_SST_COUNT = re.compile(rb'\b(uniqueCount|count)="([0-9]+)"')


def _col(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def check_zip(path: Path, limits: Limits) -> None:
    """Declared sizes and ratios, then every member read through (its CRC checked) with the
    sheet ranges and shared-string counts looked at on the way."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            if total > limits.max_expanded_mb * MB:
                raise _over("what the archive expands to", total // MB, limits.max_expanded_mb,
                            "max_expanded_mb", path, " MB")
            for info in infos:
                if info.file_size > _BIG_MEMBER and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                    raise InputError(f"zip member {info.filename} expands {info.file_size // max(info.compress_size, 1):,} "
                                     f"times ({info.file_size // MB:,} MB from {info.compress_size // 1024:,} KB), over "
                                     f"the limit of {limits.max_ratio} ([ingest] max_ratio): a zip bomb; held unread",
                                     file=str(path))
            for info in infos:
                _read_member(zf, info, path, limits)
    except PricesyncError:
        raise
    except zipfile.BadZipFile as exc:
        text = str(exc)
        if "CRC" in text:
            raise InputError(f"is damaged: a zip member's checksum does not match its content ({text}); "
                             f"download it again", file=str(path)) from None
        raise InputError(f"is a damaged zip archive ({text}); download it again", file=str(path)) from None
    except (OSError, EOFError, RuntimeError, NotImplementedError, ValueError, zipfile.LargeZipFile) as exc:
        # zlib.error is an Exception subclass too: caught below with the rest
        raise InputError(f"is a damaged zip archive ({type(exc).__name__}: {str(exc)[:200]}); download it again",
                         file=str(path)) from None
    except Exception as exc:  # zlib.error and the like: a damaged member
        raise InputError(f"is a damaged zip archive ({type(exc).__name__}: {str(exc)[:200]}); download it again",
                         file=str(path)) from None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limits: Limits) -> None:
    name = info.filename.lower()
    sheet = name.endswith(".xml") and ("worksheets/" in name or "/sheet" in name)
    shared = name.endswith("sharedstrings.xml")
    max_row = max_col = 0
    head = b""
    with zf.open(info) as fh:  # ZipExtFile checks the CRC when the member is read to its end
        carry = b""
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            if sheet or shared:
                data = carry + chunk
                if not head:
                    head = data[:8192]
                    if sheet:
                        dim = _DIMENSION.search(head)
                        if dim and dim.group(4):
                            max_row, max_col = int(dim.group(4)), _col(dim.group(3))
                            first_row = int(dim.group(2) or 1)
                            first_col = _col(dim.group(1) or b"A")
                            cells = max(max_row - first_row + 1, 1) * max(max_col - first_col + 1, 1)
                            if cells > limits.max_cells:
                                raise _over(f"sheet part {info.filename} declares the range "
                                            f"{dim.group(0).split(b'ref=')[1].decode()[1:-1]}, in cells",
                                            cells, limits.max_cells, "max_cells", path)
                    else:
                        _check_shared(head, info, path, limits)
                if sheet:
                    for m in _WIDE_REF.finditer(data):
                        max_col = max(max_col, _col(m.group(1)))
                        max_row = max(max_row, int(m.group(2)))
                    for m in _FAR_ROW.finditer(data):
                        max_row = max(max_row, int(m.group(1)))
                    cells = max_row * max(max_col, 1)
                    if cells > limits.max_cells:
                        raise _over(f"sheet part {info.filename} reaches row {max_row:,} and column {max_col:,}, "
                                    f"in cells", cells, limits.max_cells, "max_cells", path)
                carry = data[-32:]


def _check_shared(head: bytes, info: zipfile.ZipInfo, path: Path, limits: Limits) -> None:
    tag = re.search(rb"<(?:\w+:)?sst\b[^>]*>", head)
    if not tag:
        return
    for key, value in _SST_COUNT.findall(tag.group(0)):
        count = int(value)
        # Every distinct string takes at least "<si><t/></si>" (12 bytes) of the part; `count`
        # is how often cells use them, which a part of any size may exceed.
        fits = key != b"uniqueCount" or count <= info.file_size // 12 + 1
        if count > limits.max_cells or not fits:
            raise InputError(f"shared strings part declares {count:,} strings in {info.file_size:,} bytes "
                             f"(a damaged or hostile workbook; limit {limits.max_cells:,}, [ingest] max_cells); "
                             f"held unread", file=str(path))


# -- a reader in a worker process ----------------------------------------------------------

def read_isolated(path: Path, options: "ReadOptions", kind: str, limits: Limits) -> "Book":
    """Run the reader of ``kind`` in a fresh process with memory and time limits. Whatever
    ends that process (an abort, a panic, the memory or time limit) becomes an
    ``InputError`` naming the file."""
    payload = pickle.dumps((str(path), options, kind, limits))
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("RUST_BACKTRACE", "0")
    proc = subprocess.Popen([sys.executable, "-m", "pricesync.ingest.boundary"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        out, err = proc.communicate(payload, timeout=limits.worker_seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise InputError(f"reading it took over {limits.worker_seconds} s ([ingest] worker_seconds); "
                         f"held unread", file=str(path)) from None
    if proc.returncode == 0 and out:
        try:
            status, value = pickle.loads(out)
        except Exception:
            status, value = "crash", "the reader process returned nothing readable"
        if status == "ok":
            value.path = path
            return value
        if status == "error" and isinstance(value, BaseException):
            raise value
    raise _stopped(kind, _death(proc.returncode, err, limits), path)


def _stopped(kind: str, why: str, path: Path) -> InputError:
    return InputError(f"cannot read as {kind}: the reader stopped ({why}); a damaged or hostile file, held",
                      file=str(path))


def read_forked(path: Path, options: "ReadOptions", kind: str, reader, limits: Limits) -> "Book":
    """Run ``reader`` in a child forked from this process (the libraries are already
    imported: no start-up cost), under the same memory and time limits as ``read_isolated``
    and with the same one line when the child dies. The sheets come back as Arrow IPC files
    (text columns, as fastexcel gives them) and the rest of the book pickled, through a
    temporary folder. Where ``os.fork`` is missing the reader runs in this process (the
    checks of ``precheck`` still apply)."""
    if not hasattr(os, "fork"):
        return reader(path, options)
    import select
    import tempfile

    with tempfile.TemporaryDirectory(prefix="pricesync-read-") as tmp:
        folder = Path(tmp)
        err_file = folder / "stderr"
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 70
            try:
                os.close(ready_r)
                fd = os.open(err_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(fd, 2)
                os.close(fd)
                import faulthandler

                if faulthandler.is_enabled():  # its dump goes to the file, read by the parent
                    faulthandler.enable(file=2)
                import resource

                _limit(resource, limits)
                try:
                    _send(_read_contained(reader, path, options, kind, limits), folder)
                except MemoryError:
                    _send(("error", _too_large(path, limits)), folder)
                code = 0
            except BaseException:  # noqa: BLE001 - nothing may escape a forked child
                pass
            finally:
                os._exit(code)
        os.close(ready_w)  # the pipe reaches end of file when the child ends, however it ends
        try:
            ended, _, _ = select.select([ready_r], [], [], limits.worker_seconds)
        finally:
            os.close(ready_r)
        if not ended:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise InputError(f"reading it took over {limits.worker_seconds} s ([ingest] worker_seconds); "
                             f"held unread", file=str(path)) from None
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code == 0 and (folder / "book.pickle").exists():
            status_, value = _receive(folder)
            if status_ == "ok":
                value.path = path
                return value
            raise value
        err = err_file.read_bytes() if err_file.exists() else b""
        raise _stopped(kind, _death(code, err, limits), path)


def _send(result: tuple, folder: Path) -> None:
    """Text columns of each sheet to ``<folder>/<sheet>.arrow``; the rest pickled."""
    import pandas as pd
    import pyarrow as pa

    status, book = result
    if status == "ok":
        for i, sheet in enumerate(book.sheets):
            cells = sheet.cells
            if len(cells.columns) and all(isinstance(t, pd.StringDtype) and t.storage == "pyarrow"
                                          for t in cells.dtypes):
                table = pa.table([pa.array(cells[c]) for c in cells.columns], names=[str(c) for c in cells.columns])
                with pa.OSFile(str(folder / f"{i}.arrow"), "wb") as sink, \
                        pa.ipc.new_file(sink, table.schema) as writer:
                    writer.write_table(table)
                sheet.cells = ("arrow", list(cells.columns))
    tmp = folder / "book.tmp"
    tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.rename(folder / "book.pickle")


def _receive(folder: Path) -> tuple:
    status, book = pickle.loads((folder / "book.pickle").read_bytes())
    if status == "ok":
        import pandas as pd
        import pyarrow as pa

        for i, sheet in enumerate(book.sheets):
            if isinstance(sheet.cells, tuple) and sheet.cells[0] == "arrow":
                # mapped, not copied: the columns stay valid after the folder is removed
                table = pa.ipc.open_file(pa.memory_map(str(folder / f"{i}.arrow"))).read_all()
                sheet.cells = pd.DataFrame({c: pd.Series(table.column(j), dtype="str")
                                            for j, c in enumerate(sheet.cells[1])})
    return status, book


def _death(code: int | None, err: bytes, limits: Limits) -> str:
    text = err.decode("utf-8", "replace")
    alloc = re.search(r"memory allocation of (\d+) bytes failed", text)
    if alloc:
        return f"it asked for {int(alloc.group(1)) // MB:,} MB, over the {limits.worker_memory_mb:,} MB limit"
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if name == "SIGXCPU":
            return f"over {limits.worker_seconds} s of CPU time"
        return {"SIGABRT": "aborted", "SIGSEGV": "crashed", "SIGKILL": "killed"}.get(name, name)
    panic = re.search(r"panicked at [^\n]*\n([^\n]+)", text)
    if panic:
        return "panic: " + panic.group(1).strip()[:150]
    return f"exit code {code}"


def _worker() -> int:
    import resource

    path, options, kind, limits = pickle.loads(sys.stdin.buffer.read())
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the result goes to the parent's pipe
    try:
        from pricesync.ingest import readers

        readers._load_builtin()
        reader = readers._READERS[kind]
        _limit(resource, limits)
        data = pickle.dumps(_read_contained(reader, Path(path), options, kind, limits),
                            protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        data = pickle.dumps(("error", _too_large(path, limits)))
    out.write(data)
    out.flush()
    return 0


def _too_large(path, limits: Limits) -> InputError:
    return InputError(f"file too large to read within {limits.worker_memory_mb:,} MB ([ingest] worker_memory_mb)",
                      file=str(path))


def _read_contained(reader, path: Path, options: "ReadOptions", kind: str, limits: Limits) -> tuple:
    """("ok", book) or ("error", an InputError naming the file): the reader's call inside a
    worker (spawned or forked), after its limits are set."""
    from pricesync.ingest import readers

    hook = os.environ.get("PRICESYNC_TEST_WORKER_ABORT")
    if hook and hook == path.name:  # tests only: a native abort inside the worker
        os.abort()
    try:
        return ("ok", reader(path, options))
    except PricesyncError as exc:
        return ("error", exc)
    except MemoryError:
        return ("error", _too_large(path, limits))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a library's own error, a Rust panic (PanicException)
        return ("error", InputError(f"cannot read as {kind}: {readers._one_line(exc)}", file=str(path)))


def _limit(resource, limits: Limits) -> None:
    """Address space: what the process already maps (the interpreter and libraries) plus
    ``worker_memory_mb``; CPU time: ``worker_seconds``."""
    try:
        with open("/proc/self/status") as fh:
            vm = next((int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize:")), 0)
    except OSError:
        vm = 0
    for what, want in ((resource.RLIMIT_AS, vm + limits.worker_memory_mb * MB),
                       (resource.RLIMIT_CPU, limits.worker_seconds)):
        soft, hard = resource.getrlimit(what)
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        if soft == resource.RLIM_INFINITY or want < soft:
            try:
                resource.setrlimit(what, (want, hard))
            except (ValueError, OSError):
                pass


if __name__ == "__main__":
    sys.exit(_worker())
