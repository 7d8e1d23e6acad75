import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import ArrowIcon from './ArrowIcon.svelte';

afterEach(cleanup);

describe('ArrowIcon', () => {
  it('is drawn, hidden from screen readers, and marks which way it points', () => {
    const { container } = render(ArrowIcon, { props: { toward: 'start' } });
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.classList.contains('back')).toBe(true);
    expect(container.textContent).toBe('');
  });

  it('draws the long arrow of a swipe twice as wide as it is high', () => {
    const { container } = render(ArrowIcon, { props: { long: true } });
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 32 16');
    expect(svg?.classList.contains('back')).toBe(false);
  });
});
