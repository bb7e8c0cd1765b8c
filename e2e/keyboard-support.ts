// Moving through the app as a keyboard user does: Tab and Shift+Tab until a control has the focus. Never a click,
// never `locator.focus()`, so a control these cannot reach fails the journey.
import type { Locator, Page } from '@playwright/test';
import { expect } from './support/fixtures';

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** What has the focus, for a failure message: role, name and text, as a person would describe it. */
const focusedDescription = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the page itself (nothing focused)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> “${name}”`;
  });

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses saying where the focus was. */
export async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}) {
  await expect(target, `${target} should be on the page before tabbing to it`).toBeVisible();
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses < max; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
  }
  if (await hasFocus(target)) return;
  throw new Error(`${max} presses of ${key} never reached ${target}; the focus ended on ${await focusedDescription(page)}`);
}

/** Presses the keys of a shortcut one after the other, e.g. `g d`. */
export async function shortcut(page: Page, keys: string) {
  for (const key of keys.split(' ')) await page.keyboard.press(key);
}
