const count = new Intl.NumberFormat('en');

/** 1 → "1 team", 1200 → "1,200 teams". */
export function formatCount(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

/** Digits with thousands separators, for numeric table cells. */
export function formatNumber(n: number): string {
  return count.format(n);
}
