"""Sources that refresh themselves: outlets' feeds and sitemaps polled politely into the store.

`newsgraph sources add|list|remove` keeps the list of URLs to poll (in the store's watch
tables, `newsgraph.store.watch`); `newsgraph watch` runs a `Poller` (`poll`): each cycle
fetches the due listings (`listing`: RSS/Atom feeds, XML sitemaps and sitemap indexes), then
the article pages they name that are new or changed, through a polite `Fetcher` (`fetch`:
conditional requests, one request at a time per host with a delay, robots.txt, retries, a
timeout and a size limit), reads each page with the HTML reader (`page`), analyses it with the
`Pipeline` and stores it through the `Corpus`, once however many listings name it. After each
cycle `hooks.after_cycle` hears which documents are new.
"""
from __future__ import annotations
