// Long messages (an email) are shortened in the Message checks list until opened.
import { describe, expect, it } from 'vitest';
import { clipText } from '../../../../src/features/checks/clipText';

describe('clipText', () => {
  it('leaves a short text whole (null)', () => {
    expect(clipText('We are investigating.')).toBeNull();
    expect(clipText('Line one\nLine two\nLine three')).toBeNull();
  });

  it('cuts a long text at a word within the limit, on one line, with an ellipsis', () => {
    const long = `Subject: Card payments\n\nDear merchant,\n\n${'word '.repeat(60)}`;
    const clipped = clipText(long, 60);
    expect(clipped).toBe('Subject: Card payments Dear merchant, word word word word…');
    expect((clipped ?? '').length).toBeLessThanOrEqual(61);
  });

  it('flattens a text of many short lines instead of cutting it', () => {
    expect(clipText('Hi,\n\nThanks.\n\nBye.', 180, 3)).toBe('Hi, Thanks. Bye.');
  });
});
