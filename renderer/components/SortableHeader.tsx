import './sortable-header.css';

export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

export interface SortableHeaderProps<K extends string> {
  label: string;
  sortKey: K;
  sort: SortState<K>;
  onSort(key: K): void;
  /** Numeric columns line up right, header included, so the label sits above its digits. */
  isNumeric?: boolean;
  /** What the column means (a metric's definition), shown as the header's tooltip. */
  description?: string | undefined;
}

/**
 * A column header that sorts its table. The button inside the <th> makes it reachable by Tab and
 * operable by Enter/Space; aria-sort tells assistive technology which column orders the rows.
 */
export function SortableHeader<K extends string>({ label, sortKey, sort, onSort, isNumeric = false, description }: SortableHeaderProps<K>) {
  const isActive = sort.key === sortKey;
  const arrow = !isActive ? '' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <th scope="col" aria-sort={isActive ? sort.direction : 'none'} className={isNumeric ? 'sortable-header is-numeric' : 'sortable-header'}>
      <button type="button" className="sortable-header__button" title={description} onClick={() => onSort(sortKey)}>
        <span>{label}</span>
        <span className="sortable-header__arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}

/** Clicking the active column flips it; another column starts in its natural direction. */
export function nextSort<K extends string>(current: SortState<K>, key: K, naturalDirection: SortDirection): SortState<K> {
  if (current.key !== key) return { key, direction: naturalDirection };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
