// The UI text files, `text/<keys hash>/<lang>.txt` (used by post-build.mjs; tested by tests/text/). The same key
// list and hash as build.rs: every `section.key` of nl.json, sorted; the file holds each language's strings in
// that order, joined by NUL. A string that is `null` in a language (not translated yet, said so on purpose) gets
// the Dutch, with FALLBACK in front: the app puts `lang="nl" dir="ltr"` on what shows it (src/pwa/fallback.rs).
// A key that is missing, or one Dutch does not have, is an error (build.rs says so first).

/// U+2060 WORD JOINER: invisible, no line break. The same in build.rs and src/ui/text.rs.
export const FALLBACK = '\u2060';

/// `section.key` → text (or null) of one locale file's object; `_meta` is not text.
export const flat = (o) => Object.entries(o).filter(([k]) => k !== '_meta').flatMap(([k, v]) =>
  v !== null && typeof v === 'object' ? Object.entries(v).map(([k2, v2]) => [`${k}.${k2}`, v2]) : [[k, v]]);

/// The keys (sorted as Rust sorts them) and their FNV-1a hash, which names the folder.
export function keyList(nl) {
  const keys = flat(nl).map(([k]) => k).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let h = 0xcbf29ce484222325n;
  for (const key of keys) {
    for (const b of Buffer.from(`${key}\n`, 'utf8')) {
      h ^= BigInt(b);
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return { keys, hash: h.toString(16).padStart(16, '0') };
}

/// One language's text file, from its locale object and the Dutch one. Throws on a missing or unknown key, on a
/// value that is not a string or null, and on a null in Dutch (there is nothing to fall back to).
export function textFile(lang, locale, nl) {
  const source = new Map(flat(nl));
  const table = new Map(flat(locale));
  for (const k of table.keys()) if (!source.has(k)) throw new Error(`locales/${lang}.json has an unknown key ${k}`);
  return keyList(nl).keys.map((k) => {
    if (!table.has(k)) throw new Error(`locales/${lang}.json lacks ${k}`);
    const text = table.get(k);
    if (text === null && lang !== 'nl' && typeof source.get(k) === 'string') return FALLBACK + source.get(k);
    if (typeof text !== 'string') throw new Error(`locales/${lang}.json: ${k} must be a string${lang === 'nl' ? '' : ' or null'}`);
    return text;
  }).join('\0');
}
