"""The eleventh held-out batch: the second batch's draw (draw_heldout2.py) with a tenth seed.

Same strata and length window; every document labelled so far (dev, heldout, heldout2 to
heldout10: 227) is left out. Run from the repository root:
python tests/data/events_real/draw_heldout11.py
"""
from draw_heldout2 import draw

draw(20261208, ['dev.jsonl', 'heldout.jsonl', 'heldout2.jsonl', 'heldout3.jsonl', 'heldout4.jsonl',
                'heldout5.jsonl', 'heldout6.jsonl',
                'heldout7.jsonl', 'heldout8.jsonl', 'heldout9.jsonl', 'heldout10.jsonl'],
     {'diplomacy': 5, 'conflict': 5, 'economy': 4, 'none': 4})
