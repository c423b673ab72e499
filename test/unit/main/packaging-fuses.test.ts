import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync(join(__dirname, '../../../electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean> };

describe('the packaged app’s Electron fuses', () => {
  it('check the asar archive’s integrity and give file:// no extra privileges', () => {
    expect(config.electronFuses).toMatchObject({ enableEmbeddedAsarIntegrityValidation: true, grantFileProtocolExtraPrivileges: false });
  });

  it('keep Node switches off and load the app only from its asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableNodeOptionsEnvironmentVariable: false,
      onlyLoadAppFromAsar: true,
    });
  });
});
