import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import HomeScreen from './HomeScreen.svelte';
import { danishView } from '../test/fixtures';

afterEach(cleanup);

describe('HomeScreen', () => {
  it('shows the title, the intro and every topic from the view', () => {
    render(HomeScreen, { props: { view: danishView(), error: null, onselectlanguage: () => {} } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Velkommen til Trinvis');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Emner');
    const topics = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(topics).toEqual(['MitID', 'Digital Post']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error as an alert', () => {
    render(HomeScreen, {
      props: { view: danishView(), error: 'Noget gik galt. Prøv igen.', onselectlanguage: () => {} },
    });
    expect(screen.getByRole('alert').textContent).toBe('Noget gik galt. Prøv igen.');
  });
});
