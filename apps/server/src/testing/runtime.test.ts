import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCommand } from './runtime.js';

describe('startCommand', () => {
  it("reads the start script's environment and Node.js options, as tests and the benchmark start the server", () => {
    const serverDir = mkdtempSync(join(tmpdir(), 'cei-start-'));
    writeFileSync(
      join(serverDir, 'package.json'),
      JSON.stringify({
        scripts: {
          start:
            'MALLOC_MMAP_THRESHOLD_=131072 exec node --enable-source-maps --max-semi-space-size=16 dist/main.js',
        },
      }),
    );
    expect(startCommand(serverDir)).toEqual({
      options: ['--enable-source-maps', '--max-semi-space-size=16'],
      environment: { MALLOC_MMAP_THRESHOLD_: '131072' },
    });
  });

  it('is what `npm start` runs this build with', () => {
    const { options, environment } = startCommand();
    expect(options).toContain('--enable-source-maps');
    expect(environment).toEqual({ MALLOC_MMAP_THRESHOLD_: '131072' });
  });
});
