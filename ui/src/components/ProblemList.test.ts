import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import ProblemList from './ProblemList.svelte';
import { translatorUiView, translatorView } from '../test/fixtures';

afterEach(cleanup);

function renderList(problems = translatorView().problems) {
  render(ProblemList, { props: { view: translatorUiView(), problems, status: translatorView().status } });
}

/** The place column of every shown problem, in order. */
function places(): string[] {
  return screen.queryAllByRole('row', { name: /:/ }).map((row) => row.querySelector('.place')?.textContent ?? '');
}

describe('ProblemList', () => {
  it('groups problems by locale in the status order, errors first, each with place, severity, message and check', () => {
    renderList();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(groups).toEqual(['Soomaali so', 'Türkçe tr']);
    expect(places()).toEqual(['so/ui.ftl:12:17', 'so/ui.ftl:4:1', 'tr/ui.ftl:3:1']);
    const syntax = screen.getAllByRole('row')[1]!;
    const cells = within(syntax).getAllByRole('cell');
    expect(cells.map((c) => c.textContent?.trim())).toEqual([
      'so/ui.ftl:12:17',
      'Fejl',
      'Der mangler en afsluttende klamme.',
      'syntax',
    ]);
    expect(cells[2]!.getAttribute('dir')).toBe('auto');
    expect(syntax.dataset).toMatchObject({ path: 'so/ui.ftl', line: '12', check: 'syntax', severity: 'error' });
  });

  it('filters by locale and to errors only', async () => {
    renderList();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Sprog' }), { target: { value: 'tr' } });
    expect(places()).toEqual(['tr/ui.ftl:3:1']);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Kun fejl' }));
    expect(places()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('Ingen problemer passer til filteret.');
    await fireEvent.change(screen.getByRole('combobox', { name: 'Sprog' }), { target: { value: '' } });
    expect(places()).toEqual(['so/ui.ftl:12:17']);
  });

  it('says so when the check found nothing', () => {
    renderList([]);
    expect(screen.getByRole('status').textContent).toBe('Ingen problemer.');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
