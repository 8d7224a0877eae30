import { checkPage, expect, signIn, test, USERS } from './support/fixtures';

const DEMO_TITLE = 'Shandong-Hong Kong Science and Technology Innovation Cooperation Exchange Meeting';
const MOU_TITLE =
  'Memorandum of Understanding on Jointly Building the Shandong-Hong Kong Science and Technology Cooperation Innovation Center';
const DELIVERABLE = 'Sign the centre’s first joint research agreement';

// the server answers /health before it has made the demo users: wait for them
test.beforeAll(async ({ request }) => {
  for (let i = 0; i < 120; i++) {
    const res = await request.post('/api/v1/auth/login', { data: { email: USERS.organizer.email, password: USERS.organizer.password } });
    if (res.ok()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
});

/** A day so many days from today, as YYYY-MM-DD. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.describe.configure({ mode: 'serial' });

test('an organizer follows up the MoU: a deliverable due soon shows in the alerts until it is done', async ({ page, consoleErrors }) => {
  await signIn(page, USERS.organizer);
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await page.getByRole('navigation', { name: 'Record' }).getByRole('link', { name: 'MoUs' }).click();
  await page.getByRole('link', { name: `Follow-up of “${MOU_TITLE}”` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Follow-up: ${MOU_TITLE}` })).toBeVisible();
  const term = page.getByRole('form', { name: 'Term' });
  await expect(term.getByLabel('Expires on')).toHaveValue('2027-03-24');
  await expect(term.getByLabel('Renewal on')).toHaveValue('2027-01-15');
  const list = page.getByRole('list', { name: 'Deliverables' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Open the joint innovation centre' })).toContainText('Done');

  // a refusal keeps what was typed, with the reason next to the field
  const form = page.getByRole('form', { name: 'Add a deliverable' });
  await form.getByLabel('Owner (office or person)').fill('Innovation centre office');
  await form.getByLabel('Due on').fill(inDays(3));
  await form.getByRole('button', { name: 'Add the deliverable' }).click();
  await expect(form.getByLabel('English')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Owner (office or person)')).toHaveValue('Innovation centre office');
  await expect(form.getByLabel('Due on')).toHaveValue(inDays(3));
  const refused = consoleErrors.findIndex((e) => e.includes('status of 400'));
  expect(refused).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(refused, 1);

  await form.getByLabel('English').fill(DELIVERABLE);
  await form.getByLabel('中文').fill('签署中心首份联合研究协议');
  await form.getByLabel('Search Owner organization').fill('SCO Holding');
  await form.getByRole('button', { name: /SCO Holding Group/ }).click();
  await form.getByRole('button', { name: 'Add the deliverable' }).click();
  const row = list.getByRole('listitem').filter({ hasText: DELIVERABLE });
  await expect(row).toContainText('Open');
  await expect(row).toContainText('Innovation centre office · SCO Holding Group');
  await expect(form.getByLabel('English')).toHaveValue('');
  await checkPage(page, 'mou-followup');

  // the pipeline's alerts say it is due soon
  await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
  const alerts = page.getByRole('list', { name: 'Alerts' });
  const alert = alerts.getByRole('listitem').filter({ hasText: DELIVERABLE });
  await expect(alert).toContainText('Due soon');
  await expect(alert).toContainText('Innovation centre office');

  // from the alert back to the MoU: marked done, the alert is gone
  await alert.getByRole('link', { name: DELIVERABLE }).click();
  await page.getByRole('button', { name: `Mark done: “${DELIVERABLE}”` }).click();
  await expect(list.getByRole('listitem').filter({ hasText: DELIVERABLE })).toContainText('Done');
  const [fresh] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/v1/follow-up/alerts') && r.ok()),
    page.getByRole('link', { name: 'Pipeline', exact: true }).click(),
  ]);
  expect(JSON.stringify(await fresh.json())).not.toContain(DELIVERABLE);
  await expect(page.getByRole('heading', { level: 2, name: 'Alerts' })).toBeVisible();
  await expect(alerts.getByText(DELIVERABLE)).toHaveCount(0);
});

test('an organizer sets the term, changes and removes a deliverable; leaving unsaved changes asks first', async ({ page }) => {
  await signIn(page, USERS.organizer);
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await page.getByRole('navigation', { name: 'Record' }).getByRole('link', { name: 'MoUs' }).click();
  await page.getByRole('link', { name: `Follow-up of “${MOU_TITLE}”` }).click();
  const term = page.getByRole('form', { name: 'Term' });
  await term.getByLabel('Note').fill('Review at the 2027 meeting.');
  await term.getByRole('button', { name: 'Save the term' }).click();
  await expect(term.getByRole('status')).toHaveText('Saved.');

  // changed: the form opens with the deliverable as recorded, owner organization included
  await page.getByRole('button', { name: `Edit ${DELIVERABLE}` }).click();
  const edit = page.getByRole('form', { name: 'Change the deliverable' });
  await expect(edit.getByLabel('English')).toHaveValue(DELIVERABLE);
  await expect(edit.getByRole('list', { name: /Owner organization/ })).toContainText('SCO Holding Group');
  await edit.getByLabel('Due on').fill('2027-06-30');
  await edit.getByLabel('Status').selectOption('open');
  await edit.getByRole('button', { name: 'Save' }).click();
  const row = page.getByRole('list', { name: 'Deliverables' }).getByRole('listitem').filter({ hasText: DELIVERABLE });
  await expect(row).toContainText('Due 2027-06-30');
  await expect(row).toContainText('Open');
  await expect(row).toContainText('SCO Holding Group');

  // typed but not saved: leaving asks, staying keeps it
  const add = page.getByRole('form', { name: 'Add a deliverable' });
  await add.getByLabel('English').fill('Half-typed');
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pipeline' }).click();
  expect(asked).toContain('unsaved changes');
  await expect(add.getByLabel('English')).toHaveValue('Half-typed');
  await add.getByLabel('English').fill('');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Remove ${DELIVERABLE}` }).click();
  await expect(page.getByRole('list', { name: 'Deliverables' }).getByText(DELIVERABLE)).toHaveCount(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByRole('form', { name: 'Term' }).getByLabel('Note')).toHaveValue('Review at the 2027 meeting.');
  await expect(page.getByRole('list', { name: 'Deliverables' })).toContainText('Open the joint innovation centre');
});

test('an organizer changes the stall rules; bad values are refused next to the field', async ({ page, consoleErrors }) => {
  await signIn(page, USERS.organizer);
  await page.goto('/pipeline');
  const rules = page.getByRole('region', { name: 'Stall rules and alert horizons' });
  await expect(rules).toContainText('Amber after 90 days, red after 180');
  await rules.getByRole('button', { name: 'Change the rules…' }).click();
  const form = rules.getByRole('form', { name: 'Stall rules and alert horizons' });
  await form.getByLabel('Deliverable due soon within (days)').fill('400');
  await form.getByRole('button', { name: 'Save the rules' }).click();
  await expect(form.getByLabel('Deliverable due soon within (days)')).toHaveAttribute('aria-invalid', 'true');
  const refused = consoleErrors.findIndex((e) => e.includes('status of 400'));
  expect(refused).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(refused, 1);
  await form.getByLabel('Deliverable due soon within (days)').fill('21');
  await form.getByLabel('Amber after (days without progress)').fill('60');
  await form.getByRole('button', { name: 'Save the rules' }).click();
  await expect(rules).toContainText('Amber after 60 days, red after 180; alerts 21 days before a due date');
  await checkPage(page, 'pipeline-rules');
  // back to the defaults, for the other tests of the board
  await form.getByLabel('Deliverable due soon within (days)').fill('14');
  await form.getByLabel('Amber after (days without progress)').fill('90');
  await form.getByRole('button', { name: 'Save the rules' }).click();
  await expect(rules).toContainText('Amber after 90 days, red after 180; alerts 14 days before a due date');
});

test('an official reads the MoU follow-up without changing it', async ({ page }) => {
  await signIn(page, USERS.official);
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await page.getByRole('tab', { name: /MoUs/ }).click();
  await page.getByRole('link', { name: `Follow-up of “${MOU_TITLE}”` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Follow-up: ${MOU_TITLE}` })).toBeVisible();
  await expect(page.getByText('2027-03-24')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Deliverables' })).toContainText('Open the joint innovation centre');
  await expect(page.getByRole('form')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Mark|Edit|Remove/ })).toHaveCount(0);
  await checkPage(page, 'mou-followup-official');

  await page.goto('/pipeline');
  const rules = page.getByRole('region', { name: 'Stall rules and alert horizons' });
  await expect(rules).toContainText('Amber after 90 days');
  await expect(rules.getByRole('button')).toHaveCount(0);
});
