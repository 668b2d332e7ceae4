#!/usr/bin/env python3
"""Check whosaid --export=json output against docs/whosaid.schema.json and the contract.

Usage: json_check.py SCHEMA INPUT JSONL [--slices]

Every line of JSONL (the export of INPUT) must validate against SCHEMA.  With
--slices, every span's text must also be what its offsets cut out of the input
(or of "text") in the unit "offsets" names, as a program would slice it:
bytes of the file, a Python str of it decoded with errors="replace", or a
JavaScript String (UTF-16) of that; CRLF and lone CR read as LF, as whosaid
cleans them.  Exits 1 with the first problem on stderr.
"""
import json
import sys

import jsonschema


def cut(raw, text, unit, start, end):
    if text is not None:
        base = text
    else:
        base = raw.decode('utf-8', 'replace')
    if unit == 'bytes':
        piece = (text.encode() if text is not None else raw)[start:end].decode('utf-8', 'replace')
    elif unit == 'chars':
        piece = base[start:end]
    else:
        piece = base.encode('utf-16-le')[2 * start:2 * end].decode('utf-16-le')
    return piece.replace('\r\n', '\n').replace('\r', '\n')


def spans(doc):
    for c in doc['claims']:
        yield 'claim %d' % c['n'], c
        for part in ('cue', 'by', 'via'):
            if c.get(part):
                yield 'claim %d %s' % (c['n'], part), c[part]
    for table in ('sources', 'people'):
        for ent in doc[table]:
            assert len(ent['mentions']) == len(ent['mention_spans']), ent['id']
            for pair, sp in zip(ent['mentions'], ent['mention_spans']):
                assert pair == [sp['start'], sp['end']], (ent['id'], pair, sp)
                yield '%s mention' % ent['id'], sp


def main():
    schema_path, input_path, jsonl = sys.argv[1:4]
    slices = '--slices' in sys.argv[4:]
    validator = jsonschema.Draft202012Validator(json.load(open(schema_path, encoding='utf-8')))
    raw = open(input_path, 'rb').read() if slices else b''
    data = open(jsonl, 'rb').read()
    data.decode('utf-8')                    # strict: the output is UTF-8, whatever the input
    for line in data.splitlines():
        doc = json.loads(line)
        errors = sorted(validator.iter_errors(doc), key=str)
        if errors:
            sys.exit('%s: %s at %s' % (jsonl, errors[0].message, list(errors[0].absolute_path)))
        ns = [c['n'] for c in doc['claims']]
        if ns != sorted(set(ns)):
            sys.exit('%s: claim numbers not increasing: %r' % (jsonl, ns))
        if not slices:
            continue
        for what, sp in spans(doc):
            got = cut(raw, doc['text'], doc['offsets'], sp['start'], sp['end'])
            if got != sp['text']:
                sys.exit('%s: %s: offsets cut %r, text is %r' % (jsonl, what, got, sp['text']))


if __name__ == '__main__':
    main()
