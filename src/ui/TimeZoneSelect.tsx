import { useDeferredValue, useId, useMemo } from 'react';
import { listTimeZones } from '../domain/time/listTimeZones';

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
 * Its first render offers the current zone alone and the whole list follows in a
 * background render: the ~420 options are ~1,250 of the ~1,950 elements styled when an
 * import opens the review page (the home page's select leaving, the header's arriving), and
 * made with the page they lengthened its first render and first frame, each a task near
 * 50 ms at 100,000 messages.
 */
export function TimeZoneSelect({ label, value, onChange, hint, id }: Props) {
  const ownId = useId();
  const selectId = id ?? ownId;
  const hintId = `${selectId}-hint`;
  const zones = useMemo(() => {
    const all = listTimeZones();
    return all.includes(value) ? all : [value, ...all];
  }, [value]);
  const onlyValue = useMemo(() => [value], [value]);
  const deferred = useDeferredValue(zones, onlyValue);
  // A value changed since: its option is there at once (the list follows).
  const shown = deferred.includes(value) ? deferred : onlyValue;
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
