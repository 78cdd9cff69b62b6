"""The `newsgraph` console command's entry point.

It sets single-threaded BLAS before anything imports numpy. slovnet's models are small:
with OpenBLAS's thread pool their matrix products gain nothing, and on a busy machine the
pool's spinning threads made the analysis 2-3x slower (docs/benchmarks.md, "Speed").
Parallel work comes from `ingest --workers` instead. A value the user has set is kept.
"""
import os

BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def single_threaded_blas() -> None:
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def main() -> None:
    single_threaded_blas()
    from newsgraph.cli import main as cli_main

    cli_main()
