import { screen } from '@testing-library/react';

/** The text of every cell of a table's tbody rows, found by its caption (as the e2e tests read it). */
export function readTable(caption: string): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((c) =>
      (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
  );
}
