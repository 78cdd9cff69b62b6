"""`python -m newsgraph` runs the `newsgraph` command."""
from newsgraph.entry import main

main()
