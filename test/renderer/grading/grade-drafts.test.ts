import { describe, expect, it } from 'vitest';
import { createGradeDrafts, parseManualKey, storageKeyOf, type DraftStorage } from '../../../renderer/features/grading/grade-drafts';
import { readManualEntry } from '../../../renderer/features/grading/read-manual-entry';

/** The Web Storage API over a Map, standing in for the window's localStorage (a browser API, not ours). */
function makeStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('drafts of what is typed in the grading view', () => {
  it('survive a new window on the same storage, per course', () => {
    const storage = makeStorage();
    createGradeDrafts(storage, 1).put('manual:7:Code quality', { points: '4', comment: 'Tidy' }, new Date('2026-05-01T10:00:00Z'));
    const reopened = createGradeDrafts(storage, 1);
    expect(reopened.get('manual:7:Code quality')).toEqual({ fields: { points: '4', comment: 'Tidy' }, at: '2026-05-01T10:00:00.000Z' });
    expect(createGradeDrafts(storage, 2).list()).toEqual({});
  });

  it('are removed once saved, leaving no empty entry behind', () => {
    const storage = makeStorage();
    const drafts = createGradeDrafts(storage, 1);
    drafts.put('override:7:CI/CD Pipeline', { points: '8', reason: 'Pipeline was green on the deadline' });
    drafts.put('adjustment:7:42', { kind: 'factor', value: '0.9', reason: '' });
    drafts.remove('override:7:CI/CD Pipeline');
    expect(Object.keys(drafts.list())).toEqual(['adjustment:7:42']);
    drafts.remove('adjustment:7:42');
    expect(storage.items.has(storageKeyOf(1))).toBe(false);
  });

  it('are dropped, not trusted, when the stored text is not what they wrote', () => {
    const storage = makeStorage();
    storage.setItem(storageKeyOf(1), '{"manual:1:x": {"fields": {"points": 4}}}');
    expect(createGradeDrafts(storage, 1).list()).toEqual({});
    storage.setItem(storageKeyOf(1), 'not json');
    expect(createGradeDrafts(storage, 1).list()).toEqual({});
  });

  it('still let the grade be saved when the storage refuses to write', () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => createGradeDrafts(full, 1).put('manual:1:x', { points: '1' })).not.toThrow();
  });

  it('name their team and criterion, even a criterion with a colon', () => {
    expect(parseManualKey('manual:12:Code: quality')).toEqual({ projectId: 12, criterion: 'Code: quality' });
    expect(parseManualKey('override:12:Code quality')).toBeUndefined();
  });
});

describe('a manual score typed in place', () => {
  it('reads as points within the maximum, or empty to clear', () => {
    expect(readManualEntry('4', 5)).toEqual({ ok: true, points: 4 });
    expect(readManualEntry('2,5', 5)).toEqual({ ok: true, points: 2.5 });
    expect(readManualEntry('  ', 5)).toEqual({ ok: true, points: null });
    expect(readManualEntry('6', 5)).toEqual({ ok: false, message: 'must be <= 5' });
    expect(readManualEntry('-1', 5)).toEqual({ ok: false, message: 'must be >= 0' });
    expect(readManualEntry('four', 5)).toEqual({ ok: false, message: 'must be a number' });
  });
});
