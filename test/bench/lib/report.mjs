// The bench's output: one table (figure | size | value | floor | ratio | target), or the
// same as JSON with the machine it ran on.

const HEAD = ['figure', 'size', 'value', 'floor', 'ratio', 'target'];

function show(value, unit, counts, why) {
  if (value === null) return why ? `n/a (${why})` : 'n/a';
  if (unit === 'ms') return value < 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(1)} ms`;
  if (unit === 's') return value < 10 ? `${value.toFixed(2)} s` : `${value.toFixed(1)} s`;
  if (unit === 'kB') return `${value.toFixed(1)} kB`;
  if (unit === 'MB') return `${value.toFixed(value < 1 ? 2 : 1)} MB`;
  if (unit === '%') return `${value.toFixed(1)}%${counts ? ` (${counts[0]}/${counts[1]})` : ''}`;
  return value.toLocaleString('en-US');
}

/** The reason one side is missing, from the row's note ("app: no probe; floor: …"). */
const reason = (note, side) =>
  (note ?? '')
    .split('; ')
    .find((n) => n.startsWith(`${side}: `))
    ?.slice(side.length + 2) ?? null;

export function formatTable(figures, budgetMs) {
  const lines = figures.map((r) => [
    r.cut ? `${r.figure} *` : r.figure,
    r.size,
    show(r.value, r.unit, r.frames?.value, reason(r.note, 'app')),
    show(r.floor, r.unit, r.frames?.floor, reason(r.note, 'floor')),
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
  ]);
  const all = [HEAD, ...lines];
  const widths = HEAD.map((_, i) => Math.max(...all.map((l) => l[i].length)));
  const fmt = (l) =>
    l
      .map((c, i) => c.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  const cut = figures.filter((r) => r.cut).map((r) => `  ${r.figure}, ${r.size}: ${r.cut}`);
  const footnote =
    cut.length === 0
      ? []
      : [`\n* cut short after ${budgetMs / 1000} s (input events sent/planned):`, ...cut];
  const table = [fmt(HEAD), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)];
  return [...table, ...footnote].join('\n');
}

export function formatJson(machine, mode, figures) {
  return JSON.stringify({ machine, mode, figures }, null, 2);
}
