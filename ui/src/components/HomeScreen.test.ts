import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import HomeScreen from './HomeScreen.svelte';
import { danishView } from '../test/fixtures';

afterEach(cleanup);

describe('HomeScreen', () => {
  it('shows the title, the topics and a note on topics without guides', () => {
    render(HomeScreen, { props: { view: danishView(), onopenguide: () => {}, onstartpractice: () => {} } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Velkommen til Trinvis');
    const topics = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(topics).toEqual(['MitID', 'Hjælp andre']);
    expect(screen.getByText('Kommer snart')).toBeTruthy();
  });

  it('continues where the user left off', async () => {
    const onopenguide = vi.fn();
    render(HomeScreen, { props: { view: danishView(), onopenguide, onstartpractice: () => {} } });
    expect(screen.getByText('Trin 3 af 7')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(onopenguide).toHaveBeenCalledWith('what-is-mitid', 2);
  });

  it('opens a guide from its card, which shows reading time and completion', async () => {
    const onopenguide = vi.fn();
    render(HomeScreen, { props: { view: danishView(), onopenguide, onstartpractice: () => {} } });
    const card = screen.getByRole('button', { name: /Hvad er MitID\?/ });
    expect(card.textContent).toContain('Cirka 4 minutter');
    expect(card.textContent).toContain('Læst');
    await fireEvent.click(card);
    expect(onopenguide).toHaveBeenCalledWith('what-is-mitid');
  });

  it('has no continue box when nothing is left unfinished', () => {
    render(HomeScreen, { props: { view: { ...danishView(), resume: null }, onopenguide: () => {}, onstartpractice: () => {} } });
    expect(screen.queryByRole('button', { name: 'Fortsæt' })).toBeNull();
  });
});
