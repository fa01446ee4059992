import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDemoReview } from '../../src/domain/demo/makeDemoReview';
import { readTable } from './support/readTable';
import { renderApp } from './support/renderApp';
import { waitForWholeReview } from './support/waitForWholeReview';

afterEach(() => {
  window.location.hash = '';
  localStorage.clear();
});

let n = 0;
const newId = () => `es-${++n}`;

describe('Spanish', () => {
  it('renders the review page with Spanish captions, columns and status words', async () => {
    const demo = makeDemoReview(newId, Date.parse('2026-11-01T00:00:00Z'));
    await renderApp({ language: 'es', reviews: [demo], open: 0 });
    await screen.findByRole('table', { name: 'Huecos de comunicación' }, { timeout: 5000 });
    await waitForWholeReview();
    expect(screen.queryByRole('table', { name: 'Communication gaps' })).toBeNull();
    expect(screen.getByRole('table', { name: 'Comunicaciones' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Resumen' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Zona horaria' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(
      expect.arrayContaining([
        'Desde',
        'Hasta',
        'Minutos',
        'Estado',
        'Hora',
        'Canal',
        'Autor',
        'Tipo',
      ]),
    );
    const rows = readTable('Huecos de comunicación');
    expect(rows[0]).toEqual([
      'Alerta · 13:12 UTC−03:00',
      'Actualización 1 · 13:41 UTC−03:00',
      '29',
      'Tarde',
    ]);
    expect(rows.filter((r) => r[3] === 'Hueco')).toHaveLength(2);
    expect(rows[7]?.[1]).toBe('Aviso de resolución · 16:44 UTC−03:00');
    expect(document.documentElement.lang).toBe('es');
  });

  it('switches language from the header and remembers the choice', async () => {
    const { user } = await renderApp();
    expect(screen.getByRole('button', { name: 'Open the demo' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    expect(await screen.findByRole('button', { name: 'Abrir la demo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nueva revisión' })).toBeInTheDocument();
    expect(screen.getByLabelText('Importar cronología')).toHaveAttribute('type', 'file');
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    expect(localStorage.getItem('gapline.language')).toBe('es');
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
  });
});
