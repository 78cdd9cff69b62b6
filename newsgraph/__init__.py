"""newsgraph: Russian-language news into a searchable record of people, quotes, facts and events."""

__version__ = "0.1.0"
SCHEMA = "newsgraph.document/1"
