"""The eighteenth held-out batch: the second batch's draw (draw_heldout2.py) with a seventeenth seed.

Same strata; every document labelled so far (dev, heldout, heldout2 to heldout17: 347) is left
out, and so is every document of the quote set (tests/data/quotes_real), whose texts were read
while the quote stage was tuned, and so is every unlabelled document read beside the stage's output
while it was tuned (tests/data/read_in_tuning.txt). The window is 2,000 characters, as for the thirteenth to
fourteenth. Run from the repository root:
python tests/data/events_real/draw_heldout18.py
"""
from draw_heldout2 import draw

draw(20261215, ['dev.jsonl', 'heldout.jsonl'] + [f'heldout{n}.jsonl' for n in range(2, 18)],
     {'diplomacy': 5, 'conflict': 5, 'economy': 4, 'none': 4}, longest=2000,
     quote_set=True, unread=True)
