/**
 * The workshop's edits in the store (issue "Run the workshop"): each one is a single saved
 * write that a reload finds, undo reverts it, cascades keep references whole, and what a
 * Gapline file could not hold is refused. Run on the memory and the Dexie gateway.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState } from '../../../src/store/AppState';
import { at } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';
import { makeHarness, type GatewayKind, type Harness } from './storeHarness';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe.each<GatewayKind>(['memory', 'dexie'])('workshop actions on the %s gateway', (kind) => {
  let h: Harness;
  let reviewId = '';
  const state = (): AppState => h.store.getState();
  const actions = (): AppState['actions'] => h.store.getState().actions;
  const saved = async () => {
    const data = await h.storage.loadReview(reviewId);
    if (data === null) throw new Error('review not saved');
    return data;
  };

  beforeEach(async () => {
    h = await makeHarness(kind);
    // A review without any workshop records yet.
    const data = {
      ...makeReviewData(),
      session: null,
      preparation: null,
      participants: [],
      rootCauses: [],
      votes: [],
      actions: [],
      whatIfs: [],
      attachments: [],
    };
    reviewId = data.review.id;
    await actions().createReviews([data]);
    await actions().openReview(reviewId);
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('creates the session with the play’s defaults on first use, and saves each change', async () => {
    await actions().updateSession(() => ({ step: 'walk' }));
    const session = state().current?.session;
    expect(session).toMatchObject({ step: 'walk', votesPerParticipant: 3, anonymous: false });
    expect(session?.timers.walk.allottedMs).toBe(10 * 60_000);
    expect(session?.timers.assess.allottedMs).toBe(15 * 60_000);
    await actions().updateSession((s, now) => ({
      anonymous: true,
      timers: { ...s.timers, walk: { ...s.timers.walk, runningSince: now } },
    }));
    expect((await saved()).session).toMatchObject({ anonymous: true, step: 'walk' });
    expect((await saved()).session?.timers.walk.runningSince).toBe(h.clock.now);
    await actions().undo();
    expect((await saved()).session?.anonymous).toBe(false);
    await expect(actions().updateSession(() => ({ votesPerParticipant: 0 }))).rejects.toThrow(
      /Invalid session at \/votesPerParticipant/,
    );
  });

  it('undoes the very first session and preparation changes back to "nothing set yet"', async () => {
    await actions().updateSession(() => ({ step: 'assess', anonymous: true }));
    await actions().undo();
    expect((await saved()).session).toMatchObject({ step: 'preparation', anonymous: false });
    await actions().redo();
    expect((await saved()).session).toMatchObject({ step: 'assess', anonymous: true });
    await actions().updatePreparation({ customerImpact: 'Error page' });
    await actions().undo();
    expect((await saved()).preparation).toMatchObject({ customerImpact: '', affected: null });
  });

  it('answers the preparation questions one by one, and replaces the phases in one write', async () => {
    await actions().updatePreparation({ customerImpact: 'An error page' });
    await actions().updatePreparation({ affected: 'some', affectedDetail: 'EU' });
    expect((await saved()).preparation).toMatchObject({
      customerImpact: 'An error page',
      affected: 'some',
      affectedDetail: 'EU',
      workaroundAvailable: null,
    });
    const before = state().current?.phases;
    await actions().setPhases([
      { kind: 'investigation', start: at(0), end: at(40) },
      { kind: 'change', start: at(40), end: at(75) },
    ]);
    expect((await saved()).phases.map((p) => [p.kind, p.start, p.end])).toEqual([
      ['investigation', at(0), at(40)],
      ['change', at(40), at(75)],
    ]);
    await actions().undo();
    // The old bands are back (undo stamps what it restores as changed now).
    const shape = (p: { id: string; kind: string; start: number; end: number }) => [
      p.id,
      p.kind,
      p.start,
      p.end,
    ];
    expect((await saved()).phases.map(shape)).toEqual(before?.map(shape));
    await expect(
      actions().setPhases([{ kind: 'change', start: at(9), end: at(1) }]),
    ).rejects.toThrow(/Invalid phase/);
  });

  it('counts dot votes per person and takes a person’s votes with them', async () => {
    const marta = await actions().addParticipant('  Marta ', 'Support lead');
    const luis = await actions().addParticipant('Luis', '');
    expect(state().current?.participants.find((p) => p.id === luis)?.role).toBeNull();
    const cause = await actions().addRootCause({ whys: ['Nobody owned updates'], noteIds: [] });
    await actions().updateSession(() => ({ votesPerParticipant: 2 }));
    await actions().castVote(cause, marta);
    await actions().castVote(cause, marta);
    await expect(actions().castVote(cause, marta)).rejects.toThrow(/2 votes/);
    await actions().castVote(cause, luis);
    expect((await saved()).votes).toHaveLength(3);
    await actions().removeParticipant(marta);
    expect((await saved()).votes.map((v) => v.participantId)).toEqual([luis]);
    await actions().undo();
    expect((await saved()).votes).toHaveLength(3);
    await expect(actions().addParticipant('   ', null)).rejects.toThrow(/Invalid participant/);
  });

  it('keeps why-chains of one to five answers; deleting a root cause unties its actions', async () => {
    const noteId = state().current?.notes[0]?.id ?? '';
    const cause = await actions().addRootCause({ whys: ['No update in 4 h'], noteIds: [noteId] });
    await actions().updateRootCause(cause, {
      whys: ['No update in 4 h', 'Engineering sent nothing', 'Nobody asked them'],
      selected: true,
    });
    await expect(
      actions().updateRootCause(cause, { whys: ['1', '2', '3', '4', '5', '6'] }),
    ).rejects.toThrow(/whys/);
    const action = await actions().addAction({
      rootCauseId: cause,
      text: 'Define who asks engineering for updates',
      owner: 'Marta',
      deadline: '2024-04-01',
    });
    await actions().updateAction(action, { status: 'in-progress' });
    await expect(actions().updateAction(action, { deadline: '1/4/2024' })).rejects.toThrow(
      /deadline/,
    );
    const person = await actions().addParticipant('Ana', null);
    await actions().castVote(cause, person);
    await actions().deleteRootCause(cause);
    const after = await saved();
    expect(after.rootCauses).toEqual([]);
    expect(after.votes).toEqual([]);
    expect(after.actions[0]).toMatchObject({
      id: action,
      rootCauseId: null,
      status: 'in-progress',
    });
    await actions().undo();
    expect((await saved()).actions[0]?.rootCauseId).toBe(cause);
  });

  it('keeps screenshots as images and turns a what-if update into an idea note', async () => {
    const shot = await actions().addAttachment({
      name: 'error.png',
      mimeType: 'image/png',
      dataUrl: PNG,
      caption: 'Checkout error',
    });
    await actions().updateAttachment(shot, 'The checkout error page');
    expect((await saved()).attachments[0]?.caption).toBe('The checkout error page');
    await expect(
      actions().addAttachment({
        name: 'x.html',
        mimeType: 'image/png',
        dataUrl: 'data:text/html;base64,PHNjcmlwdD4=',
        caption: '',
      }),
    ).rejects.toThrow(/Invalid screenshot/);
    const whatIf = await actions().addWhatIf(at(30), 'Still investigating; next update 15:00');
    expect((await saved()).whatIfs).toHaveLength(1);
    const notesBefore = state().current?.notes.length ?? 0;
    const note = await actions().keepWhatIfAsNote(whatIf, -60);
    const after = await saved();
    expect(after.whatIfs).toEqual([]);
    expect(after.notes).toHaveLength(notesBefore + 1);
    expect(after.notes.find((n) => n.id === note)).toMatchObject({
      category: 'idea',
      at: at(30),
      text: 'Still investigating; next update 15:00',
    });
    await actions().deleteAttachment(shot);
    expect((await saved()).attachments).toEqual([]);
  });
});
