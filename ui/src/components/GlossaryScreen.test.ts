import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import GlossaryScreen from './GlossaryScreen.svelte';
import { danishView } from '../test/fixtures';

afterEach(cleanup);

const terms = [
  { id: 'besvar', danish: 'Besvar', meaning: 'Svar på brevet.', example: 'Brevet har en knap »Besvar«.' },
  { id: 'slet', danish: 'Slet', meaning: 'Fjern brevet.', example: 'Tryk på »Slet«.' },
];

function renderGlossary(fromPractice: boolean, shown = terms) {
  const handlers = { onquery: vi.fn(), onbacktopractice: vi.fn() };
  render(GlossaryScreen, { props: { view: danishView(), terms: shown, query: '', fromPractice, ...handlers } });
  return handlers;
}

describe('GlossaryScreen', () => {
  it('shows each Danish word with its meaning and an example', () => {
    renderGlossary(false);
    expect(screen.getByText('Besvar', { selector: 'dt' }).getAttribute('lang')).toBe('da');
    expect(screen.getByText('Svar på brevet.')).toBeTruthy();
    expect(screen.getByText(/Brevet har en knap »Besvar«/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tilbage til øvelsen' })).toBeNull();
  });

  it('sends every change of the search field, and says when nothing matches', async () => {
    const { onquery } = renderGlossary(false, []);
    await fireEvent.input(screen.getByLabelText('Find et ord'), { target: { value: 'svar' } });
    expect(onquery).toHaveBeenCalledWith('svar');
    expect(screen.getByRole('status').textContent).toBe('Ingen ord passer til det, du skrev.');
  });

  it('leads back to the practice it was opened from', async () => {
    const { onbacktopractice } = renderGlossary(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Tilbage til øvelsen' }));
    expect(onbacktopractice).toHaveBeenCalled();
  });
});
