"""Quality figures of each stage, on public gold data and on the project's labelled sets."""
