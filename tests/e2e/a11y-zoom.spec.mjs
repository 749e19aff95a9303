// Large text on a small phone (issue 15): 320×640 with the browser's default font size at 32 px (a 200 %
// root font size, as the phone's font-size setting gives), in Dutch, Arabic and Tigrinya. On every screen:
// no sideways scroll, no box or text sticking out of the screen, nothing cut off by a box that hides what
// does not fit, and every button, link and field at least 44×44 px. The bottom navigation may scroll
// sideways inside itself (its words stay whole), but the strip itself must fit, and every tab must be
// reachable.
import { test, expect } from '@playwright/test';
import { SCREENS } from './a11y-screens.mjs';
import { fixToday } from './koers.mjs';

test.use({ viewport: { width: 320, height: 640 } });

/** Sets the browser's default font size, as "text size 200 %" on a phone does (rem follows it). */
async function largeText(page, px = 32) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
}

/** What does not fit: a list of short descriptions, empty when all is well. */
function layoutProblems(page) {
  return page.evaluate(() => {
    const W = window.innerWidth;
    const out = [];
    const name = (el) => {
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${(el.textContent || '').trim().slice(0, 30)}"`;
    };
    const de = document.documentElement;
    if (de.scrollWidth > W) out.push(`the page scrolls sideways: ${de.scrollWidth} > ${W}`);
    const nav = document.querySelector('.bottom-nav');
    const hidden = (el) => el.closest('.visually-hidden, .skip');
    const outside = (r) => r.width > 0 && r.height > 0 && (r.left < -0.5 || r.right > W + 0.5);
    for (const el of document.body.querySelectorAll('*')) {
      if (hidden(el) || (nav && nav !== el && nav.contains(el))) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (outside(r)) out.push(`sticks out (${Math.round(r.left)}..${Math.round(r.right)}): ${name(el)}`);
      if (['hidden', 'clip'].includes(cs.overflowX) && !el.matches('input:not([type="file"]), textarea, select') && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1) {
        out.push(`cut off (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
      }
    }
    // Text itself (a long word in a narrow box).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const el = t.parentElement;
      if (!t.textContent.trim() || !el || hidden(el) || (nav && nav.contains(el)) || !el.checkVisibility()) continue;
      range.selectNodeContents(t);
      for (const r of range.getClientRects()) {
        if (outside(r)) { out.push(`text sticks out (${Math.round(r.left)}..${Math.round(r.right)}): ${name(el)}`); break; }
      }
    }
    if (nav) {
      const r = nav.getBoundingClientRect();
      if (r.left < -0.5 || r.right > W + 0.5) out.push(`the navigation is wider than the screen: ${Math.round(r.left)}..${Math.round(r.right)}`);
      const links = nav.querySelectorAll('a');
      if (links.length !== 5) out.push(`the navigation has ${links.length} tabs`);
    }
    return out;
  });
}

/** Touch targets under 44×44 CSS px. A tick box or radio counts with its label (tapping the words ticks it).
 * Links inside a sentence are the one exception WCAG 2.5.8 allows ("inline"). */
function smallTargets(page) {
  return page.evaluate(() => {
    const out = [];
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';
    for (const el of document.querySelectorAll(sel)) {
      if (el.closest('.visually-hidden') || (el.matches('.skip') && document.activeElement !== el)) continue;
      if (!el.checkVisibility()) continue;
      let target = el;
      if (el.matches('input[type="checkbox"], input[type="radio"]') && el.closest('label')) target = el.closest('label');
      const cs = getComputedStyle(target);
      if (el.matches('a') && cs.display === 'inline') {
        const block = el.parentElement;
        if (block && block.textContent.trim() !== el.textContent.trim()) continue;
      }
      const r = target.getBoundingClientRect();
      if (r.width < 43.5 || r.height < 43.5) {
        const label = (el.getAttribute('aria-label') || el.textContent || el.id || el.name || '').trim().slice(0, 30);
        out.push(`${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} "${label}" is ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  });
}

for (const lang of ['nl', 'ar', 'ti']) {
  for (const [screen, go] of Object.entries(SCREENS)) {
    test(`200 % text at 320 px: /${screen} in ${lang} fits, and its targets are 44 px`, async ({ page }) => {
      test.setTimeout(90_000);
      await fixToday(page);
      await largeText(page);
      await go(page, lang);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(32);
      expect({ layout: await layoutProblems(page), targets: await smallTargets(page) }).toEqual({ layout: [], targets: [] });
      // The bottom navigation: every tab can be scrolled into view inside the strip, and then fits the screen.
      const tabs = page.locator('.bottom-nav a');
      for (let i = 0; i < await tabs.count(); i++) {
        await tabs.nth(i).scrollIntoViewIfNeeded();
        const box = await tabs.nth(i).boundingBox();
        expect(box.x).toBeGreaterThanOrEqual(-1);
        expect(box.x + box.width).toBeLessThanOrEqual(321);
      }
    });
  }
}
