const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML text or attribute content: the five markup characters replaced by their entities.
 * Student text (names, commit titles) written into HTML must pass through this, both where echarts
 * writes a formatter's string into the page and where the PDF report is built.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
