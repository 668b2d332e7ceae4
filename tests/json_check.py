#!/usr/bin/env python3
"""Check whosaid --export=json output against docs/whosaid.schema.json and the contract.

Usage: json_check.py SCHEMA INPUT JSONL [--slices]
       json_check.py --batch SCHEMA LIST

Every line of JSONL (the export of INPUT) must validate against SCHEMA.  With
--slices, every span's text must also be what its offsets cut out of the input
(or of "text") in the unit "offsets" names, as a program would slice it:
bytes of the file, a Python str of it decoded with errors="replace", or a
JavaScript String (UTF-16) of that; CRLF and lone CR read as LF, as whosaid
cleans them.  Exits 1 with the first problem on stderr.  With --batch, LIST
names many exports, and a line says how each fared (a python that starts
once for all is faster by seconds than one per export).
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


def check(validator, input_path, jsonl, slices):
    """The first problem with the export jsonl of input_path, or None."""
    raw = open(input_path, 'rb').read() if slices else b''
    data = open(jsonl, 'rb').read()
    try:
        data.decode('utf-8')                # strict: the output is UTF-8, whatever the input
    except UnicodeDecodeError as e:
        return '%s: not UTF-8: %s' % (jsonl, e)
    for line in data.splitlines():
        doc = json.loads(line)
        errors = sorted(validator.iter_errors(doc), key=str)
        if errors:
            return '%s: %s at %s' % (jsonl, errors[0].message, list(errors[0].absolute_path))
        ns = [c['n'] for c in doc['claims']]
        if ns != sorted(set(ns)):
            return '%s: claim numbers not increasing: %r' % (jsonl, ns)
        if not slices:
            continue
        for what, sp in spans(doc):
            got = cut(raw, doc['text'], doc['offsets'], sp['start'], sp['end'])
            if got != sp['text']:
                return '%s: %s: offsets cut %r, text is %r' % (jsonl, what, got, sp['text'])
    return None


def main():
    if sys.argv[1] == '--batch':
        # --batch SCHEMA LIST: LIST has a line "INPUT<TAB>JSONL<TAB>--slices or nothing" a
        # check; prints "ok" or "not ok: PROBLEM" a line, in order (python starts once).
        validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[2], encoding='utf-8')))
        for line in open(sys.argv[3], encoding='utf-8', errors='surrogateescape'):
            input_path, jsonl, flag = line.rstrip('\n').split('\t')
            problem = check(validator, input_path, jsonl, flag == '--slices')
            print('ok' if problem is None else 'not ok: ' + problem.replace('\n', ' '))
        return
    schema_path, input_path, jsonl = sys.argv[1:4]
    validator = jsonschema.Draft202012Validator(json.load(open(schema_path, encoding='utf-8')))
    problem = check(validator, input_path, jsonl, '--slices' in sys.argv[4:])
    if problem is not None:
        sys.exit(problem)


if __name__ == '__main__':
    main()
