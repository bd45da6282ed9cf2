#!/usr/bin/env python3
"""Draws the samples of eval/resolution/ from a baseline run, for judging by hand (see README.md).

    python3 eval/resolution/draw.py ENTITIES.json STORE.db CORPUS.jsonl aliases|types|places > sample.txt

ENTITIES.json is `marsad entities --db STORE.db --format json`; STORE.db the processed store (read only: document ids
and clean text); CORPUS.jsonl the decompressed corpus the store ingested (its `id` fields). The output is a work sheet
with each item's context in the article, to read while judging: it holds article text and must never be committed.
Standard library only.
"""
import json
import random
import re
import sqlite3
import sys

SEED = 2015


def key(name):
    """An approximation of NameKeys.Key (diacritics, tatweel, alef/ya/ta marbuta/hamza seats folded; words joined)."""
    fold = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ی': 'ي', 'ے': 'ي'}
    kept = ''.join(fold.get(c, c) for c in name if not (0x64B <= ord(c) <= 0x65F or ord(c) in (0x670, 0x640)))
    return ' '.join(w.lower() for w in re.findall(r'\w+', kept))


def main(entities_path, db_path, corpus_path, what):
    entities = json.load(open(entities_path, encoding='utf-8'))
    # As `marsad entities` orders them: most mentioned first, then by name and id.
    entities.sort(key=lambda e: (-len(e['mentions']), e['name'], e['id']))
    db = sqlite3.connect(f'file:{db_path}?mode=ro', uri=True)
    ids = {n: json.loads(line)['id'] for n, line in enumerate(open(corpus_path, encoding='utf-8'), 1) if line.strip()}
    corpus_id = {}
    for locator, document in db.execute('SELECT locator, current_document_id FROM locations ORDER BY id'):
        corpus_id.setdefault(str(document), ids[int(locator.rsplit('#', 1)[1])])

    def context(m, width=110):
        text = db.execute('SELECT clean_text FROM documents WHERE id = ?', (int(m['document']),)).fetchone()[0]
        s, e = m['start'], m['end']
        return (text[max(0, s - width):s] + '[[' + text[s:e] + ']]' + text[e:e + 60]).replace('\n', ' ').replace('\t', ' ')

    rng = random.Random(SEED)
    top = entities[:300]
    if what == 'aliases':
        # Every alias whose match key differs from the canonical name's (one per key), per entity.
        pairs = {}
        for i, e in enumerate(top):
            seen = {key(e['name'])}
            for a in sorted(e['aliases']):
                if key(a) and key(a) not in seen:
                    seen.add(key(a))
                    pairs.setdefault(i, []).append(a)
        # Stage 1: one pair per entity that has any; stage 2: 190 more, uniform over the remaining pairs.
        chosen = [(i, rng.choice(pairs[i])) for i in sorted(pairs)]
        taken = set(chosen)
        chosen += rng.sample([(i, a) for i in sorted(pairs) for a in pairs[i] if (i, a) not in taken], 190)
        for i, a in sorted(chosen):
            e = top[i]
            same_key = [m for m in e['mentions'] if key(m['text']) == key(a)]
            ctx = context(same_key[len(same_key) // 2]) if same_key else ''
            print(f"{i}\t{e['type']}\t{len(e['mentions'])}\t{e['name']}\t{a}\t{len(same_key)}\t{ctx}")
    elif what == 'types':
        chosen, seen = [], set()
        for e in top + [x for t in ('PER', 'ORG', 'LOC') for x in [y for y in entities if y['type'] == t][:100]]:
            if e['id'] not in seen:
                seen.add(e['id'])
                chosen.append(e)
        for e in chosen:
            aliases = '، '.join(a for a in e['aliases'] if a != e['name'])[:200].replace('\n', ' ')
            print(f"{e['type']}\t{len(e['mentions'])}\t{e['name']}\t{aliases}")
    elif what == 'places':
        # LOC mentions in a fixed order, shuffled; walked with at most 2 per entity until 150 are taken.
        mentions = sorted(((e['id'], m) for e in entities if e['type'] == 'LOC' for m in e['mentions']),
                          key=lambda x: (int(x[1]['document']), x[1]['start'], x[0]))
        rng.shuffle(mentions)
        per_entity, taken = {}, []
        for entity_id, m in mentions:
            if per_entity.get(entity_id, 0) < 2:
                per_entity[entity_id] = per_entity.get(entity_id, 0) + 1
                taken.append(m)
                if len(taken) == 150:
                    break
        for m in taken:
            print(f"{corpus_id[m['document']]}\t{m['start']}\t{m['end']}\t{m['text']}\t{context(m)}")
    else:
        sys.exit(f'unknown sample {what!r}: aliases, types or places')


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
