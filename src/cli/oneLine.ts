/** A message as one line: line breaks (and the blanks around them) become one space. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
