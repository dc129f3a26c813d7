"""Extraction at corpus scale: ordered multi-process runs, Parquet tables, the Dask recipe.

See docs/scale.md. Nothing here imports pyarrow, duckdb or dask until it is used.
"""
