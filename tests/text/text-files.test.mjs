// scripts/text-files.mjs, which post-build.mjs uses to write `text/<keys hash>/<lang>.txt`: a string that is null
// in a language lands as the Dutch with the fallback marker in front; a missing or unknown key, or a null in
// Dutch, is an error. And the real locale files give a file per language with every key. Run: node --test tests/text/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { FALLBACK, keyList, textFile } from '../../scripts/text-files.mjs';

const nl = { _meta: { dir: 'ltr' }, app_name: 'Koers', me: { title: 'Ik', intro: 'Hallo {{ name }}.' }, a: { b: 'B' } };

test('a null string is written as the Dutch, marked as a fallback; the others as they are', () => {
  const ar = { _meta: { dir: 'rtl' }, app_name: 'كورس', me: { title: 'أنا', intro: null }, a: { b: 'ب' } };
  const texts = textFile('ar', ar, nl).split('\0');
  const { keys } = keyList(nl);
  assert.deepEqual(keys, ['a.b', 'app_name', 'me.intro', 'me.title']);
  assert.deepEqual(texts, ['ب', 'كورس', `${FALLBACK}Hallo {{ name }}.`, 'أنا']);
  assert.equal(FALLBACK, '\u2060');
  // A null top-level string too.
  assert.equal(textFile('ar', { ...ar, app_name: null }, nl).split('\0')[1], `${FALLBACK}Koers`);
});

test('a missing key, an unknown key, a null in Dutch or a value of another kind fails', () => {
  const full = { app_name: 'K', me: { title: 'T', intro: 'I {{ name }}' }, a: { b: 'b' } };
  assert.doesNotThrow(() => textFile('en', full, nl));
  assert.throws(() => textFile('en', { ...full, me: { title: 'T' } }, nl), /lacks me\.intro/);
  assert.throws(() => textFile('en', { ...full, extra: 'x' }, nl), /unknown key extra/);
  assert.throws(() => textFile('en', { ...full, a: { b: 'b', c: null } }, nl), /unknown key a\.c/);
  assert.throws(() => textFile('en', { ...full, a: { b: 3 } }, nl), /a\.b must be a string or null/);
  assert.throws(() => textFile('nl', { ...nl, a: { b: null } }, nl), /a\.b must be a string$/);
});

test('the real locale files: one string per key in every language, the same hash as the Dutch keys', () => {
  const real = JSON.parse(readFileSync('locales/nl.json', 'utf8'));
  const { keys, hash } = keyList(real);
  assert.match(hash, /^[0-9a-f]{16}$/);
  for (const f of readdirSync('locales').filter((n) => n.endsWith('.json'))) {
    const lang = f.slice(0, -5);
    const texts = textFile(lang, JSON.parse(readFileSync(`locales/${f}`, 'utf8')), real).split('\0');
    assert.equal(texts.length, keys.length, lang);
  }
});
