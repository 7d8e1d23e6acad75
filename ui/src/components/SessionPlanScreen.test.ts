import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import SessionPlanScreen from './SessionPlanScreen.svelte';
import type { PlanView, UiView } from '../lib/ipc';
import { danishView } from '../test/fixtures';

afterEach(cleanup);

function viewWithGuides(): UiView {
  const view = danishView();
  const topic = view.topics[0];
  if (topic) {
    topic.guides = [
      { id: 'what-is-mitid', title: 'Hvad er MitID?', summary: '', minutesLabel: 'Cirka 4 minutter', completed: false },
      { id: 'lost-phone', title: 'Mistet telefon', summary: '', minutesLabel: 'Cirka 3 minutter', completed: false },
      { id: 'get-mitid', title: 'Få MitID', summary: '', minutesLabel: 'Cirka 5 minutter', completed: false },
    ];
  }
  return view;
}

function plan(ids: string[]): PlanView {
  const cards = viewWithGuides().topics[0]?.guides ?? [];
  return {
    guides: ids.map((id) => cards.find((c) => c.id === id)).filter((c) => c !== undefined),
    countLabel: `${ids.length} vejledninger`,
    minutesLabel: 'Cirka 7 minutter',
    skipped: null,
  };
}

function renderPlan(ids: string[], status: string | null = null, canUndo = false) {
  const handlers = { onchange: vi.fn(), onundo: vi.fn(), onexport: vi.fn(), onimport: vi.fn(), onpresent: vi.fn() };
  render(SessionPlanScreen, { props: { view: viewWithGuides(), plan: plan(ids), status, canUndo, ...handlers } });
  return handlers;
}

describe('SessionPlanScreen', () => {
  it('shows the planned guides in order with their count and time', () => {
    renderPlan(['lost-phone', 'what-is-mitid']);
    const planned = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-plan-guide'));
    expect(planned.map((li) => li.getAttribute('data-plan-guide'))).toEqual(['lost-phone', 'what-is-mitid']);
    expect(screen.getByText('2 vejledninger')).toBeTruthy();
    expect(screen.getByText(/Cirka 7 minutter/)).toBeTruthy();
  });

  it('adds a guide at the end and offers no guide twice', async () => {
    const { onchange } = renderPlan(['lost-phone']);
    const addLost = document.querySelector<HTMLButtonElement>('[data-add="lost-phone"]');
    expect(addLost?.disabled).toBe(true);
    await fireEvent.click(document.querySelector('[data-add="get-mitid"]') as HTMLElement);
    expect(onchange).toHaveBeenCalledWith(['lost-phone', 'get-mitid'], false);
  });

  it('moves a guide up or down, and the ends cannot move further', async () => {
    const { onchange } = renderPlan(['lost-phone', 'what-is-mitid', 'get-mitid']);
    const row = document.querySelector('[data-plan-guide="what-is-mitid"]') as HTMLElement;
    await fireEvent.click(within(row).getByRole('button', { name: 'Flyt op' }));
    expect(onchange).toHaveBeenLastCalledWith(['what-is-mitid', 'lost-phone', 'get-mitid'], false);
    await fireEvent.click(within(row).getByRole('button', { name: 'Flyt ned' }));
    expect(onchange).toHaveBeenLastCalledWith(['lost-phone', 'get-mitid', 'what-is-mitid'], false);
    const first = document.querySelector('[data-plan-guide="lost-phone"]') as HTMLElement;
    expect(within(first).getByRole('button', { name: 'Flyt op' }).hasAttribute('disabled')).toBe(true);
  });

  it('removes a guide so it can be undone, and shows undo with the status', async () => {
    const { onchange } = renderPlan(['lost-phone', 'get-mitid']);
    const row = document.querySelector('[data-plan-guide="lost-phone"]') as HTMLElement;
    await fireEvent.click(within(row).getByRole('button', { name: 'Fjern' }));
    expect(onchange).toHaveBeenCalledWith(['get-mitid'], true);
    cleanup();
    const { onundo } = renderPlan(['get-mitid'], 'Vejledningen er fjernet fra planen.', true);
    await fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Fortryd' }));
    expect(onundo).toHaveBeenCalled();
  });

  it('saves to and opens from a file, and an empty plan has nothing to save or show', async () => {
    const { onexport, onimport, onpresent } = renderPlan(['get-mitid']);
    await fireEvent.click(screen.getByRole('button', { name: 'Gem som fil …' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Hent fra fil …' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Vis planen for gruppen' }));
    expect([onexport, onimport, onpresent].every((f) => f.mock.calls.length === 1)).toBe(true);
    cleanup();
    renderPlan([]);
    expect(screen.getByText('Planen er tom.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gem som fil …' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Vis planen for gruppen' })).toBeNull();
  });
});
