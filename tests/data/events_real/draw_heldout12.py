"""The twelfth held-out batch: the second batch's draw (draw_heldout2.py) with an eleventh seed.

Same strata and length window; every document labelled so far (dev, heldout, heldout2 to
heldout11: 242) is left out. Run from the repository root:
python tests/data/events_real/draw_heldout12.py
"""
from draw_heldout2 import draw

draw(20261209, ['dev.jsonl', 'heldout.jsonl', 'heldout2.jsonl', 'heldout3.jsonl', 'heldout4.jsonl',
                'heldout5.jsonl', 'heldout6.jsonl',
                'heldout7.jsonl', 'heldout8.jsonl', 'heldout9.jsonl', 'heldout10.jsonl', 'heldout11.jsonl'],
     {'diplomacy': 5, 'conflict': 5, 'economy': 4, 'none': 4})
