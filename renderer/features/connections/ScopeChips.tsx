/** Token scopes as small chips; write scopes stand out because GitPulse only ever reads. */
const writeScopes = new Set(['api', 'write_repository', 'write_registry', 'sudo', 'admin_mode']);

export function ScopeChips({ scopes }: { scopes: readonly string[] }) {
  if (scopes.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="chips" aria-label="Token scopes">
      {scopes.map((scope) => (
        <li
          key={scope}
          className={writeScopes.has(scope) ? 'chip is-write' : 'chip'}
          title={writeScopes.has(scope) ? 'This scope allows more than reading; read_api is enough for GitPulse.' : undefined}
        >
          {scope}
        </li>
      ))}
    </ul>
  );
}
