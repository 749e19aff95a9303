// Data for the import and overview tests: a document with everything a copy carries, seeding it, and
// downloading a copy from Me.
import { readFile } from 'node:fs/promises';
import { entry } from './koers.mjs';

/** A document with everything an import must carry: entries (one private), school answers and a plan. */
export function richDoc({ name = 'Amira', language = 'nl', titles = ['Aangekomen in Ter Apel', 'Gehoor bij de IND', 'Begonnen op het ROC'] } = {}) {
  return {
    profile: { name, birth: { y: 2008, m: 5, d: 3 }, arrival: { y: 2023, m: 9 } },
    settings: { language, welcomed: true },
    entries: [
      entry('1', titles[0], { y: 2023, m: 9 }, { kind: 'arrival' }),
      entry('2', titles[1], { y: 2024, m: 2 }, { kind: 'interview', private: true, note: 'Lang gesprek.' }),
      entry('3', titles[2], { y: 2025, m: 9, d: 1 }, { kind: 'school:start' }),
    ],
    deleted: [],
    dismissed: [],
    school: { residence: 'rejected', education: 'mbo_bol', start: { y: 2025, m: 9, d: 1 }, end: { y: 2028, m: 7 }, internship: true },
    questions: [{ id: 'q1', link: null, text: 'Mag ik stage lopen?', to: 'mentor', asked: true, answer: 'Ja, bij een BOL-opleiding.', created: '2026-11-01T10:00:00Z' }],
    agreements: [{ id: 'a1', what: 'Bellen met IOM', who: 'voogd', by: { y: 2027, m: 1 }, done: false, created: '2026-11-01T10:00:00Z', updated: '2026-11-01T10:00:00Z' }],
    goals: { learn: 'Koken', need: 'Een diploma', more: '' },
  };
}

export async function seedDoc(page, doc) {
  await page.goto('robots.txt');
  await page.evaluate((raw) => localStorage.setItem('koers.doc', raw),
    JSON.stringify({ app: 'koers', schema: 5, saved_at: '2026-11-29T09:00:00.000Z', enc: null, doc }));
}

/** A backup file as Koers writes it, around `doc`. */
export function backupFile(doc) {
  return JSON.stringify({ format: 'koers-backup', version: 1, schema: 5, exported_at: '2026-11-29T10:00:00.000Z', enc: null, doc });
}

export async function downloadCopy(page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Kopie downloaden', exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), path: await file.path(), json: JSON.parse(await readFile(await file.path(), 'utf8')) };
}

