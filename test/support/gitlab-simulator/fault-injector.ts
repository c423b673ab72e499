import type { FaultSpec } from './simulator-types';

interface ActiveFault {
  id: number;
  spec: FaultSpec;
  pattern: RegExp | null;
  matched: number;
  fired: number;
}

/** Decides which injected fault, if any, hits a request. Faults are checked in the order added. */
export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): number {
    const id = this.nextId;
    this.nextId += 1;
    const pattern = spec.match === undefined ? null : typeof spec.match === 'string' ? new RegExp(spec.match) : spec.match;
    this.faults.push({ id, spec, pattern, matched: 0, fired: 0 });
    return id;
  }

  remove(id: number): void {
    this.faults = this.faults.filter((fault) => fault.id !== id);
  }

  clear(): void {
    this.faults = [];
  }

  /** `target` is the request path plus its query string. */
  take(target: string): FaultSpec | null {
    for (const fault of this.faults) {
      if (fault.pattern) {
        fault.pattern.lastIndex = 0;
        if (!fault.pattern.test(target)) continue;
      }
      fault.matched += 1;
      const { every, times } = fault.spec;
      if (every !== undefined && fault.matched % every !== 0) continue;
      if (times !== undefined && fault.fired >= times) continue;
      fault.fired += 1;
      return fault.spec;
    }
    return null;
  }
}
