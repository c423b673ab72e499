/** How a value reads at a glance; styled by the .tone-* classes in styles/base.css. */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral';
