// The time zone select offers the current zone in its first render and every zone a frame
// later: its ~420 options were most of the elements a big import's review page styled in
// its first frame.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
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

const everyZone = async (count = listTimeZones().length) =>
  waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(count));

describe('TimeZoneSelect', () => {
  it('shows the current zone at once and every zone after the first frame', async () => {
    const seen: number[] = [];
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    await act(async () => {
      render(<Picker seen={seen} initial="Europe/Madrid" />);
      await Promise.resolve();
    });
    const all = listTimeZones();
    expect(all.length).toBeGreaterThan(300);
    // The first commit, and the page until a frame has passed: the current zone alone.
    expect(seen[0]).toBe(1);
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(frames).toHaveBeenCalled();
    await everyZone();
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    expect(select).toHaveValue('Europe/Madrid');
    expect(screen.getByRole('option', { name: 'America/New York' })).toBeInTheDocument();
    frames.mockRestore();
  });

  it('keeps a zone outside the list, offered first, and changes to a chosen one', async () => {
    const onChange = vi.fn();
    render(<TimeZoneSelect label="Time zone" value="Mars/Olympus" onChange={onChange} />);
    await everyZone(listTimeZones().length + 1);
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    expect(select).toHaveValue('Mars/Olympus');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Mars/Olympus');
    fireEvent.change(select, { target: { value: 'Asia/Tokyo' } });
    expect(onChange).toHaveBeenCalledWith('Asia/Tokyo');
  });

  it('changes to the zone chosen and keeps offering every zone', async () => {
    render(<Picker seen={[]} initial="UTC" />);
    await everyZone();
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    await act(async () => {
      fireEvent.change(select, { target: { value: 'Asia/Tokyo' } });
      await Promise.resolve();
    });
    expect(select).toHaveValue('Asia/Tokyo');
    expect(screen.getAllByRole('option')).toHaveLength(listTimeZones().length);
  });
});
