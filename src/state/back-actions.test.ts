import { describe, expect, it } from 'vitest';
import { freshState } from '../../tests/fixtures/app-state';
import { backCloses, pressBack } from './back-actions';

describe('Back on a phone', () => {
  it('has nothing to close on a fresh page', () => {
    expect(backCloses(freshState())).toBe(false);
    const s = freshState();
    expect(pressBack(s)).toBe(s);
  });

  it('closes the topmost thing first, one per press, until nothing is open', () => {
    const investor = freshState().investor;
    let s = freshState({
      keysOpen: true,
      panel: { kind: 'sheet', id: 'kcn-vsip-huu-lung' },
      popup: { kind: 'plan', id: 'kcn-vsip-huu-lung', fly: true },
      listOpen: true,
      investor: { ...investor, open: true },
    });
    const seen: string[] = [];
    while (backCloses(s)) {
      s = pressBack(s);
      seen.push(
        [
          s.keysOpen && 'keys',
          s.panel?.kind,
          s.popup && 'popup',
          s.listOpen && 'list',
          s.investor.open && 'sites',
        ]
          .filter(Boolean)
          .join(','),
      );
    }
    expect(seen).toEqual([
      'sheet,popup,list,sites',
      'detail,popup,list,sites',
      'popup,list,sites',
      'list,sites',
      'sites',
      '',
    ]);
  });

  it('ends a measurement and closes the share dialog', () => {
    const measuring = freshState({ measure: { mode: 'line', points: [], done: false } });
    expect(backCloses(measuring)).toBe(true);
    expect(pressBack(measuring).measure).toBeNull();
    expect(pressBack(freshState({ shareOpen: true })).shareOpen).toBe(false);
  });
});
