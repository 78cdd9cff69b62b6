"""Quality figures of each stage, on public gold data and on the project's labelled sets.

Each task's module has `run(data_dir, console, as_json, limit, labels)` returning its figures;
`TASKS` names them in the order `newsgraph eval` runs them. Data folders: `paths`.
"""
TASKS = ("ner", "xdoc", "chrome", "quotes", "facts", "events")


def task_runner(name: str):
    """The `run` function of one task. Raises ValueError for an unknown task."""
    from newsgraph.evaluate import chrome, events, facts, ner, quotes, xdoc

    runners = {"ner": ner.run, "chrome": chrome.run, "quotes": quotes.run, "facts": facts.run,
               "events": events.run, "xdoc": xdoc.run}
    if name not in runners:
        raise ValueError(f"unknown task {name!r} (choose from all, {', '.join(TASKS)})")
    return runners[name]
