import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RestoredRubricDraftBanner } from '../../../renderer/features/rubric/RestoredRubricDraftBanner';
import { formatAbsoluteTime } from '../../../renderer/format/format-relative-time';

const noop = (): void => undefined;

describe('the banner over a restored rubric draft', () => {
  it('says the draft is unsaved, when it was edited, and from which version', () => {
    const html = renderToStaticMarkup(
      <RestoredRubricDraftBanner at="2026-05-01T10:00:00.000Z" basedOnVersion={2} savedVersion={2} onKeep={noop} onDiscard={noop} />,
    );
    // The time is written in the window's own locale and zone, as every absolute time of the app is.
    expect(html).toContain(
      `<div class="rubric-draft-banner" role="status"><p><strong>Unsaved draft from ${formatAbsoluteTime('2026-05-01T10:00:00.000Z')}</strong>, restored in the editor below.`,
    );
    expect(html).toContain('It was edited from version 2.');
    expect(html).toContain('>Keep editing<');
    expect(html).toContain('>Discard<');
  });

  it('warns when a newer version was saved since the draft was edited', () => {
    const html = renderToStaticMarkup(
      <RestoredRubricDraftBanner at="2026-05-01T10:00:00.000Z" basedOnVersion={0} savedVersion={3} onKeep={noop} onDiscard={noop} />,
    );
    expect(html).toContain('It was edited from the built-in template; version 3 has been saved since, and saving the draft replaces it.');
  });
});
