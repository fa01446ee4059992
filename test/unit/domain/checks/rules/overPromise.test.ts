// checks.md, over-promise: a confident short fix ETA, and service came back much later.
import { describe, expect, it } from 'vitest';
import { firedOn, only, run, type Msg } from '../runChecks';

const back = (
  at: number,
  text = 'Uploads work normally again. Next update in 30 minutes.',
): Msg => ({ at, text });
const over = (messages: readonly Msg[]): string[] => firedOn(run(messages), 'over-promise');

describe('over-promise', () => {
  it('both conditions: ≥ 20 min past the promised moment and ≥ twice the window', () => {
    const eta = { at: 0, text: "Uploads are down. We'll be back in 5 minutes!" };
    expect(over([eta, back(25)])).toEqual(['m0']); // 20 past, 25 ≥ 10
    expect(over([eta, back(25 - 1 / 60)])).toEqual([]); // 19:59 past
    const hour = {
      at: 0,
      text: 'Uploads are down. We expect them to be working again within 60 minutes.',
    };
    expect(over([hour, back(90)])).toEqual([]); // 30 past, but 90 < 120
    expect(over([hour, back(120)])).toEqual(['m0']);
  });

  it('vague words count as 15 minutes ("shortly", "soon", "en unos minutos")', () => {
    const shortly = { at: 0, text: 'Uploads are down. They should be back shortly.' };
    expect(over([shortly, back(35)])).toEqual(['m0']); // 20 past 15, 35 ≥ 30
    expect(over([shortly, back(34)])).toEqual([]);
    const soon = {
      at: 0,
      text: 'Login is broken. A fix is being rolled out and everything should be back to normal soon.',
    };
    expect(over([soon, back(60)])).toEqual(['m0']);
    const es = { at: 0, text: 'La web no carga. Estará operativa de nuevo en unos minutos.' };
    expect(over([es, { at: 40, text: 'La web vuelve a funcionar con normalidad.' }])).toEqual([
      'm0',
    ]);
    expect(over([es, { at: 30, text: 'La web vuelve a funcionar con normalidad.' }])).toEqual([]);
  });

  it('reads intervals, clock times and "ETA" in both languages', () => {
    expect(over([{ at: 0, text: 'Hotfix is underway, ETA 1h.' }, back(125)])).toEqual(['m0']);
    expect(
      over([{ at: 0, text: 'Uploads fail. They will be fixed by 12:15 UTC.' }, back(40)]),
    ).toEqual(['m0']);
    const es = { at: 3, text: 'La app no abre. Estará solucionado antes de las 12:15.' };
    expect(
      over([es, { at: 60, kind: 'resolution', text: 'Resuelto. No se ha perdido ningún dato.' }]),
    ).toEqual(['m0']);
    const es2 = {
      at: 3,
      text: 'Los clientes no pueden subir archivos. Esperamos que vuelva a funcionar en 10 minutos.',
    };
    expect(over([es2, { at: 58, text: 'La subida de archivos vuelve a funcionar.' }])).toEqual([
      'm0',
    ]);
  });

  it('"came back" = the first later message that says service was restored (at the time it names), else the first resolution', () => {
    const eta = { at: 0, text: "Uploads are down. We'll be back in 5 minutes!" };
    expect(
      over([
        eta,
        {
          at: 60,
          kind: 'resolution',
          text: 'Uploads work normally since 12:20 UTC. No data was lost.',
        },
      ]),
    ).toEqual([]);
    expect(
      over([
        eta,
        {
          at: 60,
          kind: 'resolution',
          text: 'Uploads work normally since 12:30 UTC. No data was lost.',
        },
      ]),
    ).toEqual(['m0']);
    expect(
      over([
        eta,
        { at: 20, text: 'We are still working on uploads.' },
        { at: 60, kind: 'resolution', text: 'This incident has been resolved.' },
      ]),
    ).toEqual(['m0']);
    expect(over([eta, { at: 20, text: 'Uploads are still failing.' }])).toEqual([]);
  });

  it('a hedged or partial recovery is not "came back"', () => {
    const eta = { at: 0, text: "Uploads are down. We'll be back in 5 minutes!" };
    const findings = over([
      eta,
      { at: 10, text: 'Uploads should be working again now.' },
      { at: 15, text: 'Uploads are working again for some customers.' },
      { at: 60, kind: 'resolution', text: 'Resolved.' },
    ]);
    expect(findings).toEqual(['m0']);
  });

  it('a next-update promise is not a fix ETA, and "no ETA" never fires', () => {
    expect(over([{ at: 0, text: 'Uploads fail. Next update in 5 minutes.' }, back(60)])).toEqual(
      [],
    );
    expect(
      over([
        { at: 0, text: "Uploads fail. We can't give an ETA yet; we hope to be back soon." },
        back(90),
      ]),
    ).toEqual([]);
    expect(
      over([
        {
          at: 0,
          text: 'Las subidas fallan. No podemos dar una hora estimada; esperamos que vuelva a funcionar pronto.',
        },
        back(90),
      ]),
    ).toEqual([]);
    expect(
      over([
        {
          at: 0,
          text: 'Webhooks are delayed. We expect the backlog to take about 2 hours to clear.',
        },
        back(400),
      ]),
    ).toEqual([]);
  });

  it('evidence: the promise and when service came back', () => {
    const f = only(
      run([{ at: 2, text: "Our website is down. We'll be back in 5 minutes!" }, back(45)]),
      'over-promise',
    );
    expect(f.evidence).toBe(
      '"be back in 5 minutes" (about 12:07 UTC+00:00); service came back at 12:45 UTC+00:00, 43 min after this message.',
    );
    const vague = only(
      run(
        [
          { at: 0, text: 'La web no carga. Estará operativa de nuevo en unos minutos.' },
          { at: 40, text: 'La web vuelve a funcionar con normalidad.' },
        ],
        { language: 'es' },
      ),
      'over-promise',
    );
    expect(vague.evidence).toBe(
      '"Estará operativa de nuevo en unos minutos" (hacia las 12:15 UTC+00:00; las palabras vagas cuentan como 15 min); el servicio volvió a las 12:40 UTC+00:00, 40 min después de este mensaje.',
    );
  });
});
