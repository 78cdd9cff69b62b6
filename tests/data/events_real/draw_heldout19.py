"""The nineteenth held-out batch: the second batch's draw (draw_heldout2.py) with an eighteenth seed.

Same strata; every document labelled so far (dev, heldout, heldout2 to heldout18: 363) is left
out, and so is every document of the quote set (tests/data/quotes_real), whose texts were read
while the quote stage was tuned, and so is every unlabelled document read beside the stage's output
while it was tuned (tests/data/read_in_tuning.txt). The window is 2,000 characters, as for the thirteenth to
fourteenth. The economy stratum has no document left, so one more is drawn from diplomacy.
Run from the repository root:
python tests/data/events_real/draw_heldout19.py
"""
from draw_heldout2 import draw

draw(20261216, ['dev.jsonl', 'heldout.jsonl'] + [f'heldout{n}.jsonl' for n in range(2, 19)],
     {'diplomacy': 6, 'conflict': 5, 'economy': 0, 'none': 4}, longest=2000,
     quote_set=True, unread=True)
