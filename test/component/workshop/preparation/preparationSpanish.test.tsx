import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_OUTAGE, makeReviewData } from '../../support/makeReviewData';
import { renderPreparation } from './renderPreparation';

describe('the preparation view in Spanish', () => {
  it('speaks Spanish: headings, fields, meter and actions', async () => {
    await renderPreparation(makeReviewData(CHECKOUT_OUTAGE), 'es');
    expect(screen.getByRole('region', { name: 'Preparación' })).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Preparación completa' })).toHaveAttribute(
      'aria-valuetext',
      '3 de 12 respuestas',
    );
    expect(screen.getByRole('heading', { name: 'Falta' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lo que vieron los clientes' })).toBeInTheDocument();
    for (const label of ['Investigación', 'Escalado', 'Decisión', 'Aplicación del cambio']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Añadir captura')).toHaveAttribute('type', 'file');
    expect(screen.getByRole('radio', { name: 'A todos los clientes' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'No había alternativa' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Añadir actualización hipotética' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Preparation|Add screenshot|What if/)).toBeNull();
  });
});
