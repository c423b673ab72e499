/** Colours a chart reads from the app's theme variables, so charts follow light and dark with the rest of the UI. */
export interface ChartTheme {
  text: string;
  textMuted: string;
  border: string;
  surface: string;
  accent: string;
  good: string;
  warn: string;
  bad: string;
  /** A categorical palette for series that are not good/bad (members, teams). */
  palette: string[];
}

function readVariable(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const value = style.getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

export function readChartTheme(element: Element = document.documentElement): ChartTheme {
  const style = getComputedStyle(element);
  const accent = readVariable(style, '--accent', '#2f6bd8');
  return {
    text: readVariable(style, '--text', '#1c1f24'),
    textMuted: readVariable(style, '--text-muted', '#5f6773'),
    border: readVariable(style, '--border', '#e1e4e9'),
    surface: readVariable(style, '--surface', '#ffffff'),
    accent,
    good: readVariable(style, '--good', '#2c9a5a'),
    warn: readVariable(style, '--warn', '#d49a1f'),
    bad: readVariable(style, '--bad', '#d2453a'),
    palette: [accent, '#8e5bd0', '#20a4a4', '#d0772b', '#c94f8c', '#6b8e23', '#5a6fd8', '#b08a2e'],
  };
}
