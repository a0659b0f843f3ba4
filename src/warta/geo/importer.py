"""Add GeoNames dumps to a built gazetteer: every village for users who need it.

Reads, in any order on the command line (each as .txt or as the .zip GeoNames serves):

- place dumps in GeoNames' 19-column format: ``allCountries.txt``, ``XX.txt`` for one
  country, ``cities500.txt`` and the like;
- ``admin1CodesASCII.txt`` and ``admin2Codes.txt``: the names of the first- and second-level
  divisions a place's codes point to (read first, whatever their position);
- ``alternateNamesV2.txt`` (or the older 8-column ``alternateNames.txt``): more names for
  places in the dumps or already in the gazetteer.

The import writes a new file next to the gazetteer (a copy of it plus the new rows) and
renames it into place only when everything has been read, so a bad line or an interrupted
import leaves the previous gazetteer as it was. A place already present as ``geonames:ID``
is replaced by the dump's row; the names it had are kept alongside the dump's.

Usage: ``import_geonames([Path("ID.zip"), Path("admin1CodesASCII.txt")], Path("var/gazetteer.sqlite"))``.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import DataFileError, WartaError
from .build import INSERT_NAME, INSERT_PLACE, INSERT_TREE, name_rows, place_row, tree_row
from .normalise import is_latin, normalise
from .place import Entry, Place
from .ranking import ranking
from .schema import PLACE_COLUMNS
from .sources.geonames import LICENCE, SOURCE, usable_alternates

log = logging.getLogger(__name__)

Progress = Callable[[str], None]

PLACE_FIELDS = 19
ADMIN_FIELDS = 4
ALTERNATE_FIELDS = (8, 10)  # alternateNames.txt, alternateNamesV2.txt
# alternateNames "languages" that are codes or links, not names
_NOT_LANGUAGES = frozenset(
    {
        "link",
        "wkdt",
        "post",
        "iata",
        "icao",
        "faac",
        "tcid",
        "unlc",
        "abbr",
        "fr_1793",
        "phon",
        "piny",
    }
)
_UNSUPPORTED = (
    "countryinfo",
    "featurecodes",
    "timezones",
    "iso-languagecodes",
    "hierarchy",
    "readme",
)
_BATCH = 10_000
_REPORT_EVERY = 100_000


@dataclass(frozen=True, slots=True)
class ImportStats:
    """What one import added to a gazetteer."""

    path: str
    files: tuple[str, ...]
    seconds: float
    bytes: int
    places_added: int
    places_replaced: int
    places_skipped: int  # rows of feature classes left out, or with no class at all
    names_added: int
    admin_names: int  # admin1/admin2 codes read


@dataclass(frozen=True, slots=True)
class _Source:
    """One input: a file, or a member of a zip file."""

    path: Path
    member: str | None
    kind: str  # places, admin1, admin2, alternates

    @property
    def label(self) -> str:
        return f"{self.path}/{self.member}" if self.member else str(self.path)


def import_geonames(
    paths: Sequence[Path],
    gazetteer_path: Path,
    *,
    progress: Progress | None = None,
    classes: Collection[str] | None = None,
) -> ImportStats:
    """Add the places and names of GeoNames dumps to the gazetteer at gazetteer_path.

    `classes` keeps only places of those GeoNames feature classes ("P", "A", "S" ...); by
    default every class is imported.
    """
    started = time.perf_counter()
    gazetteer_path = Path(gazetteer_path)
    if not gazetteer_path.is_file():
        raise DataFileError(
            f"{gazetteer_path}: no gazetteer to import into (build one with `warta gazetteer build`)"
        )
    sources = [_classify(Path(p)) for p in paths]
    if not sources:
        raise DataFileError("no GeoNames files given")
    say = _reporter(progress)
    keep = frozenset(c.upper() for c in classes) if classes else None

    admin1: dict[str, str] = {}
    admin2: dict[str, str] = {}
    for src in sources:
        if src.kind == "admin1":
            admin1.update(_admin_names(src, say))
        elif src.kind == "admin2":
            admin2.update(_admin_names(src, say))

    tmp = gazetteer_path.with_name(f".{gazetteer_path.name}.{os.getpid()}.import.tmp")
    tmp.unlink(missing_ok=True)
    try:
        say(f"copying {gazetteer_path}")
        shutil.copyfile(gazetteer_path, tmp)
        conn = sqlite3.connect(tmp)
        try:
            conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            writer = _Writer(conn, admin1, admin2, keep)
            for src in sources:
                if src.kind == "places":
                    writer.places(src, say)
            for src in sources:
                if src.kind == "alternates":
                    writer.alternates(src, say)
            writer.finish([s.label for s in sources])
            conn.commit()
            conn.execute("ANALYZE")
            conn.commit()
        finally:
            conn.close()
        os.replace(tmp, gazetteer_path)
    except sqlite3.Error as err:
        raise WartaError(f"{gazetteer_path}: import failed: {err}") from err
    finally:
        tmp.unlink(missing_ok=True)
    stats = ImportStats(
        path=str(gazetteer_path),
        files=tuple(s.label for s in sources),
        seconds=round(time.perf_counter() - started, 2),
        bytes=gazetteer_path.stat().st_size,
        places_added=writer.added,
        places_replaced=writer.replaced,
        places_skipped=writer.skipped,
        names_added=writer.names_added,
        admin_names=len(admin1) + len(admin2),
    )
    say(
        f"added {stats.places_added} places, replaced {stats.places_replaced}, "
        f"added {stats.names_added} names in {stats.seconds} s"
    )
    return stats


# --------------------------------------------------------------------------- inputs


def _classify(path: Path) -> _Source:
    """Which kind of GeoNames file this is, by its name; for a zip, which member to read."""
    if not path.is_file():
        raise DataFileError(f"{path}: no such file")
    member = None
    name = path.name
    if name.lower().endswith(".zip"):
        member = _zip_member(path)
        name = member.rsplit("/", 1)[-1]
    low = name.lower()
    if low.startswith(_UNSUPPORTED):
        raise DataFileError(
            f"{path}: {name} is not a file `warta gazetteer import` reads "
            "(give place dumps, admin1CodesASCII.txt, admin2Codes.txt or alternateNamesV2.txt)"
        )
    if low.startswith("admin1codes"):
        kind = "admin1"
    elif low.startswith("admin2codes"):
        kind = "admin2"
    elif low.startswith("alternatenames"):
        kind = "alternates"
    else:
        kind = "places"
    return _Source(path, member, kind)


def _zip_member(path: Path) -> str:
    """The text member of a GeoNames zip: the one named like the zip, else its only .txt."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.lower().endswith(".txt")]
    except (zipfile.BadZipFile, OSError) as err:
        raise DataFileError(f"{path}: not a readable zip file: {err}") from err
    stem = path.name[:-4].lower()
    for n in names:
        if n.rsplit("/", 1)[-1][:-4].lower() == stem:
            return n
    data = [
        n for n in names if not n.lower().rsplit("/", 1)[-1].startswith(("readme", "iso-language"))
    ]
    if len(data) == 1:
        return data[0]
    raise DataFileError(f"{path}: expected one GeoNames .txt file inside, found {names or 'none'}")


