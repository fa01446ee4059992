// A whole workshop session on the demo in Chromium (issue "The workshop", Done when):
// preparation answers, people in the room, the step 1 timer started and paused, notes in
// steps 1 and 3, two root causes with why-chains, dot votes cast and revealed, two actions
// with owners and deadlines; after a reload everything is still there. axe on every step's
// view, a screenshot of each (test-results/screenshots/workshop-<step>-en.png), and a
// shorter run in Spanish (workshop-<step>-es.png).
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readTable } from './support/readTable';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SHOTS = 'test-results/screenshots';

const stageRect = (page: Page): Promise<Rect | null> =>
  page.evaluate(() => (window.gaplineTimeline?.stageRect() ?? null) as Rect | null);
const noteCount = (page: Page): Promise<number> =>
  page.evaluate(() => window.gaplineTimeline?.noteIds().length ?? 0);

/** Rows of the **Timeline** table that are notes (any language: the row's 2nd cell). */
async function noteRows(page: Page, caption: string, prefix: string): Promise<string[][]> {
  return (await readTable(page, caption)).filter((r) => (r[1] ?? '').startsWith(prefix));
}

/** Selects a step's tab and waits for its panel to follow. */
async function selectStep(page: Page, name: RegExp): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

/** axe on the step's view, then a screenshot: the top of the page (the step bar and panel). */
async function checkStep(page: Page, step: string, lang: 'en' | 'es'): Promise<void> {
  await page.mouse.move(1, 1);
  await expectAccessible(page, `workshop step ${step} (${lang})`);
  const steps = page.locator('.workshop-steps');
  await steps.scrollIntoViewIfNeeded();
  const box = await steps.boundingBox();
  // Steps 1–3 work on the page itself (drawing, gap table): the viewport under the step bar.
  if (['walk', 'gaps', 'assess'].includes(step)) {
    await page.evaluate((y) => window.scrollTo(0, y + window.scrollY), box?.y ?? 0);
    await page.screenshot({ path: `${SHOTS}/workshop-${step}-${lang}.png` });
  } else {
    await steps.screenshot({ path: `${SHOTS}/workshop-${step}-${lang}.png` });
  }
}

/** Adds a note with the keyboard dialog of the **Timeline (table)** section. */
async function addNoteByKeyboard(
  page: Page,
  opener: Locator,
  words: { dialog: string; category: string; author: string; text: string; save: string },
  values: { category: string; author: string; text: string },
): Promise<void> {
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: words.dialog });
  await dialog.waitFor();
  await dialog.getByLabel(words.category).selectOption({ label: values.category });
  await dialog.getByLabel(words.author, { exact: true }).fill(values.author);
  const text = dialog.getByLabel(words.text, { exact: true });
  await text.focus();
  await page.keyboard.type(values.text);
  await text.press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });
}

/** Finds the root cause of one problem note with a why-chain. */
async function findRootCause(
  page: Page,
  noteText: string,
  whys: readonly string[],
  words = {
    find: 'Find the root cause',
    why: 'Why',
    again: 'Ask why again',
    save: 'Save root cause',
  },
): Promise<void> {
  const item = page.locator('li.problem-note').filter({ hasText: noteText });
  await item.getByRole('button', { name: words.find }).click();
  for (const [i, why] of whys.entries()) {
    if (i > 0) await item.getByRole('button', { name: words.again }).click();
    const field = item.getByRole('textbox', { name: `${words.why} ${i + 1}`, exact: true });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill(why);
  }
  await item.getByRole('button', { name: words.save }).click();
  await item.getByRole('button', { name: words.find }).waitFor({ state: 'detached' });
}

const CONFUSION = 'Customers could not tell whether their card had been charged.';
const GAP = 'Seventy minutes without a word on the status page.';
const RC1 = ['Nobody owned the status page during the incident', 'No comms role in the runbook'];
const RC2 = [
  'Updates waited for a full diagnosis',
  'We believed an update needs a cause',
  'No template for a holding update',
];
const ROOT1 = RC1.at(-1) ?? '';
const ROOT2 = RC2.at(-1) ?? '';
const PEOPLE = [
  { name: 'Ana Souza', role: 'Support' },
  { name: 'Ben Okafor', role: 'Engineering' },
  { name: 'Carla Ruiz', role: 'Marketing' },
];

