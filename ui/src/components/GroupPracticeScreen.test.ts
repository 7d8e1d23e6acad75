import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import GroupPracticeScreen from './GroupPracticeScreen.svelte';
import { danishView, practiceView } from '../test/fixtures';

afterEach(cleanup);

function renderGroupPractice() {
  const handlers = {
    onact: vi.fn(),
    ontype: vi.fn(),
    onhint: vi.fn(),
    onshowme: vi.fn(),
    onrestart: vi.fn(),
    onaudience: vi.fn(),
    onfullscreen: vi.fn(),
    onnotes: vi.fn(),
    onback: vi.fn(),
  };
  const practice = { ...practiceView(), locale: 'ar', dir: 'rtl' as const, guidance: 'اكتب معرّف مستخدم للتدريب.' };
  render(GroupPracticeScreen, { props: { view: danishView(), practice, ...handlers } });
  return handlers;
}

describe('GroupPracticeScreen', () => {
  it("explains the screen in the group's language and keeps the presenter's buttons in theirs", () => {
    renderGroupPractice();
    const guidance = document.querySelector('.guidance');
    expect([guidance?.getAttribute('lang'), guidance?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const buttons = document.querySelector('.guidance-actions');
    expect([buttons?.getAttribute('lang'), buttons?.getAttribute('dir')]).toEqual(['da', 'ltr']);
    expect(screen.queryByRole('button', { name: 'Ordliste' })).toBeNull();
  });

  it('takes the presenter keys, but not letters typed into a practice field', async () => {
    const { onaudience, onback } = renderGroupPractice();
    const field = document.querySelector('input');
    expect(field).toBeTruthy();
    await fireEvent.keyDown(field as HTMLElement, { key: 'b' });
    expect(screen.queryByText('Skærmen er sort. Tryk B for at vise den igen.')).toBeNull();
    await fireEvent.keyDown(window, { key: 'b' });
    expect(screen.getByText('Skærmen er sort. Tryk B for at vise den igen.')).toBeTruthy();
    await fireEvent.keyDown(window, { key: 'b' });
    await fireEvent.keyDown(window, { key: 'l' });
    await fireEvent.keyDown(window, { key: '3' });
    expect(onaudience).toHaveBeenCalledWith('ur');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(onback).toHaveBeenCalled();
  });

  it('does not step with the arrow keys: the group calls out each action', async () => {
    const { onact } = renderGroupPractice();
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await fireEvent.keyDown(window, { key: 'PageDown' });
    expect(onact).not.toHaveBeenCalled();
  });
});
