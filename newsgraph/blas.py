"""BLAS threads: one per process.

slovnet's models are small: with OpenBLAS's thread pool their matrix products gain nothing,
and on a busy machine the pool's spinning threads made the analysis 2-3x slower
(docs/benchmarks.md, "Speed"). Parallel work comes from ingest workers and Ray actors
instead, each single-threaded. A value the user has set is kept.
"""
import os

BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
SINGLE_THREADED = {name: "1" for name in BLAS_THREAD_VARIABLES}


def single_threaded_blas() -> None:
    """Set one BLAS thread for this process, before anything imports numpy."""
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
