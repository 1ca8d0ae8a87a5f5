#!/usr/bin/env node
// The `vias` command. The CLI is written in TypeScript; tsx's loader runs it directly so that
// `npx vias …` works straight after `npm ci`, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
