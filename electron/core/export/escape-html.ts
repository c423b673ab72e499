import { escapeMarkup } from '../../../shared/domain/escape-markup';
import { stripBidiControls, stripEscapeSequences } from '../../../shared/domain/student-text';

// eslint-disable-next-line no-control-regex
const invisibleControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Student text as HTML text or attribute content: markup characters escaped, and escape sequences,
 * bidi overrides and invisible controls removed (a PDF has no `<bdi>` a reader could rely on).
 */
export function escapeHtml(text: string): string {
  return escapeMarkup(stripBidiControls(stripEscapeSequences(text)).replace(invisibleControls, '').toWellFormed());
}
