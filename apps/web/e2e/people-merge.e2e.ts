import type { Page } from '@playwright/test';
import { checkPage, expect, signIn, test, USERS } from './support/fixtures';

const ORG = 'Hong Kong Trade Development Council';

async function recordPerson(page: Page, name: { zh?: string; en?: string }, title: string): Promise<void> {
  if (name.zh) await page.getByRole('textbox', { name: 'Name 中文', exact: true }).fill(name.zh);
  if (name.en) await page.getByRole('textbox', { name: 'Name English', exact: true }).fill(name.en);
  await page.getByRole('button', { name: 'Add a position' }).click();
  await page.getByRole('textbox', { name: 'Title of position 1 English', exact: true }).fill(title);
  await page.getByLabel(/^(Search|Replace) Organization of position 1$/).fill(ORG);
  await page.getByRole('list', { name: 'Matches for Organization of position 1' }).getByRole('button', { name: ORG }).first().click();
  await page.getByRole('button', { name: 'Record person' }).click();
}

test('two records of one person: the duplicate warning offers a merge, the merge page shows both and what moves, the merge keeps one', async ({
  page,
}) => {
  const zh = `合并测试${Date.now() % 100000}`;
  await signIn(page, USERS.organizer);
  await page.goto('/people/new');

  // the first record, then the same name and organization again, recorded anyway
  await recordPerson(page, { zh }, 'Director');
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toHaveText(`Saved: ${zh}`);
  await recordPerson(page, { zh, en: 'Merge Tester' }, 'Director');
  await expect(page.getByRole('alert')).toContainText('already recorded');
  await page.getByRole('button', { name: 'Create anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toHaveText('Saved: Merge Tester');

  // a third time, what is typed goes into the existing record instead of a new one
  await recordPerson(page, { zh }, 'Honorary Adviser');
  const warning = page.getByRole('alert');
  await expect(warning.getByRole('button', { name: 'Merge into this record' })).toHaveCount(2);
  await warning
    .getByRole('listitem')
    .filter({ hasNotText: 'Merge Tester' })
    .getByRole('button', { name: 'Merge into this record' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged:' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: zh })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title of position 2 English', exact: true })).toHaveValue('Honorary Adviser');
  const keptUrl = page.url();

  // the person page warns of the other record and offers to merge it
  const suspected = page.getByRole('status').filter({ hasText: 'may be the same person' });
  await expect(suspected).toContainText('Merge Tester');
  await suspected.getByRole('link', { name: 'Merge…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Merge records of ${zh}` })).toBeVisible();
  const kept = page.getByRole('region', { name: /^Kept: / });
  const removed = page.getByRole('region', { name: /^Merged in and removed: / });
  await expect(kept).toContainText('Honorary Adviser');
  await expect(kept).toContainText('Merge Tester'); // the English name the kept record lacked, as it will be
  await expect(removed).toContainText('Merge Tester');
  await expect(page.getByRole('list').filter({ hasText: 'Name in English' })).toBeVisible();
  await checkPage(page, 'person-merge');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged:' })).toBeVisible();
  expect(page.url().split('?')[0]).toBe(keptUrl.split('?')[0]);
  await expect(page.getByRole('textbox', { name: 'Name English', exact: true })).toHaveValue('Merge Tester');
  await expect(page.getByRole('status').filter({ hasText: 'may be the same person' })).toHaveCount(0);

  // one record is left
  await page.getByRole('link', { name: '← People' }).click();
  await page.getByRole('searchbox', { name: 'Search people' }).fill(zh);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
});
