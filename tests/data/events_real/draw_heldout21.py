"""The twenty-first held-out batch: the second batch's draw (draw_heldout2.py) with a twentieth seed.

Same strata; every document labelled so far (dev, heldout, heldout2 to heldout20: 393) is left
out, and so is every document of the quote set (tests/data/quotes_real, the nineteenth quote batch
included) and every unlabelled document read beside the stage's output while it was tuned
(tests/data/read_in_tuning.txt). The window is 3,000 characters, as for the twentieth; what is left
of conflict, economy and no interaction is four, one and one documents, so diplomacy gives nine.
Run from the repository root:
python tests/data/events_real/draw_heldout21.py
"""
from draw_heldout2 import draw

draw(20261218, ['dev.jsonl', 'heldout.jsonl'] + [f'heldout{n}.jsonl' for n in range(2, 21)],
     {'diplomacy': 9, 'conflict': 4, 'economy': 1, 'none': 1}, longest=3000,
     quote_set=True, unread=True)
