/** Statuspage bodies become plain text, never HTML (`../shared/spec/gaps.md`, Terms). */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../src/import/text/htmlToText';

describe('htmlToText', () => {
  it('turns each list item into a line and drops the tags (corpus body)', () => {
    const body =
      "<ul><li><strong>2010-07-29 02:06:00</strong> - We're moving search over to a beefier machine.</li>" +
      '<li><strong>2010-07-29 02:43:00</strong> - Search is back and better than ever. All systems go.</li></ul>';
    expect(htmlToText(body)).toBe(
      "2010-07-29 02:06:00 - We're moving search over to a beefier machine.\n" +
        '2010-07-29 02:43:00 - Search is back and better than ever. All systems go.',
    );
  });

  it('keeps plain text and its line breaks as written', () => {
    expect(htmlToText('We are investigating.\r\n\r\n\r\n\r\nNext update in 30 minutes.  ')).toBe(
      'We are investigating.\n\nNext update in 30 minutes.',
    );
    expect(htmlToText('latency < 5 ms and 3 > 2')).toBe('latency < 5 ms and 3 > 2');
  });

  it('decodes character references', () => {
    expect(
      htmlToText('Fish &amp; chips &lt;b&gt; &quot;q&quot; &#39;s&#x27; &#x1F600; &mdash;&nbsp;x'),
    ).toBe('Fish & chips <b> "q" \'s\' 😀 — x');
    expect(htmlToText('&unknown; &#xD800; &#0; & alone &amp')).toBe(
      '&unknown; \uFFFD \uFFFD & alone &amp',
    );
  });

  it('handles <br>, paragraphs, links, comments and attributes holding ">"', () => {
    expect(
      htmlToText(
        '<p>One<br/>Two</p><p>Three <a href="https://x.test/?a>b">link</a></p><!-- hidden -->',
      ),
    ).toBe('One\nTwo\n\nThree link');
  });

  it('drops script and style content: hostile markup ends as harmless text', () => {
    expect(
      htmlToText('Hi<script>alert(1)</script><style>p{}</style> there<img src=x onerror=alert(1)>'),
    ).toBe('Hi there');
    // Escaped markup is decoded to text; it is text, and is never rendered as HTML.
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('leaves an unterminated tag as text and removes control characters', () => {
    expect(htmlToText('a <b unclosed')).toBe('a <b unclosed');
    expect(htmlToText('a\u0000b\u0007c\td')).toBe('abc\td');
  });

  it('is linear on hostile input', () => {
    const inputs = [
      '<'.repeat(200_000),
      '<a '.repeat(100_000),
      '<a "'.repeat(100_000) + '>',
      '<!'.repeat(100_000),
      '&'.repeat(200_000),
      '<script>'.repeat(20_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      htmlToText(input);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
