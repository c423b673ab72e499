const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * echarts writes tooltip and label formatter strings into the page as HTML. Student text (names,
 * commit titles) passed through a formatter must go through this first; the default formatters
 * escape on their own.
 */
export function escapeChartText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
