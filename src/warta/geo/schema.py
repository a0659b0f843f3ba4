"""The gazetteer file's SQLite schema, in one place for the builder and the reader."""

from __future__ import annotations

SCHEMA_VERSION = 1

PLACE_COLUMNS = (
    "id",
    "name",
    "country",
    "admin1",
    "admin2",
    "feature_class",
    "feature_code",
    "population",
    "lat",
    "lon",
    "precision",
    "coord_source",
    "source",
    "licence",
)

# `rid` is the integer key the R*Tree and the name index need; `id` is the public one.
# `name` is WITHOUT ROWID with (key, rid) as its primary key: that key is the index on
# normalised names, and a lookup reads one contiguous run of it.
DDL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE place (
    rid           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    country       TEXT,
    admin1        TEXT,
    admin2        TEXT,
    feature_class TEXT NOT NULL,
    feature_code  TEXT NOT NULL,
    population    INTEGER NOT NULL DEFAULT 0,
    lat           REAL NOT NULL,
    lon           REAL NOT NULL,
    precision     INTEGER NOT NULL CHECK (precision IN (1, 2, 3)),
    coord_source  TEXT NOT NULL,
    source        TEXT NOT NULL,
    licence       TEXT NOT NULL,
    prior         REAL NOT NULL
);
CREATE TABLE name (
    key        TEXT NOT NULL,
    rid        INTEGER NOT NULL REFERENCES place (rid),
    form       TEXT NOT NULL,
    is_primary INTEGER NOT NULL,
    PRIMARY KEY (key, rid)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE place_rtree USING rtree (rid, min_lat, max_lat, min_lon, max_lon);
"""
