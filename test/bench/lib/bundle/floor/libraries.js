// The libraries the home page loads at first load (checked against the built entry chunk:
// react, react-dom, zustand, dexie, zod/mini; konva and date-fns are not in it), each
// imported and used a little, so the bundler keeps what a real page keeps. Built by
// lib/bundleFigures.mjs as the floor of the first-load figure.
import Dexie from 'dexie';
import { jsx } from 'react/jsx-runtime';
import { createRoot } from 'react-dom/client';
import * as z from 'zod/mini';
import { create } from 'zustand';

const useCounter = create((set) => ({
  count: 0,
  add: () => set((state) => ({ count: state.count + 1 })),
}));

const db = new Dexie('bundle-floor');
db.version(1).stores({ items: 'id, at' });

const Item = z.object({ id: z.string(), at: z.number() });

function Counter() {
  const count = useCounter((state) => state.count);
  const valid = Item.safeParse({ id: 'a', at: count }).success;
  return jsx('button', {
    type: 'button',
    onClick: useCounter.getState().add,
    children: `${count} ${valid}`,
  });
}

/** Renders `element` beside the counter into #root; opens the database. */
export function renderFloor(element) {
  const root = document.getElementById('root');
  if (root === null) throw new Error('no #root');
  createRoot(root).render(jsx('main', { children: [jsx(Counter, {}, 'counter'), element] }));
  void db.table('items').count();
}
