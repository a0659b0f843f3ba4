"""Data files shipped with warta (each records its source and licence)."""
