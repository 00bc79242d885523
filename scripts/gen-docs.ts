/** Writes every generated doc (`npm run docs`). */
import fs from 'node:fs';
import { GENERATED } from './docs';

for (const [file, make] of Object.entries(GENERATED)) {
  fs.writeFileSync(file, make());
  console.log(`wrote ${file}`);
}
