import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import FirstRunPicker from './FirstRunPicker.svelte';
import { danishView } from '../test/fixtures';

afterEach(cleanup);

describe('FirstRunPicker', () => {
  it('offers every language but never a pseudo-locale as the first language', () => {
    render(FirstRunPicker, { props: { view: danishView(), onchoose: vi.fn() } });
    expect(screen.getByText('العربية')).toBeTruthy();
    expect(screen.getByText('Dansk')).toBeTruthy();
    expect(screen.queryByText('Pseudo')).toBeNull();
  });

  it('says under each language, in that language, whether a native speaker has reviewed it', () => {
    render(FirstRunPicker, { props: { view: danishView(), onchoose: vi.fn() } });
    const arabic = screen.getByRole('button', { name: 'العربية' });
    expect(arabic.getAttribute('aria-describedby')).toBe('review-ar');
    const review = document.getElementById('review-ar');
    expect(review?.textContent).toBe('مسودة، لم يراجعها بعد');
    expect(review?.closest('[lang]')?.getAttribute('lang')).toBe('ar');
  });
});
