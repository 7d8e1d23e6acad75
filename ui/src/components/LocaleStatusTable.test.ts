import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import LocaleStatusTable from './LocaleStatusTable.svelte';
import { translatorView } from '../test/fixtures';

afterEach(cleanup);

function renderTable(status = translatorView().status) {
  render(LocaleStatusTable, {
    props: { status, labels: translatorView().labels, locale: 'da', caption: 'Status for hvert sprog' },
  });
  return screen.getByRole('table', { name: 'Status for hvert sprog' });
}

describe('LocaleStatusTable', () => {
  it('heads its columns with the labels from the core', () => {
    const table = renderTable();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Sprog', 'Oversat', 'Mangler', 'Forældet', 'Fejl', 'Advarsler', 'Retning', 'Gennemsyn']);
    expect(within(table).getAllByRole('columnheader').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });

  it('has a row per locale, named in itself, with counts in the UI locale and its direction', () => {
    const table = renderTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-locale'))).toEqual(['da', 'so', 'ar', 'tr']);
    const somali = within(rows[1]!).getAllByRole('cell').map((td) => td.textContent?.trim());
    expect(somali).toEqual(['1.200', '34', '1', '1', '1', 'venstre mod højre', 'kladde, endnu ikke gennemset af en indfødt']);
    const arabic = within(rows[2]!).getByRole('rowheader');
    expect(arabic.querySelector('[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
    expect(within(rows[2]!).getAllByRole('cell')[5]?.textContent).toBe('højre mod venstre');
    expect(within(rows[1]!).getAllByRole('cell')[0]?.classList.contains('count')).toBe(true);
  });

  it('leaves the pseudo-locales out: they have no files of their own', () => {
    const status = translatorView().status;
    const table = renderTable([...status, { ...status[0]!, locale: 'en-XA', name: 'Ƥşeuḓo' }]);
    expect(within(table).getAllByRole('row')).toHaveLength(status.length + 1);
  });
});
