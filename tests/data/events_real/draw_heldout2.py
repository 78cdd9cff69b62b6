"""The second held-out batch: a fixed-seed draw stratified by keyword stems (no reading).

Documents of 250-1300 characters (the labelled ones are 270-1200) not yet labelled, each put
in the stratum whose stems it has most (at least two): diplomacy, conflict and crime, economy,
no political interaction. From each, one factRuEval document and the rest from NEREL.
Run from the repository root: python tests/data/events_real/draw_heldout2.py
"""
import json
import os
import random
import re


def draw(seed: int, labelled: list[str], want: dict[str, int], longest: int = 1300,
         quote_set: bool = False, unread: bool = False) -> None:
    """Print the drawn ids by stratum: `want` documents of each, none of those in the `labelled` files,
    of 250 to `longest` characters; with `quote_set`, none of the documents labelled for the quote
    set either (their texts have been read while the quote stage was tuned); with `unread`, none of
    those listed in tests/data/read_in_tuning.txt (read beside the stage's output while tuning)."""
    EVAL = os.environ.get("NEWSGRAPH_EVAL_DATA", "../shared/data/eval")
    HERE = os.path.dirname(os.path.abspath(__file__))
    texts = {}
    for f in ['factrueval-dev.jsonl', 'nerel-dev.jsonl']:
        for l in open(os.path.join(EVAL, f)):
            d = json.loads(l); texts[(f, d['id'])] = d['text']
    lab = set()
    for f in labelled:
        for l in open(os.path.join(HERE, f)):
            d = json.loads(l); lab.add((d['file'], d['id']))
    if quote_set:
        quotes = os.path.join(HERE, '..', 'quotes_real')
        for name in sorted(os.listdir(quotes)):
            if name.endswith('.json'):
                record = json.load(open(os.path.join(quotes, name), encoding='utf-8'))
                if isinstance(record, dict):
                    lab |= {(d['file'], d['id']) for d in record.get('documents', [])}
    if unread:
        for l in open(os.path.join(HERE, '..', 'read_in_tuning.txt'), encoding='utf-8'):
            if l.strip() and not l.startswith('#'):
                lab.add(tuple(l.split()[:2]))
    STRATA = {
        'diplomacy': r'\b(переговор|визит|встрет|встреч|посол|посл[аеу]|саммит|мид\b|министр иностранных|соглашени|договор|дипломат|санкци|президент)',
        'conflict': r'\b(задерж|арест|убит|убий|обстрел|теракт|суд|полици|военн|атак|взрыв|приговор|обвин|бо[йе]в|нападени|уголовн)',
        'economy': r'\b(компани|рубл|доллар|банк|сделк|инвест|акци[яйи]|рынок|рынк|экономик|нефт|газ\b|млрд|миллиард|бизнес)',
        'none': r'\b(матч|чемпион|турнир|спортсмен|умер|скончал|пожар|преми|награ|фильм|учён|учен|выставк|концерт|альбом|олимпи|актер|актёр|певиц|певец)',
    }
    cands = {s: [] for s in STRATA}
    for k, t in sorted(texts.items()):
        if k in lab or len(t) > longest or len(t) < 250:
            continue
        low = t.lower()
        scores = {s: len(re.findall(p.lower(), low)) for s, p in STRATA.items()}
        best = max(scores, key=lambda s: (scores[s], s == 'none'))
        if scores[best] >= 2:
            cands[best].append(k)
    rng = random.Random(seed)
    for s, n in want.items():
        pool = cands[s]
        fr = [k for k in pool if k[0].startswith('factrueval')]
        ne = [k for k in pool if k[0].startswith('nerel')]
        nf = min(len(fr), 1)
        pick = rng.sample(fr, nf) + rng.sample(ne, min(len(ne), n - nf))
        print(f'# {s}: {len(pool)} candidates')
        for f, i in pick:
            print(f, i)


if __name__ == "__main__":
    draw(20261129, ['dev.jsonl', 'heldout.jsonl'], {'diplomacy': 6, 'conflict': 6, 'economy': 5, 'none': 5})
