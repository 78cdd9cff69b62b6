"""The seventeenth held-out batch: the second batch's draw (draw_heldout2.py) with a sixteenth seed.

Same strata; every document labelled so far (dev, heldout, heldout2 to heldout16: 329) is left
out, and so is every document of the quote set (tests/data/quotes_real), whose texts were read
while the quote stage was tuned. The window is 2,000 characters, as for the thirteenth to
fourteenth. Run from the repository root:
python tests/data/events_real/draw_heldout17.py
"""
from draw_heldout2 import draw

draw(20261214, ['dev.jsonl', 'heldout.jsonl'] + [f'heldout{n}.jsonl' for n in range(2, 17)],
     {'diplomacy': 5, 'conflict': 5, 'economy': 4, 'none': 4}, longest=2000,
     quote_set=True)