describe('a workshop session', () => {
  it('runs every step on the demo and keeps it all after a reload', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    mkdirSync(SHOTS, { recursive: true });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await page.getByRole('tablist', { name: 'Workshop steps' }).waitFor();

    // Preparation: the completeness meter rises as the answers come in.
    expect(await page.getByRole('tab', { name: 'Preparation' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const meter = page.getByRole('meter', { name: 'Preparation complete' });
    const answered = () => meter.evaluate((m) => (m as HTMLMeterElement).value);
    const meterBefore = await answered();
    const investigation = page.getByRole('spinbutton', { name: 'Investigation', exact: true });
    await investigation.fill('60');
    await investigation.press('Enter');
    await page
      .getByLabel('What told customers something was wrong?')
      .fill('An error page at checkout that told them to contact their bank.');
    await page
      .getByRole('textbox', { name: 'Expected duration', exact: true })
      .fill('Unknown at the time; "within the hour" was said at 14:35.');
    await page.getByRole('radio', { name: /^Only some/ }).check();
    await page
      .getByRole('textbox', { name: 'Which regions, features or share of customers?' })
      .fill('Card payments in Brazil, about 40% of checkouts.');
    await page.getByRole('radio', { name: 'A workaround existed' }).check();
    await page
      .getByRole('textbox', { name: 'The workaround', exact: true })
      .fill('Pay by Pix or boleto.');
    await page.getByRole('textbox', { name: 'The workaround', exact: true }).blur();
    await expect.poll(answered, { timeout: 10_000 }).toBeGreaterThan(meterBefore);
    const meterAfter = await answered();

    // People in the room.
    const people = page.getByRole('region', { name: 'People in the room' });
    for (const p of PEOPLE) {
      await people.getByRole('textbox', { name: 'Name', exact: true }).fill(p.name);
      await people.getByRole('textbox', { name: 'Role', exact: true }).fill(p.role);
      await people.getByRole('button', { name: 'Add person' }).click();
      await expect.poll(() => people.getByText(p.name).count()).toBeGreaterThan(0);
    }
    await expect.poll(() => people.getByText('3 people').count()).toBe(1);
    await checkStep(page, 'preparation', 'en');

    // Step 1: the timer runs, then pauses; a note on the drawing.
    await selectStep(page, /^1 Walk the timeline/);
    const timer = page.getByRole('timer', { name: 'Timer' });
    const full = await timer.textContent();
    expect(full).toBe('10:00');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForTimeout(2_000);
    await expect.poll(() => timer.textContent(), { timeout: 10_000 }).not.toBe(full);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    const paused = await timer.textContent();
    await page.waitForTimeout(1_500);
    expect(await timer.textContent()).toBe(paused);
    expect(await page.getByText('Paused', { exact: true }).count()).toBe(1);

    await page.locator('.timeline-canvas').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.gaplineTimeline?.stageRect() != null);
    const stage = (await stageRect(page)) as Rect;
    await page.mouse.dblclick(stage.x + stage.width * 0.3, stage.y + 60);
    const editor = page.getByRole('group', { name: 'New note' });
    await editor.getByLabel('Note text').fill('Support learnt of it from a customer tweet.');
    await editor.getByLabel('Category').selectOption({ label: 'Idea' });
    await editor.getByLabel('Author').fill('Ana Souza');
    await editor.getByLabel('Note text').press('Control+Enter');
    await expect.poll(() => noteCount(page)).toBe(1);
    await checkStep(page, 'walk', 'en');

    // Step 2: the gap table is there.
    await selectStep(page, /^2 Mind the gaps/);
    expect((await readTable(page, 'Communication gaps')).length).toBeGreaterThan(4);
    await checkStep(page, 'gaps', 'en');

    // Step 3: a confusion note and a gap note, by keyboard only.
    await selectStep(page, /^3 Assess/);
    const words = {
      dialog: 'Add a note',
      category: 'Category',
      author: 'Author',
      text: 'Text',
      save: 'Save note',
    };
    const twin = page.locator('.timeline-twin');
    await addNoteByKeyboard(
      page,
      twin.getByRole('button', { name: 'Add a note', exact: true }),
      words,
      { category: 'Confusion', author: 'Ben Okafor', text: CONFUSION },
    );
    await expect.poll(() => noteCount(page)).toBe(2);
    await addNoteByKeyboard(
      page,
      twin.getByRole('button', { name: /^Add a note here: Update \(Status page\)/ }).first(),
      words,
      { category: 'Gap', author: 'Carla Ruiz', text: GAP },
    );
    await expect.poll(() => noteCount(page)).toBe(3);
    await checkStep(page, 'assess', 'en');

    // Step 4: two root causes, with two and three whys.
    await selectStep(page, /^4 Root causes/);
    await expect.poll(() => page.locator('li.problem-note').count()).toBe(2);
    await findRootCause(page, CONFUSION, RC1);
    await findRootCause(page, GAP, RC2);
    const found = page.locator('ul.root-cause-list > li');
    await expect.poll(() => found.count()).toBe(2);
    await checkStep(page, 'root-causes', 'en');

    // Step 5: votes cast and revealed, both root causes picked, an action for each.
    await selectStep(page, /^5 Plan/);
    const vote = (root: string, person: string) =>
      page.getByRole('button', { name: `Vote for ${root} as ${person}`, exact: true });
    const cast = page.getByText(/votes? cast\. The results are hidden/);
    const votes: [string, string][] = [
      [ROOT1, 'Ana Souza'],
      [ROOT1, 'Ana Souza'],
      [ROOT2, 'Ana Souza'],
      [ROOT1, 'Ben Okafor'],
      [ROOT2, 'Carla Ruiz'],
      [ROOT2, 'Carla Ruiz'],
      [ROOT2, 'Carla Ruiz'],
    ];
    for (const [i, [root, person]] of votes.entries()) {
      await vote(root, person).click();
      await expect.poll(() => cast.textContent()).toMatch(new RegExp(`^${i + 1} votes? cast`));
    }
    // Carla's three votes are spent.
    expect(await vote(ROOT1, 'Carla Ruiz').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Reveal votes' }).click();
    const results = page.locator('.vote-results li');
    await expect
      .poll(() => results.allTextContents())
      .toEqual([`4 votes ${ROOT2}`, `3 votes ${ROOT1}`]);
    await page.getByRole('checkbox', { name: ROOT1, exact: true }).check();
    await page.getByRole('checkbox', { name: ROOT2, exact: true }).check();

    const group1 = page.getByRole('region', { name: `Actions for: ${ROOT1}`, exact: true });
    await group1.getByRole('button', { name: 'Add action' }).click();
    const action1 = group1.getByRole('textbox', { name: 'Action', exact: true });
    await expect.poll(() => action1.evaluate((el) => el === document.activeElement)).toBe(true);
    await action1.fill('Add a communications lead role to the incident runbook');
    await action1.blur();
    await expect.poll(() => group1.getByText('Not actionable: start with a verb').count()).toBe(0);
    const owner1 = group1.getByRole('combobox', { name: 'Owner', exact: true });
    await owner1.fill('Ana Souza');
    await owner1.press('Enter');
    await expect.poll(() => group1.getByText('No owner', { exact: true }).count()).toBe(0);
    const deadline1 = group1.getByLabel('Deadline', { exact: true });
    await deadline1.fill('2027-01-15');
    await deadline1.blur();
    await expect.poll(() => group1.getByText('No deadline', { exact: true }).count()).toBe(0);
    await group1.getByRole('combobox', { name: 'Status', exact: true }).selectOption({
      label: 'In progress',
    });

    const group2 = page.getByRole('region', { name: `Actions for: ${ROOT2}`, exact: true });
    await group2.getByRole('button', { name: 'Use as a starting point' }).first().click();
    const action2 = group2.getByRole('textbox', { name: 'Action', exact: true });
    await action2.waitFor();
    const action2Text = await action2.inputValue();
    expect(action2Text.length).toBeGreaterThan(10);
    const owner2 = group2.getByRole('combobox', { name: 'Owner', exact: true });
    await owner2.fill('Ben Okafor');
    await owner2.press('Enter');
    await expect.poll(() => group2.getByText('No owner', { exact: true }).count()).toBe(0);
    const deadline2 = group2.getByLabel('Deadline', { exact: true });
    await deadline2.fill('2027-02-01');
    await deadline2.blur();
    await expect.poll(() => group2.getByText('No deadline', { exact: true }).count()).toBe(0);
    // Neither action has a warning left: the recommendation starts the action with a verb.
    await expect.poll(() => group1.locator('.action-warnings').count()).toBe(0);
    await expect.poll(() => group2.locator('.action-warnings').count()).toBe(0);
    await checkStep(page, 'plan', 'en');

    // Reload: everything is still there.
    await page.reload();
    await page.getByRole('tablist', { name: 'Workshop steps' }).waitFor();
    expect(await page.getByRole('tab', { name: /^5 Plan/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await expect
      .poll(() => results.allTextContents())
      .toEqual([`4 votes ${ROOT2}`, `3 votes ${ROOT1}`]);
    expect(await page.getByRole('checkbox', { name: ROOT1, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: ROOT2, exact: true }).isChecked()).toBe(true);
    const g1 = page.getByRole('region', { name: `Actions for: ${ROOT1}`, exact: true });
    const g2 = page.getByRole('region', { name: `Actions for: ${ROOT2}`, exact: true });
    expect(await g1.getByRole('textbox', { name: 'Action' }).inputValue()).toBe(
      'Add a communications lead role to the incident runbook',
    );
    expect(await g1.getByRole('combobox', { name: 'Owner' }).inputValue()).toBe('Ana Souza');
    expect(await g1.getByLabel('Deadline', { exact: true }).inputValue()).toBe('2027-01-15');
    expect(await g1.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('in-progress');
    expect(await g2.getByRole('textbox', { name: 'Action' }).inputValue()).toBe(action2Text);
    expect(await g2.getByRole('combobox', { name: 'Owner' }).inputValue()).toBe('Ben Okafor');
    expect(await g2.getByLabel('Deadline', { exact: true }).inputValue()).toBe('2027-02-01');
    const peopleAfter = page.getByRole('region', { name: 'People in the room' });
    expect(await peopleAfter.getByText('3 people').count()).toBe(1);
    for (const p of PEOPLE) expect(await peopleAfter.getByText(p.name).count()).toBeGreaterThan(0);

    const notes = await noteRows(page, 'Timeline', 'Note');
    expect(notes.map((r) => r[1]).sort()).toEqual(['Note: Confusion', 'Note: Gap', 'Note: Idea']);
    const noteTexts = notes.map((r) => r.join(' ')).join('\n');
    expect(noteTexts).toContain(CONFUSION);
    expect(noteTexts).toContain(GAP);
    expect(noteTexts).toContain('Support learnt of it from a customer tweet.');

    await selectStep(page, /^4 Root causes/);
    const chains = await page.locator('ul.root-cause-list > li ol.why-chain').allTextContents();
    expect(chains).toHaveLength(2);
    for (const chain of [RC1, RC2]) {
      const text = chains.find((c) => c.includes(chain.at(-1) ?? '')) ?? '';
      for (const why of chain) expect(text).toContain(why);
    }
    await selectStep(page, /^1 Walk the timeline/);
    expect(await page.getByRole('timer', { name: 'Timer' }).textContent()).toBe(paused);
    await selectStep(page, /^Preparation/);
    expect(await answered()).toBe(meterAfter);
    expect(await page.getByRole('spinbutton', { name: 'Investigation' }).inputValue()).toBe('60');
    expect(
      await page.getByRole('textbox', { name: 'The workaround', exact: true }).inputValue(),
    ).toBe('Pay by Pix or boleto.');

    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  }, 240_000);

  it('walks the steps in Spanish', async () => {
    session = await openApp({ locale: 'es-ES' });
    const { page, baseUrl } = session;
    mkdirSync(SHOTS, { recursive: true });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Abrir la demo' }).click();
    await page.getByRole('tablist', { name: 'Pasos del taller' }).waitFor();

    const people = page.getByRole('region', { name: 'Personas en la sala' });
    for (const name of ['Ana Souza', 'Ben Okafor']) {
      await people.getByRole('textbox', { name: 'Nombre', exact: true }).fill(name);
      await people.getByRole('button', { name: 'Añadir persona' }).click();
      await expect.poll(() => people.getByText(name).count()).toBeGreaterThan(0);
    }
    await checkStep(page, 'preparation', 'es');

    await selectStep(page, /^1 Recorrer la cronología/);
    await page.getByRole('button', { name: 'Iniciar', exact: true }).click();
    await page.getByRole('button', { name: 'Pausar', exact: true }).click();
    await checkStep(page, 'walk', 'es');

    await selectStep(page, /^2 Revisar los huecos/);
    await checkStep(page, 'gaps', 'es');

    await selectStep(page, /^3 Evaluar/);
    await addNoteByKeyboard(
      page,
      page.locator('.timeline-twin').getByRole('button', { name: 'Añadir una nota', exact: true }),
      {
        dialog: 'Añadir una nota',
        category: 'Categoría',
        author: 'Autor',
        text: 'Texto',
        save: 'Guardar nota',
      },
      { category: 'Confusión', author: 'Ana Souza', text: 'Nadie sabía si se había cobrado.' },
    );
    await expect.poll(() => noteCount(page)).toBe(1);
    const notes = await noteRows(page, 'Cronología', 'Nota');
    expect(notes).toHaveLength(1);
    await checkStep(page, 'assess', 'es');

    await selectStep(page, /^4 Causas raíz/);
    await findRootCause(
      page,
      'Nadie sabía si se había cobrado.',
      ['No había plantilla', 'Nadie se encargaba de la comunicación'],
      {
        find: 'Buscar la causa raíz',
        why: 'Por qué',
        again: 'Preguntar por qué otra vez',
        save: 'Guardar causa raíz',
      },
    );
    await checkStep(page, 'root-causes', 'es');

    await selectStep(page, /^5 Plan/);
    const root = 'Nadie se encargaba de la comunicación';
    await page
      .getByRole('button', { name: `Votar por ${root} como Ana Souza`, exact: true })
      .click();
    await page.getByRole('button', { name: 'Mostrar votos' }).click();
    await expect
      .poll(() => page.locator('.vote-results li').allTextContents())
      .toEqual([`1 voto ${root}`]);
    await page.getByRole('checkbox', { name: root, exact: true }).check();
    await page.getByRole('button', { name: 'Usar como punto de partida' }).first().waitFor();
    await checkStep(page, 'plan', 'es');

    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  }, 180_000);
});
