// `npm test`: every check in order, stopping at the first that fails: typecheck, lint, build,
// Node tests (helper, sandbox, package), browser tests (Chromium through Playwright), the Storybook
// build, end-to-end tests (the demo, the React app and every story, in Chromium).
// `npm run test:engines` (`node scripts/test.mjs engines`): the same browser suite in Firefox and
// WebKit, then the demo's journeys in both (test/engines/); a suite of its own, as the three engines
// one after the other take longer than `npm test` may. Prints the time of each step and one closing
// count line.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../test/support/browser.mjs';
import { findFirefox, findWebKit, HOW_TO_GET, wantedEngines } from '../test/support/engines.mjs';

const hasTests = (dir, pattern) => existsSync(dir) && readdirSync(dir).some((name) => pattern.test(name));

const browserCounts = (out) => ({
  passed: last(out, /(\d+) passed, \d+ failed/g),
  failed: last(out, /\d+ passed, (\d+) failed/g),
});

const suite = process.argv[2] ?? 'all';
/** The engines of `npm run test:engines`, unless TEST_ENGINES names others. */
const otherEngines = process.env.TEST_ENGINES ?? 'firefox,webkit';

/**
 * Each engine's browser tests on their own, one after the other (the two side by side on 2 cores took
 * longer than both in turn), then the page journeys in them.
 */
const engineSteps = [
  ...wantedEngines(otherEngines).map((name) => ({
    name: `browser tests (${name})`,
    command: ['npm', 'run', '--silent', 'test:browser'],
    env: { TEST_ENGINES: name },
    counts: browserCounts,
  })),
  {
    name: 'page journeys',
    command: ['node', '--import', 'tsx', '--test', '--test-reporter=spec', 'test/engines/journeys.test.ts'],
    env: { TEST_ENGINES: otherEngines },
    counts: (out) => ({ passed: last(out, /^ℹ pass (\d+)/gm), failed: last(out, /^ℹ fail (\d+)/gm) }),
  },
];

const allSteps = [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'node tests',
    command: ['npm', 'run', '--silent', 'test:node'],
    counts: (out) => ({ passed: last(out, /^ℹ pass (\d+)/gm), failed: last(out, /^ℹ fail (\d+)/gm) }),
  },
  {
    name: 'browser tests',
    command: ['npm', 'run', '--silent', 'test:browser'],
    // Chromium here; Firefox and WebKit in `npm run test:engines`.
    env: { TEST_ENGINES: process.env.TEST_ENGINES ?? 'chromium' },
    counts: browserCounts,
  },
  { name: 'storybook build', command: ['npm', 'run', '--silent', 'build-storybook'] },
  {
    name: 'end-to-end tests',
    command: ['npm', 'run', '--silent', 'test:e2e'],
    when: () => hasTests('test/e2e', /\.spec\.ts$/),
    counts: (out) => ({ passed: last(out, /^\s*(\d+) passed/gm), failed: last(out, /^\s*(\d+) failed/gm) }),
  },
];

function last(text, pattern) {
  const matches = [...stripVTControlCharacters(text).matchAll(pattern)];
  return matches.length ? Number(matches.at(-1)[1]) : 0;
}

const steps = suite === 'engines' ? engineSteps : allSteps;

function run([command, ...args], env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    const relay = (stream, sink) =>
      stream.on('data', (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** What each engine needs, said before anything runs. */
const missing = {
  chromium: () => !findChromium() && HOW_TO_GET_CHROMIUM,
  firefox: () => !findFirefox() && HOW_TO_GET.firefox,
  webkit: () => !findWebKit() && HOW_TO_GET.webkit,
};
const needed = suite === 'engines' ? wantedEngines(otherEngines) : ['chromium'];
const howTo = needed.map((name) => missing[name]()).filter(Boolean);
if (howTo.length) {
  console.error(howTo.join('\n\n'));
  process.exit(1);
}

const started = Date.now();
const totals = { passed: 0, failed: 0 };
const timings = [];
for (const step of steps) {
  if (step.when && !step.when()) {
    timings.push([step.name, 'skipped (none yet)']);
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const stepStart = Date.now();
  const { code, output } = await run(step.command, step.env);
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (step.counts) {
    const counts = step.counts(output);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    timings.push([step.name, `${seconds} s, ${counts.passed} passed, ${counts.failed} failed`]);
  } else {
    timings.push([step.name, `${seconds} s`]);
  }
  if (code !== 0) {
    if (totals.failed === 0) totals.failed = 1;
    timings.push([step.name, `FAILED (exit ${code})`]);
    break;
  }
}

console.log('\nSummary');
for (const [name, result] of timings) console.log(`  ${name.padEnd(24)} ${result}`);
console.log(`  ${'total'.padEnd(24)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
