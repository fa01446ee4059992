/** The React side: components read the store through the provider and re-render on change. */
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { StoreProvider } from '../../../src/store/StoreProvider';
import { useAppStore } from '../../../src/store/useAppStore';
import { makeReviewData } from '../persistence/makeReviewData';

function ReviewCount() {
  const count = useAppStore((s) => s.reviews.length);
  const state = useAppStore((s) => s.save.state);
  return (
    <p>
      {count} reviews, {state}
    </p>
  );
}

describe('useAppStore', () => {
  it('renders the selected state and updates after an action', async () => {
    const store = createAppStore(new MemoryReviewGateway());
    render(
      <StoreProvider store={store}>
        <ReviewCount />
      </StoreProvider>,
    );
    expect(screen.getByText('0 reviews, idle')).toBeInTheDocument();
    await act(() => store.getState().actions.createReviews([makeReviewData()]));
    expect(screen.getByText('1 reviews, saved')).toBeInTheDocument();
  });

  it('says what is missing when used outside a StoreProvider', () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<ReviewCount />)).toThrow(/StoreProvider/);
    } finally {
      console.error = quiet;
    }
  });
});
