#!/usr/bin/env python3
"""Fills the English plural forms of ocpi-session-monitor_en.ts (written by lupdate -pluralonly).

The source strings are English already; only their counted words need a singular and a plural:
"%n session(s)" -> "%n session" / "%n sessions", "retry(ies)" -> "retry" / "retries". Entries translated by hand
(no longer type="unfinished") are left as they are. Run after `cmake --build build/dev --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

PATH = sys.argv[1] if len(sys.argv) > 1 else 'ocpi-session-monitor_en.ts'
WORD = re.compile(r'(\w+)\((s|es|ies)\)')


def forms(source):
    def singular(m):
        return m.group(1)

    def plural(m):
        word, suffix = m.group(1), m.group(2)
        if suffix == 'ies' and word.endswith('y'):
            return word[:-1] + 'ies'
        return word + suffix

    return WORD.sub(singular, source), WORD.sub(plural, source)


def main():
    text = open(PATH, encoding='utf-8').read()
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for message in tree.getroot().iter('message'):
        translation = message.find('translation')
        if translation is None or translation.get('type') != 'unfinished':
            continue
        one, many = forms(message.findtext('source'))
        numerus = translation.findall('numerusform')
        if len(numerus) != 2:
            continue
        numerus[0].text, numerus[1].text = one, many
        del translation.attrib['type']
        filled += 1
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(PATH, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
    print(f'{PATH}: {filled} plural entries filled')


if __name__ == '__main__':
    main()
