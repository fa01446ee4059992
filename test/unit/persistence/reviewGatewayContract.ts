/**
 * The behaviour every review gateway shares (Dexie and memory run the same suite):
 * what is written is what is read, only `ready` reviews are listed, and a write that
 * fails writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../../src/domain/gaps/analyzeGaps';
import type { GapSummary } from '../../../src/domain/gaps/types';
import type { PlanAction, ReviewData } from '../../../src/domain/model';
import type { ReviewStorage } from '../../../src/persistence/ReviewStorage';
import { T0, at, makeCommunication } from '../../factories/makeRecords';
import { SMALL_REVIEW_LONGEST_GAP, canonical, makeReviewData } from './makeReviewData';

function analyzedSummary(data: ReviewData): GapSummary {
  const analysis = analyzeGaps(data);
  if (!analysis.ok) throw new Error(analysis.error.message);
  return analysis.summary;
}

export interface GatewayUnderTest {
  readonly gateway: ReviewStorage;
  readonly dispose: () => Promise<void>;
}

export function describeReviewGatewayContract(
  name: string,
  make: (now: () => number) => Promise<GatewayUnderTest>,
): void {
  describe(`${name}: the review gateway contract`, () => {
    let clock = T0;
    let subject: GatewayUnderTest;
    let gateway: ReviewStorage;

    beforeEach(async () => {
      clock = at(500);
      subject = await make(() => clock);
      gateway = subject.gateway;
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('loads a created review exactly as written, in canonical order', async () => {
      const data = makeReviewData();
      const shuffled: ReviewData = { ...data, communications: [...data.communications].reverse() };
      await gateway.createReview(shuffled);
      expect(await gateway.loadReview(data.review.id)).toEqual(canonical(data));
    });

    it('loads null for an unknown review', async () => {
      expect(await gateway.loadReview('nope')).toBeNull();
    });

    it('writes a created review as ready even if it says importing', async () => {
      const data = makeReviewData({ review: { status: 'importing' } });
      await gateway.createReview(data);
      expect((await gateway.loadReview(data.review.id))?.review.status).toBe('ready');
    });

    it('lists ready reviews newest first with the longest gap from the domain', async () => {
      const older = makeReviewData({ review: { updatedAt: at(100) } });
      const newer = makeReviewData({ review: { updatedAt: at(200) } });
      const noAlert = makeReviewData({ review: { updatedAt: at(50) } });
      await gateway.createReview(older);
      await gateway.createReview(newer);
      await gateway.createReview({ ...noAlert, incident: { ...noAlert.incident, alert: null } });
      const list = await gateway.listReviews();
      expect(list.map((i) => i.review.id)).toEqual([
        newer.review.id,
        older.review.id,
        noAlert.review.id,
      ]);
      expect(list[0]).toEqual({
        review: newer.review,
        incidentTitle: newer.incident.title,
        alert: newer.incident.alert,
        timeZone: newer.incident.timeZone,
        severity: newer.incident.severity,
        longestGap: SMALL_REVIEW_LONGEST_GAP,
        summary: analyzedSummary(newer),
        // The small review's one action is open.
        pendingActions: newer.actions,
      });
      expect(list[0]?.summary?.longestGap).toBe(SMALL_REVIEW_LONGEST_GAP);
      expect(list[2]?.longestGap).toBeNull();
      expect(list[2]?.summary).toBeNull();
    });

    it('lists the actions of each plan not done yet, oldest first', async () => {
      const data = makeReviewData();
      const reviewId = data.review.id;
      const action = (id: string, status: PlanAction['status'], createdAt: number): PlanAction => ({
        id,
        reviewId,
        rootCauseId: null,
        text: `Do ${id}`,
        owner: 'Ana',
        deadline: '2026-12-24',
        status,
        createdAt,
        updatedAt: createdAt,
      });
      const actions = [
        action('a-done', 'done', at(3)),
        action('a-later', 'in-progress', at(2)),
        action('a-dropped', 'dropped', at(4)),
        action('a-first', 'open', at(1)),
      ];
      await gateway.createReview({ ...data, actions });
      const [item] = await gateway.listReviews();
      expect(item?.pendingActions.map((a) => a.id)).toEqual(['a-first', 'a-later']);
      expect(item?.pendingActions[1]).toEqual(actions[1]);
    });

    it('rejects a review whose id exists and keeps the first one', async () => {
      const data = makeReviewData();
      await gateway.createReview(data);
      const again = makeReviewData({ reviewId: data.review.id, review: { title: 'Other' } });
      await expect(gateway.createReview(again)).rejects.toThrow();
      expect((await gateway.loadReview(data.review.id))?.review.title).toBe(data.review.title);
    });

    it('rejects a review holding two messages with one id and writes nothing', async () => {
      const data = makeReviewData();
      const twice = { ...data.communications[0]!, text: 'Same id, other text' };
      await expect(
        gateway.createReview({ ...data, communications: [...data.communications, twice] }),
      ).rejects.toThrow();
      expect(await gateway.loadReview(data.review.id)).toBeNull();
      expect(await gateway.listReviews()).toEqual([]);
    });

    it('rejects a review holding a record of another review and writes nothing', async () => {
      const data = makeReviewData();
      const foreign = makeCommunication({ reviewId: 'someone-else' });
      await expect(
        gateway.createReview({ ...data, communications: [...data.communications, foreign] }),
      ).rejects.toThrow(/does not belong/);
      expect(await gateway.loadReview(data.review.id)).toBeNull();
      expect(await gateway.listReviews()).toEqual([]);
      // The chunked write of a big import checks every record too (here a foreign channel).
      const chunked = gateway.createReviewChunked?.bind(gateway);
      if (chunked !== undefined) {
        const [channel] = data.channels;
        const stranger = { ...channel!, reviewId: 'someone-else' };
        await expect(
          chunked({ ...data, channels: [...data.channels.slice(1), stranger] }),
        ).rejects.toThrow(/does not belong/);
        expect(await gateway.loadReview(data.review.id)).toBeNull();
      }
    });

    it('applies every kind of operation in one call and bumps updatedAt', async () => {
      const data = makeReviewData();
      const id = data.review.id;
      await gateway.createReview(data);
      const [c1, c2] = data.communications;
      const channel = { id: `${id}:ch-social`, reviewId: id, name: 'Social', updatedAt: at(400) };
      const edited = { ...c1!, text: 'Edited', channelId: channel.id };
      const phase = {
        id: `${id}:p2`,
        reviewId: id,
        kind: 'decision' as const,
        start: at(31),
        end: at(40),
        updatedAt: at(400),
      };
      clock = at(600);
      await gateway.apply(id, [
        { type: 'put', collection: 'channels', record: channel },
        { type: 'put', collection: 'communications', record: edited },
        { type: 'delete', collection: 'communications', id: c2!.id },
        { type: 'delete', collection: 'channels', id: data.channels[1]!.id },
        { type: 'put-incident', record: { ...data.incident, title: 'Renamed' } },
        { type: 'put', collection: 'phases', record: phase },
        { type: 'delete', collection: 'phases', id: data.phases[0]!.id },
        { type: 'put-review', record: { ...data.review, title: 'New title' } },
      ]);
      const loaded = await gateway.loadReview(id);
      expect(loaded?.channels.map((c) => c.name)).toEqual(['Social', 'Status page']);
      expect(loaded?.communications.map((c) => c.id)).toEqual([c1!.id, data.communications[2]!.id]);
      expect(loaded?.communications[0]).toEqual(edited);
      expect(loaded?.incident.title).toBe('Renamed');
      expect(loaded?.phases).toEqual([phase]);
      expect(loaded?.review).toEqual({ ...data.review, title: 'New title', updatedAt: at(600) });
      expect((await gateway.listReviews())[0]?.review.updatedAt).toBe(at(600));
    });

    it('applies operations on one record in order, each over the one before', async () => {
      const data = makeReviewData();
      const id = data.review.id;
      await gateway.createReview(data);
      const [c1, c2] = data.communications;
      const first = { ...c1!, text: 'First edit' };
      // The second put's base is the first put's record: it changes only the author.
      const second = { ...first, author: 'Second author' };
      const recreated = { ...c2!, text: 'Deleted, then written again' };
      await gateway.apply(id, [
        { type: 'put', collection: 'communications', record: first, base: c1! },
        { type: 'put', collection: 'communications', record: second, base: first },
        { type: 'delete', collection: 'communications', id: c2!.id },
        { type: 'put', collection: 'communications', record: recreated, base: c2! },
      ]);
      const loaded = await gateway.loadReview(id);
      const byId = new Map(loaded?.communications.map((c) => [c.id, c]));
      expect(byId.get(c1!.id)).toEqual({ ...c1!, text: 'First edit', author: 'Second author' });
      expect(byId.get(c2!.id)).toEqual(recreated);
    });

    it('writes nothing when one operation of a batch fails', async () => {
      const mine = makeReviewData();
      const theirs = makeReviewData();
      await gateway.createReview(mine);
      await gateway.createReview(theirs);
      const edited = { ...mine.communications[0]!, text: 'Should not stay' };
      await expect(
        gateway.apply(mine.review.id, [
          { type: 'put', collection: 'communications', record: edited },
          { type: 'delete', collection: 'phases', id: theirs.phases[0]!.id },
        ]),
      ).rejects.toThrow(/does not belong/);
      expect(await gateway.loadReview(mine.review.id)).toEqual(canonical(mine));
      expect(await gateway.loadReview(theirs.review.id)).toEqual(canonical(theirs));
    });

    it('never deletes another review’s message (refused, or not found in this review)', async () => {
      // IndexedDB stores a review's messages in records of its own (schema version 4), so a
      // delete naming another review's message finds nothing to delete; memory refuses it.
      const mine = makeReviewData();
      const theirs = makeReviewData();
      await gateway.createReview(mine);
      await gateway.createReview(theirs);
      await gateway
        .apply(mine.review.id, [
          { type: 'delete', collection: 'communications', id: theirs.communications[0]!.id },
        ])
        .catch((e: unknown) => expect(String(e)).toMatch(/does not belong/));
      expect(await gateway.loadReview(mine.review.id)).toMatchObject({
        communications: canonical(mine).communications,
      });
      expect(await gateway.loadReview(theirs.review.id)).toEqual(canonical(theirs));
    });

    it('rejects a put whose record belongs to another review', async () => {
      const data = makeReviewData();
      await gateway.createReview(data);
      const stray = makeCommunication({ reviewId: 'elsewhere' });
      await expect(
        gateway.apply(data.review.id, [
          { type: 'put', collection: 'communications', record: stray },
        ]),
      ).rejects.toThrow(/does not belong/);
    });

    it('rejects operations on a review that does not exist', async () => {
      await expect(
        gateway.apply('ghost', [{ type: 'delete', collection: 'phases', id: 'x' }]),
      ).rejects.toThrow(/does not exist/);
    });

    it('applies a put with a base to the record as stored now (a stale window keeps the other’s change)', async () => {
      const data = makeReviewData();
      const id = data.review.id;
      await gateway.createReview(data);
      const [c1, c2] = data.communications;
      // Another window changes c1's text, the incident's title and the review's title…
      await gateway.apply(id, [
        { type: 'put', collection: 'communications', record: { ...c1!, text: 'Theirs' } },
        { type: 'put-incident', record: { ...data.incident, title: 'Their title' } },
        { type: 'put-review', record: { ...data.review, title: 'Their review' } },
      ]);
      // …this window, still holding the old records, changes other fields of the same ones.
      await gateway.apply(id, [
        {
          type: 'put',
          collection: 'communications',
          record: { ...c1!, author: 'Mine' },
          base: c1!,
        },
        {
          type: 'put-incident',
          record: { ...data.incident, severity: 'severe' },
          base: data.incident,
        },
        { type: 'put-review', record: { ...data.review, createdBy: 'me' }, base: data.review },
        // A record deleted elsewhere comes back whole rather than losing the edit.
        { type: 'delete', collection: 'communications', id: c2!.id },
      ]);
      await gateway.apply(id, [
        { type: 'put', collection: 'communications', record: { ...c2!, text: 'Kept' }, base: c2! },
      ]);
      const loaded = await gateway.loadReview(id);
      expect(loaded?.communications.find((c) => c.id === c1!.id)).toEqual({
        ...c1!,
        text: 'Theirs',
        author: 'Mine',
      });
      expect(loaded?.communications.find((c) => c.id === c2!.id)).toEqual({ ...c2!, text: 'Kept' });
      expect(loaded?.incident).toEqual({
        ...data.incident,
        title: 'Their title',
        severity: 'severe',
      });
      expect(loaded?.review.title).toBe('Their review');
      expect(loaded?.review.createdBy).toBe('me');
    });

    it('refuses a put whose base is another record', async () => {
      const data = makeReviewData();
      await gateway.createReview(data);
      const [c1, c2] = data.communications;
      await expect(
        gateway.apply(data.review.id, [
          { type: 'put', collection: 'communications', record: c1!, base: c2! },
        ]),
      ).rejects.toThrow(/base/);
    });

    it('hands out copies: changing a loaded review does not change what is stored', async () => {
      const data = makeReviewData();
      await gateway.createReview(data);
      const loaded = await gateway.loadReview(data.review.id);
      (loaded?.communications as unknown[]).length = 0;
      expect((await gateway.loadReview(data.review.id))?.communications).toHaveLength(3);
    });

    it('deletes a review with all its records and leaves the others', async () => {
      const gone = makeReviewData();
      const kept = makeReviewData();
      await gateway.createReview(gone);
      await gateway.createReview(kept);
      await gateway.deleteReview(gone.review.id);
      expect(await gateway.loadReview(gone.review.id)).toBeNull();
      expect((await gateway.listReviews()).map((i) => i.review.id)).toEqual([kept.review.id]);
      // The same ids can be written again: no orphan record was left behind.
      await gateway.createReview(gone);
      expect(await gateway.loadReview(gone.review.id)).toEqual(canonical(gone));
      await expect(gateway.deleteReview('never-existed')).resolves.toBeUndefined();
    });

    it('writes a big review in chunks and reports progress up to the total', async () => {
      const data = makeReviewData({ extraCommunications: 2_497 });
      const progress: [number, number][] = [];
      await gateway.createReviewChunked(data, (written, total) => progress.push([written, total]));
      expect(progress[0]).toEqual([0, 2_500]);
      expect(progress.at(-1)).toEqual([2_500, 2_500]);
      const written = progress.map(([w]) => w);
      expect(written).toEqual([...written].sort((a, b) => a - b));
      const loaded = await gateway.loadReview(data.review.id);
      expect(loaded?.review.status).toBe('ready');
      expect(loaded?.communications).toHaveLength(2_500);
      expect(await gateway.cleanUpInterruptedImports()).toEqual([]);
    });

    it('keeps nothing of a chunked import that is cancelled', async () => {
      const data = makeReviewData({ extraCommunications: 2_497 });
      const controller = new AbortController();
      const cancelled = gateway.createReviewChunked(
        data,
        (written) => {
          if (written >= 1_000) controller.abort();
        },
        controller.signal,
      );
      await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
      expect(await gateway.loadReview(data.review.id)).toBeNull();
      expect(await gateway.listReviews()).toEqual([]);
      await gateway.createReview(data);
      expect((await gateway.loadReview(data.review.id))?.communications).toHaveLength(2_500);
    });
  });
}
