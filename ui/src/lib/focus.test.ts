import { describe, expect, it } from 'vitest';
import { focusOnArrival } from './focus';

describe('focusOnArrival', () => {
  it('makes the heading focusable and focuses it', () => {
    const heading = document.createElement('h1');
    document.body.append(heading);
    focusOnArrival(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(heading);
    heading.remove();
  });
});
