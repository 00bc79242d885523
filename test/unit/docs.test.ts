import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { GENERATED } from '../../scripts/docs';

describe('generated docs', () => {
  for (const [file, make] of Object.entries(GENERATED)) {
    it(`${file} is current (run npm run docs)`, () => {
      assert.ok(fs.existsSync(file), `${file} is missing: run npm run docs`);
      assert.equal(fs.readFileSync(file, 'utf8'), make(), `${file} is stale: run npm run docs`);
    });
  }
});
