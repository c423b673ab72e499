import type { CiMap, CiValue } from './read-ci-yaml';

/**
 * GitLab's deep merge for `extends:` and includes: mappings merge key by key, recursively; anything
 * else (lists, scalars, a mapping meeting a non-mapping) is replaced by the overriding value.
 * https://docs.gitlab.com/ci/yaml/#extends
 */
export function mergeCiValues(base: CiValue, override: CiValue): CiValue {
  if (base.kind !== 'map' || override.kind !== 'map') return override;
  return mergeCiMaps(base, override);
}

export function mergeCiMaps(base: CiMap, override: CiMap): CiMap {
  const entries = new Map(base.entries);
  for (const [key, entry] of override.entries) {
    const existing = entries.get(key);
    entries.set(key, existing ? { ...entry, value: mergeCiValues(existing.value, entry.value) } : entry);
  }
  return { ...override, entries };
}
