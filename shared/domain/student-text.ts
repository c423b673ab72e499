/**
 * Text that students or a GitLab server wrote (names, titles, error bodies) is untrusted. These
 * functions make it safe to show where the renderer cannot isolate it: a terminal, a CSV cell, a
 * stored error message.
 */

/** Bidirectional embeddings, overrides and isolates: "team\u202Egnp.exe" would read as "teamexe.png". */
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** ANSI/VT escape sequences (CSI, OSC up to BEL or ST, and two-character escapes). */
// eslint-disable-next-line no-control-regex
const escapeSequences = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|\u009B[0-?]*[ -/]*[@-~]/g;

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/g;

/** Removes bidi controls, which change how the surrounding text reads and carry no meaning of their own. */
export function stripBidiControls(text: string): string {
  return text.replace(bidiControls, '');
}

/** Removes ANSI/VT escape sequences, which can clear a terminal or retitle it when the text is printed. */
export function stripEscapeSequences(text: string): string {
  return text.replace(escapeSequences, '');
}

/**
 * One printable line of at most `maxLength` characters: escape sequences and bidi controls removed,
 * every other control character (CR, LF, tab, BEL) turned into a space, an ellipsis where it was cut.
 */
export function toPrintableLine(text: string, maxLength = 300): string {
  const clean = stripBidiControls(stripEscapeSequences(text)).replace(controlCharacters, ' ');
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}
