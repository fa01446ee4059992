import { useId, useMemo } from 'react';
import { listTimeZones } from '../domain/time/listTimeZones';
import { useFrameAfter } from './useFrameAfter';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (zone: string) => void;
  readonly hint?: string;
  readonly id?: string;
}

/**
 * A labelled select of IANA zones (`UTC` first); the current value is always offered.
 *
 * Its first render offers the current zone alone and the whole list follows a frame later,
 * made and styled in tasks of their own: the ~420 options are ~1,250 of the ~1,950
 * elements styled when an import opens the review page (the home page's select leaving,
 * the header's arriving), and made with the page they lengthened its first render and its
 * first frame, each a task near 50 ms at 100,000 messages. (A background render was not
 * enough: it ends before the frame, and the frame styled them all the same.)
 */
export function TimeZoneSelect({ label, value, onChange, hint, id }: Props) {
  const ownId = useId();
  const selectId = id ?? ownId;
  const hintId = `${selectId}-hint`;
  const zones = useMemo(() => {
    const all = listTimeZones();
    return all.includes(value) ? all : [value, ...all];
  }, [value]);
  const later = useFrameAfter(true);
  const shown = later ? zones : [value];
  return (
    <div className="field">
      <label htmlFor={selectId}>{label}</label>
      <select
        id={selectId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint === undefined ? undefined : hintId}
      >
        {shown.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
