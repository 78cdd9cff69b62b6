"""The corpus: many analysed Documents, their index terms, near-duplicates and stories.

This package holds the pure-Python side of the corpus (lemma index, MinHash signatures,
alias table, story rule, ingest driver, export formats); `newsgraph.store` keeps it on disk.
"""
