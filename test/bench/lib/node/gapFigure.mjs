// `analyzeGaps` (src/domain/gaps/analyzeGaps.ts) in this process on a review imported from
// an N-row CSV by the real importer, as the CLI hands it over; then, timed on its own,
// `analyzeChannels` (the per-channel figures the CLI's report adds). Their floor is putting the same
// N instants in order (`Float64Array.from(instants).sort()`), the least any gap analysis must
// do; the two alternate run by run, after warm-ups, and each side's median is reported.
import { percentile } from '../stats.mjs';

/**
 * The least a gap list costs: one record of the gap's shape per gap, from sorted instants
 * (the ends shared, no rule applied). Read beside the floor, it shows how much of an
 * analysis is only making its answer.
 */
function bareGapRecords(sorted, count) {
  const ends = [{ kind: 'alert' }, { kind: 'update' }];
  const records = new Array(count);
  let from = sorted[0] ?? 0;
  for (let i = 0; i < count; i++) {
    const to = sorted[Math.min(i, sorted.length - 1)] ?? from;
    const minutes = (to - from) / 60_000;
    records[i] = {
      from,
      to,
      fromEnd: ends[0],
      toEnd: ends[1],
      minutes,
      status: minutes > 30 ? 'gap' : 'ok',
      longest: false,
    };
    from = to;
  }
  return records;
}

/**
 * Each side's median time (ms) over `runs`, after `warmups` runs that do not count. An
 * analysis that throws or answers an error leaves the app's side out (`appError`).
 */
export function timeGapAnalysis(mod, data, { warmups, runs }) {
  const input = {
    incident: data.incident,
    channels: data.channels,
    communications: data.communications,
  };
  const instants = data.communications.map((c) => c.instant);
  const app = [];
  const channels = [];
  const records = [];
  const floor = [];
  let appError = null;
  let gaps = null;
  for (let i = 0; i < warmups + runs; i++) {
    if (appError === null) {
      const t = performance.now();
      try {
        const analysis = mod.analyzeGaps(input);
        const ms = performance.now() - t;
        if (!analysis.ok) appError = `analysis error: ${analysis.error.message}`;
        else if (i >= warmups) app.push(ms);
        gaps = analysis.gaps?.length ?? null;
        if (analysis.ok) {
          const c = performance.now();
          const perChannel = mod.analyzeChannels(input, analysis);
          const channelMs = performance.now() - c;
          if (perChannel.length === 0) appError = 'no channel analysed';
          else if (i >= warmups) channels.push(channelMs);
        }
      } catch (e) {
        appError = `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
      }
    }

    const t = performance.now();
    const sorted = Float64Array.from(instants).sort();
    const ms = performance.now() - t;
    if (sorted.length !== instants.length) throw new Error('the floor lost instants');
    if (i >= warmups) floor.push(ms);

    if (gaps !== null) {
      const r = performance.now();
      const made = bareGapRecords(sorted, gaps);
      const recordsMs = performance.now() - r;
      if (made.length !== gaps) throw new Error('the bare gap records lost gaps');
      if (i >= warmups) records.push(recordsMs);
    }
  }
  return {
    app: appError === null ? percentile(app, 50) : null,
    channels: appError === null ? percentile(channels, 50) : null,
    appError,
    records: records.length > 0 ? percentile(records, 50) : null,
    floor: percentile(floor, 50),
    gaps,
  };
}
