"""The thirteenth held-out batch: the second batch's draw (draw_heldout2.py) with a twelfth seed.

Same strata; every document labelled so far (dev, heldout, heldout2 to heldout12: 257) is left
out. With the conflict and economy strata of 250-1300 characters used up, the window is widened
to 2,000 characters. Run from the repository root:
python tests/data/events_real/draw_heldout13.py
"""
from draw_heldout2 import draw

draw(20261210, ['dev.jsonl', 'heldout.jsonl'] + [f'heldout{n}.jsonl' for n in range(2, 13)],
     {'diplomacy': 5, 'conflict': 5, 'economy': 4, 'none': 4}, longest=2000)
