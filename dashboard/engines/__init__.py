"""Engines that run the extractor somewhere else than this process, for large corpora.

- :mod:`dashboard.engines.dask`: a Dask cluster (a local ``distributed`` cluster, or a
  remote scheduler by address); writes Parquet partitions that the store loads in bulk
  (``python -m dashboard ingest --engine dask PATH...``).

The local ingest (``Store.ingest_paths``) remains the default: one machine, a process pool.
"""
