import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  // The probes are not files of any tsconfig, so the type-aware rules are off for them; the layer
  // rules under test need no types.
  eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

/** The layer-rule messages a probe file at `path` with this code gets. */
async function lintProbe(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, { filePath: resolve(root, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

describe('the layer rules', () => {
  it.each([
    ['shared/probe.ts', "import '../electron/core/open-core';", /shared\/ is pure/],
    ['shared/probe.ts', "import 'node:fs';", /shared\/ may import only these packages: zod/],
    ['shared/probe.ts', "import 'react';", /shared\/ may import only/],
    ['renderer/probe.ts', "import '../electron/core/open-core';", /renderer imports only shared/],
    ['renderer/probe.ts', "import 'node:path';", /renderer may import only these packages/],
    ['renderer/probe.ts', "import '../relay/src/start-relay';", /renderer imports only shared/],
    ['renderer/features/relay/probe.ts', "import '../../../relay/src/start-relay';", /renderer imports only shared/],
    ['renderer/probe.ts', "import 'electron';", /renderer may import only these packages/],
    ['electron/preload/probe.ts', "import '../core/open-core';", /preload may import only/],
    ['electron/preload/probe.ts', "import 'zod';", /preload may import only these packages: electron/],
    ['electron/main/probe.ts', "import '../core/open-core';", /reaches the core only through/],
    ['electron/main/probe.ts', "import { x } from '../core/host-protocol';", /only types from the host protocol/],
    ['electron/core/probe.ts', "import '../cli/main';", /the CLI and the server call it/],
    ['electron/core/probe.ts', "import '../server/start-preview-server';", /the CLI and the server call it/],
    ['electron/core/probe.ts', "import 'electron';", /never imports electron/],
    ['electron/core/probe.ts', "import '../../relay/src/start-relay';", /the CLI and the server call it/],
    ['electron/core/api/probe.ts', "import '../../../relay/src/start-relay';", /the CLI and the server call it/],
    ['electron/cli/probe.ts', "import '../../relay/src/start-relay';", /The CLI and the server import only/],
    ['electron/core/metrics/probe.ts', "import ExcelJS from 'exceljs';", /for electron\/core\/export\/ only/],
    ['electron/core/api/probe.ts', "import { parse } from 'csv-parse/sync';", /for electron\/core\/export\/ only/],
    ['electron/cli/probe.ts', "import { chromium } from 'playwright-core';", /for electron\/core\/export\/ only/],
    ['electron/core/probe.ts', "import * as echarts from 'echarts/core';", /for electron\/core\/export\/ only/],
    ['relay/probe.ts', "import '../electron/core/open-core';", /relay\/ is standalone/],
    ['electron/core/probe.ts', "import Fastify from 'fastify';", /fastify is for the relay server/],
    ['electron/server/probe.ts', "import Fastify from 'fastify';", /fastify is for the relay server/],
    ['renderer/probe.ts', "import Fastify from 'fastify';", /renderer may import only these packages/],
  ])('refuses %s importing %s', async (path, code, message) => {
    expect(await lintProbe(path, code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['shared/probe.ts', "import { z } from 'zod';"],
    ['renderer/probe.ts', "import { create } from 'zustand';\nimport '../shared/api/contract';"],
    ['electron/preload/probe.ts', "import { contextBridge } from 'electron';"],
    ['electron/main/probe.ts', "import type { HostMessage } from '../core/host-protocol';"],
    ['electron/cli/probe.ts', "import '../core/open-core';\nimport '../server/start-preview-server';"],
    ['electron/cli/probe.ts', "import '../core/relay/relay-service';"],
    ['renderer/app/probe.ts', "import '../features/relay/relay-store';"],
    ['renderer/features/settings/probe.ts', "import '../relay/RelaySection';"],
    ['electron/core/probe.ts', "import './relay/relay-service';"],
    ['electron/core/api/probe.ts', "import '../relay/relay-service';"],
    ['relay/src/probe.ts', "import Fastify from 'fastify';"],
    [
      'electron/core/export/probe.ts',
      "import ExcelJS from 'exceljs';\nimport { parse } from 'csv-parse/sync';\nimport { chromium } from 'playwright-core';\nimport * as echarts from 'echarts/core';",
    ],
  ])('lets %s import %s', async (path, code) => {
    expect(await lintProbe(path, code)).toEqual([]);
  });
});
