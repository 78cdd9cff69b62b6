"""`python -m newsgraph` runs the `newsgraph` command."""
from newsgraph.cli import main

main()
