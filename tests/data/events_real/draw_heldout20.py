"""The twentieth held-out batch: the second batch's draw (draw_heldout2.py) with a nineteenth seed.

Same strata; every document labelled so far (dev, heldout, heldout2 to heldout19: 378) is left
out, and so is every document of the quote set (tests/data/quotes_real) and every unlabelled
document read beside the stage's output while it was tuned (tests/data/read_in_tuning.txt). With
19 documents of 2,000 characters or less left, the window is widened to 3,000 characters; the
economy stratum has two documents, so one is drawn from it.
Run from the repository root:
python tests/data/events_real/draw_heldout20.py
"""
from draw_heldout2 import draw

draw(20261217, ['dev.jsonl', 'heldout.jsonl'] + [f'heldout{n}.jsonl' for n in range(2, 20)],
     {'diplomacy': 6, 'conflict': 5, 'economy': 1, 'none': 3}, longest=3000,
     quote_set=True, unread=True)