@contextmanager
def _open(src: _Source) -> Iterator[io.BufferedIOBase]:
    """The source's bytes, streamed (a zip member is never unpacked to disk)."""
    try:
        if src.member is None:
            with src.path.open("rb") as f:
                yield f
        else:
            with zipfile.ZipFile(src.path) as zf, zf.open(src.member) as f:
                yield f  # type: ignore[misc]  # ZipExtFile is a binary stream at run time
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as err:
        raise DataFileError(f"{src.label}: cannot read: {err}") from err


def _rows(src: _Source, expected: tuple[int, ...]) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each data line, checked for its column count."""
    want = " or ".join(str(n) for n in expected)
    try:
        with _open(src) as f:
            for lineno, raw in enumerate(f, start=1):
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as err:
                    raise DataFileError(
                        f"{src.label}:{lineno}: not UTF-8 text ({err.reason})"
                    ) from err
                line = line.rstrip("\r\n")
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.split("\t")
                if len(fields) not in expected:
                    raise DataFileError(
                        f"{src.label}:{lineno}: expected {want} tab-separated columns, got {len(fields)}"
                    )
                yield lineno, fields
    except zipfile.BadZipFile as err:
        raise DataFileError(f"{src.label}: corrupt zip data: {err}") from err
    except (OSError, EOFError) as err:
        raise DataFileError(f"{src.label}: cannot read: {err}") from err


def _admin_names(src: _Source, say: Progress) -> dict[str, str]:
    """Division names by GeoNames code ("SY.11" or "SY.11.1234")."""
    say(f"reading {src.label}")
    out: dict[str, str] = {}
    for lineno, fields in _rows(src, (ADMIN_FIELDS,)):
        code, name, ascii_name = fields[0], fields[1], fields[2]
        if code.count(".") < 1 or not (name or ascii_name):
            raise DataFileError(
                f"{src.label}:{lineno}: expected a code like 'SY.11' and a name, got {code!r}"
            )
        out[code] = name if is_latin(name) else ascii_name
    return out


# --------------------------------------------------------------------------- writing


class _Writer:
    """Places and names into an open copy of the gazetteer, in batches."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        admin1: dict[str, str],
        admin2: dict[str, str],
        keep: frozenset[str] | None,
    ) -> None:
        self.conn = conn
        self.admin1 = admin1
        self.admin2 = admin2
        self.keep = keep
        self.rank = ranking()
        self.existing: dict[str, tuple[int, str | None, str | None]] = {
            pid: (rid, a1, a2)
            for rid, pid, a1, a2 in conn.execute(
                "SELECT rid, id, admin1, admin2 FROM place WHERE id LIKE 'geonames:%'"
            )
        }
        self.next_rid = (conn.execute("SELECT MAX(rid) FROM place").fetchone()[0] or 0) + 1
        self.names_before = conn.execute("SELECT COUNT(*) FROM name").fetchone()[0]
        self.added = self.replaced = self.skipped = 0
        self.names_added = 0

    def places(self, src: _Source, say: Progress) -> None:
        say(f"reading {src.label}")
        new_places: list[tuple[object, ...]] = []
        new_trees: list[tuple[int, float, float, float, float]] = []
        updates: list[tuple[object, ...]] = []
        moved: list[tuple[int, float, float, float, float]] = []
        names: list[tuple[str, int, str, int]] = []
        n = 0
        for lineno, fields in _rows(src, (PLACE_FIELDS,)):
            entry = self._entry(src, lineno, fields)
            if entry is None:
                self.skipped += 1
                continue
            p = entry.place
            old = self.existing.get(p.id)
            if old is None:
                rid = self.next_rid
                self.next_rid += 1
                self.existing[p.id] = (rid, p.admin1, p.admin2)
                new_places.append(place_row(rid, p, self.rank.prior(p)))
                new_trees.append(tree_row(rid, p))
                self.added += 1
            else:
                rid, admin1, admin2 = old
                # a dump without admin code files keeps the names the gazetteer had
                row = place_row(rid, p, self.rank.prior(p))
                values = dict(zip(("rid", *PLACE_COLUMNS, "prior"), row, strict=False))
                values["admin1"] = values["admin1"] or admin1
                values["admin2"] = values["admin2"] or admin2
                updates.append((*(values[c] for c in (*PLACE_COLUMNS[1:], "prior")), rid))
                moved.append(tree_row(rid, p))
                self.replaced += 1
            names.extend(name_rows(rid, entry))
            n += 1
            if len(names) >= _BATCH * 4 or len(new_places) + len(updates) >= _BATCH:
                self._flush(new_places, new_trees, updates, moved, names)
            if n % _REPORT_EVERY == 0:
                say(f"{src.label}: {n:,} places")
        self._flush(new_places, new_trees, updates, moved, names)

    def _flush(
        self,
        new_places: list[tuple[object, ...]],
        new_trees: list[tuple[int, float, float, float, float]],
        updates: list[tuple[object, ...]],
        moved: list[tuple[int, float, float, float, float]],
        names: list[tuple[str, int, str, int]],
    ) -> None:
        c = self.conn
        c.executemany(INSERT_PLACE, new_places)
        c.executemany(INSERT_TREE, new_trees)
        sets = ", ".join(f"{col} = ?" for col in (*PLACE_COLUMNS[1:], "prior"))
        c.executemany(f"UPDATE place SET {sets} WHERE rid = ?", updates)
        c.executemany("DELETE FROM place_rtree WHERE rid = ?", [(t[0],) for t in moved])
        c.executemany(INSERT_TREE, moved)
        c.executemany(INSERT_NAME.replace("INSERT", "INSERT OR IGNORE", 1), names)
        for batch in (new_places, new_trees, updates, moved, names):
            batch.clear()

    def _entry(self, src: _Source, lineno: int, f: list[str]) -> Entry | None:
        """A place and its names from one dump row; None for a feature class left out."""
        where = f"{src.label}:{lineno}"
        try:
            gid = int(f[0])
            lat, lon = float(f[4]), float(f[5])
            population = int(f[14] or 0)
        except ValueError as err:
            raise DataFileError(
                f"{where}: expected a numeric geonameid, latitude, longitude and population: {err}"
            ) from err
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataFileError(f"{where}: latitude/longitude {lat}, {lon} out of range")
        name, ascii_name, fclass, fcode, country = f[1], f[2], f[6], f[7], f[8]
        if not name:
            raise DataFileError(f"{where}: empty name")
        if country and (len(country) != 2 or not country.isalpha()):
            raise DataFileError(f"{where}: country code {country!r} is not two letters")
        if not fclass or (self.keep is not None and fclass not in self.keep):
            return None
        primary = name if is_latin(name) else (ascii_name or name)
        place = Place(
            id=f"geonames:{gid}",
            name=primary,
            country=country.upper() or None,
            admin1=self.admin1.get(f"{country}.{f[10]}") if f[10] else None,
            admin2=self.admin2.get(f"{country}.{f[10]}.{f[11]}") if f[11] else None,
            feature_class=fclass,
            feature_code=fcode or fclass,
            population=max(population, 0),
            lat=lat,
            lon=lon,
            precision=1,
            coord_source=SOURCE,
            source=SOURCE,
            licence=LICENCE,
        )
        alternates = [a for a in f[3].split(",") if a] if f[3] else []
        if ascii_name and ascii_name != primary:
            alternates.insert(0, ascii_name)
        return Entry(place, usable_alternates(primary, alternates))

    def alternates(self, src: _Source, say: Progress) -> None:
        """Names of alternateNames rows whose place is in the gazetteer."""
        say(f"reading {src.label}")
        c = self.conn
        c.execute("CREATE TEMP TABLE IF NOT EXISTS alt (gid INTEGER, key TEXT, form TEXT)")
        batch: list[tuple[int, str, str]] = []
        n = 0
        for lineno, fields in _rows(src, ALTERNATE_FIELDS):
            try:
                gid = int(fields[1])
            except ValueError as err:
                raise DataFileError(
                    f"{src.label}:{lineno}: geonameid {fields[1]!r} is not a number"
                ) from err
            lang, form = fields[2], fields[3]
            if lang in _NOT_LANGUAGES or not form or form.isdigit():
                continue
            key = normalise(form)
            if len(key) < 3:
                continue
            batch.append((gid, key, form))
            n += 1
            if len(batch) >= _BATCH:
                c.executemany("INSERT INTO alt VALUES (?, ?, ?)", batch)
                batch.clear()
            if n % _REPORT_EVERY == 0:
                say(f"{src.label}: {n:,} names")
        c.executemany("INSERT INTO alt VALUES (?, ?, ?)", batch)
        c.execute(
            "INSERT OR IGNORE INTO name (key, rid, form, is_primary) "
            "SELECT a.key, p.rid, a.form, 0 FROM alt a JOIN place p ON p.id = 'geonames:' || a.gid"
        )
        c.execute("DELETE FROM alt")

    def finish(self, labels: list[str]) -> None:
        """Bring the meta table's counts up to date and record the import."""
        c = self.conn
        places = c.execute("SELECT COUNT(*) FROM place").fetchone()[0]
        names = c.execute("SELECT COUNT(*) FROM name").fetchone()[0]
        self.names_added = names - self.names_before
        meta = {"places": str(places), "names": str(names)}
        for source, count in c.execute("SELECT source, COUNT(*) FROM place GROUP BY source"):
            meta[f"places.{source}"] = str(count)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        meta["version.geonames-import"] = (
            f"{stamp} {' '.join(Path(label).name for label in labels)}"
        )
        c.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())


def _reporter(progress: Progress | None) -> Progress:
    def say(message: str) -> None:
        log.info("gazetteer import: %s", message)
        if progress is not None:
            progress(message)

    return say
