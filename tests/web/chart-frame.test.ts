import './support/dom';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FrameHarness from './support/FrameHarness.svelte';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('ChartFrame states', () => {
  it('says so when the data loaded but is empty, instead of drawing an empty chart', () => {
    const { container } = render(FrameHarness, { props: { status: 'ready', rows: [] } });
    expect(screen.getByText('Nothing to show for this selection.')).toBeTruthy();
    expect(container.querySelector('svg[data-chart]')).toBeNull();
    expect(screen.getByRole('button', { name: 'CSV' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows a busy state while the first load runs', () => {
    render(FrameHarness, { props: { status: 'loading', rows: [] } });
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
  });

  it('explains a failure and retries on request', async () => {
    const onretry = vi.fn();
    render(FrameHarness, {
      props: { status: 'error', rows: [], error: 'The Clout API cannot be reached.', onretry },
    });
    expect(screen.getByRole('alert').textContent).toContain('The Clout API cannot be reached.');
    await fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onretry).toHaveBeenCalledOnce();
  });

  it('switches to a table of the same numbers and records it in the URL', async () => {
    const { container } = render(FrameHarness, {
      props: {
        status: 'ready',
        rows: [
          { year: 2024, transfers: 3 },
          { year: 2025, transfers: 4 },
        ],
      },
    });
    expect(container.querySelector('svg[data-chart]')).not.toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(window.location.search).toBe('?table=test-chart');
    const cells = [...container.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['2024', '3 deals'],
      ['2025', '4 deals'],
    ]);
  });
});
