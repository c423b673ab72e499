/** Words in a comment: runs of non-space characters (a URL or a code token counts as one). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}
