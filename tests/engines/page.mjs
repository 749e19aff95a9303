// Finding things in the page as a user would (visible text, labels, headings), for the WebDriver smoke.
// Each helper runs a small script in the page and returns an element reference or waits for a text.

/** Helpers every page script can use (set as the session's prelude; the app's CSP allows no eval). */
export const PRELUDE = `
const norm = (t) => (t || '').replace(/\\s+/g, ' ').trim();
// A label's own words: without the text of a select (its options) inside it.
const own = (l) => { const c = l.cloneNode(true); c.querySelectorAll('select, textarea').forEach((x) => x.remove()); return c.textContent; };
`;

const matcher = (want) => (want instanceof RegExp ? { re: want.source } : { eq: want });

/** The first visible, enabled `tag` (a, button) whose text is `want` (string: exact; RegExp: matches). */
export function control(s, tag, want) {
  return s.waitFor(`${tag} "${want}"`, (tag, m) => {
    const ok = (t) => (m.re ? new RegExp(m.re).test(t) : t === m.eq);
    return [...document.querySelectorAll(tag)].find((el) => el.offsetParent !== null && !el.disabled && ok(norm(el.textContent))) || null;
  }, [tag, matcher(want)]);
}

/** Whether such a control is there now (no waiting). */
export async function has(s, tag, want) {
  return s.run((tag, want) => [...document.querySelectorAll(tag)].some((el) => el.offsetParent !== null && norm(el.textContent) === want), tag, want);
}

/** The form control whose <label> (or aria-label) text is `want`. */
export function byLabel(s, want) {
  return s.waitFor(`the field "${want}"`, (want) => {
    const label = [...document.querySelectorAll('label')].find((l) => norm(own(l)) === want && l.control);
    return label?.control || document.querySelector(`[aria-label="${want}"]`);
  }, [want]);
}

/** Picks an option (by its text or value) of the select labelled `label` in the fieldset whose legend is `group`. */
export function select(s, group, label, option) {
  return s.waitFor(`${group} / ${label} = ${option}`, (group, label, option) => {
    const set = [...document.querySelectorAll('fieldset')].find((f) => norm(f.querySelector('legend')?.textContent) === group);
    const l = set && [...set.querySelectorAll('label')].find((x) => norm(own(x)) === label);
    const sel = l?.control;
    const opt = sel && [...sel.options].find((o) => norm(o.textContent) === option || o.value === option);
    if (!opt) return false;
    sel.value = opt.value;
    sel.dispatchEvent(new Event('input', { bubbles: true }));
    sel.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }, [group, label, option]);
}

export function heading(s, want, timeout) {
  return s.waitFor(`the heading "${want}"`, (want) => norm(document.querySelector('h1')?.textContent) === want, [want], timeout);
}

export function text(s, want, timeout) {
  return s.waitFor(`the text "${want}"`, (want) => document.body.innerText.includes(want), [want], timeout);
}

export function gone(s, want, timeout) {
  return s.waitFor(`"${want}" to go`, (want) => !document.body.innerText.includes(want), [want], timeout);
}
