"""The `newsgraph` console command's entry point: single-threaded BLAS (see `newsgraph.blas`)
before anything imports numpy, then the command line."""
from newsgraph.blas import single_threaded_blas


def main() -> None:
    single_threaded_blas()
    from newsgraph.cli import main as cli_main

    cli_main()
