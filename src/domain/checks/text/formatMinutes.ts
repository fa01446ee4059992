/** A duration for evidence: `< 1 min`, `47 min`, `3 h 12 min`, `2 h` (minutes rounded up). */
export function formatMinutes(minutes: number): string {
  if (minutes < 1) return '< 1 min';
  const whole = Math.ceil(minutes - 1e-9);
  if (whole < 60) return `${whole} min`;
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
