/** A project's commits as SHA → parent SHAs, the stored part of its history. */
export type CommitGraph = Map<string, string[]>;

/**
 * The commits reachable from `heads` that the graph lacks: the frontier where stored history stops.
 * Empty means everything the heads reach is stored.
 */
export function findMissingAncestors(graph: CommitGraph, heads: Iterable<string>): Set<string> {
  const missing = new Set<string>();
  const seen = new Set<string>();
  const stack = [...heads];
  while (stack.length > 0) {
    const sha = stack.pop() as string;
    if (seen.has(sha)) continue;
    seen.add(sha);
    const parents = graph.get(sha);
    if (!parents) missing.add(sha);
    else stack.push(...parents);
  }
  return missing;
}

/** Every stored commit some head reaches; the rest were dropped by a force-push or a deleted branch. */
export function findReachable(graph: CommitGraph, heads: Iterable<string>): Set<string> {
  const reachable = new Set<string>();
  const stack = [...heads];
  while (stack.length > 0) {
    const sha = stack.pop() as string;
    if (reachable.has(sha) || !graph.has(sha)) continue;
    reachable.add(sha);
    stack.push(...(graph.get(sha) ?? []));
  }
  return reachable;
}
