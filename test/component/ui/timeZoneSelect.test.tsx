// The time zone select offers the current zone in its first render and every zone a render
// later: its ~420 options were most of the elements a big import's review page styled in
// its first frame.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useLayoutEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { listTimeZones } from '../../../src/domain/time/listTimeZones';
import { TimeZoneSelect } from '../../../src/ui/TimeZoneSelect';

/** The options in the page at each commit, read by a sibling after the select's own. */
function OptionsAtCommit({ seen }: { seen: number[] }) {
  useLayoutEffect(() => {
    seen.push(document.querySelectorAll('option').length);
  });
  return null;
}

function Picker({ seen, initial }: { seen: number[]; initial: string }) {
  const [zone, setZone] = useState(initial);
  return (
    <>
      <TimeZoneSelect label="Time zone" value={zone} onChange={setZone} />
      <OptionsAtCommit seen={seen} />
    </>
  );
}

describe('TimeZoneSelect', () => {
  it('shows the current zone at once and every zone a render later', async () => {
    const seen: number[] = [];
    await act(async () => {
      render(<Picker seen={seen} initial="Europe/Madrid" />);
      await Promise.resolve();
    });
    const all = listTimeZones();
    expect(all.length).toBeGreaterThan(300);
    // The first commit: the current zone alone; then every zone.
    expect(seen[0]).toBe(1);
    expect(screen.getAllByRole('option')).toHaveLength(all.length);
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    expect(select).toHaveValue('Europe/Madrid');
    expect(screen.getByRole('option', { name: 'America/New York' })).toBeInTheDocument();
  });

  it('keeps a zone outside the list, offered first, and changes to a chosen one', async () => {
    const onChange = vi.fn();
    await act(async () => {
      render(<TimeZoneSelect label="Time zone" value="Mars/Olympus" onChange={onChange} />);
      await Promise.resolve();
    });
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    expect(select).toHaveValue('Mars/Olympus');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(listTimeZones().length + 1);
    expect(options[0]).toHaveTextContent('Mars/Olympus');
    fireEvent.change(select, { target: { value: 'Asia/Tokyo' } });
    expect(onChange).toHaveBeenCalledWith('Asia/Tokyo');
  });

  it('changes to the zone chosen and keeps offering every zone', async () => {
    const seen: number[] = [];
    render(<Picker seen={seen} initial="UTC" />);
    await act(async () => Promise.resolve());
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    await act(async () => {
      fireEvent.change(select, { target: { value: 'Asia/Tokyo' } });
      await Promise.resolve();
    });
    expect(select).toHaveValue('Asia/Tokyo');
    expect(screen.getAllByRole('option')).toHaveLength(listTimeZones().length);
  });
});
