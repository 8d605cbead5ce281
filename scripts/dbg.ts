import { openPage, startHarness } from '../tests/e2e/harness';

const h = await startHarness();
const { page } = await openPage(h, '', { width: 390, height: 844 });
await page.waitForSelector('.app-header');
console.log(
  await page.evaluate(() =>
    [...document.querySelectorAll('.app-header > *, .header-actions > *')]
      .map(
        (e) =>
          `${e.className || e.tagName} ${getComputedStyle(e).display} row=${getComputedStyle(e).gridRowStart} col=${getComputedStyle(e).gridColumnStart} ${JSON.stringify(e.getBoundingClientRect().toJSON())}`,
      )
      .join('\n'),
  ),
);
console.log(
  await page.evaluate(() => getComputedStyle(document.querySelector('.app-header')!).display),
);
await h.close();
