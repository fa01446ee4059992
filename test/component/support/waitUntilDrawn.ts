import { waitFor } from '@testing-library/react';

/**
 * Waits until every timeline drawing in `root` is complete: the stage adds its layers one
 * per frame and then fills them, and the drawing's box is `aria-busy` until then.
 */
export async function waitUntilDrawn(root: ParentNode = document): Promise<void> {
  await waitFor(() => {
    const boxes = root.querySelectorAll('.timeline-canvas');
    if (boxes.length === 0) throw new Error('no timeline drawing');
    for (const box of boxes) if (box.hasAttribute('aria-busy')) throw new Error('still drawing');
  });
}
