import { excerpt } from '../../ui/excerpt';

/** The first words of a note, to name the buttons that act on it ("Edit note: The status…"). */
export const noteExcerpt = (text: string): string => excerpt(text, 6, 48);
