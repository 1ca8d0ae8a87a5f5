import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches `selector` (a keyboard user's way there). */
export async function tabTo(page: Page, selector: string, most = 40): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The variable of the question on screen, once one is (null when the results are shown instead). */
export async function askedVariable(page: Page): Promise<string | null> {
  await page.waitForSelector('form[data-variable], .finder-results');
  return page.locator('form[data-variable]').getAttribute('data-variable', { timeout: 100 }).catch(() => null);
}

/** How a person answers one question with the keyboard only. */
export type KeyAnswer =
  | { countries: string[] } // names typed into the picker, in the page's language
  | { country: string }
  | { choice: number } // the n-th option, by arrow keys
  | { date: string } // the digits as the date field takes them in the page's locale
  | { none: true } // an empty list
  | { skip: true };

/** Answers the question on screen with the keyboard, then goes on. */
export async function answerByKeyboard(page: Page, answer: KeyAnswer): Promise<void> {
  if ('skip' in answer) {
    await tabTo(page, '.finder-form [data-action=skip]');
    await page.keyboard.press('Enter');
    return;
  }
  if ('countries' in answer) {
    for (const name of answer.countries) {
      await tabTo(page, '.finder-control select');
      await page.keyboard.type(name);
      await tabTo(page, '.finder-row button');
      await page.keyboard.press('Enter');
    }
  } else if ('country' in answer) {
    await tabTo(page, '.finder-control select');
    await page.keyboard.type(answer.country);
  } else if ('choice' in answer) {
    await tabTo(page, '.finder-control input[type=radio]');
    await page.keyboard.press('Space');
    for (let i = 0; i < answer.choice; i += 1) await page.keyboard.press('ArrowDown');
  } else if ('date' in answer) {
    await tabTo(page, '.finder-control input[type=date]');
    await page.keyboard.type(answer.date);
  }
  await tabTo(page, '.finder-form [data-action=continue]');
  await page.keyboard.press('Enter');
}
