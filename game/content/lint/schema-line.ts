// Rule: the file starts with the `# yaml-language-server: $schema=…` line, so editors (VS Code with the YAML
// extension, and any yaml-language-server client) offer completion and flag errors while the author types.
import type { LintRule } from './types';

export const SCHEMA_LINE = /^# yaml-language-server: \$schema=\S*assets\/schema\/scenario\.schema\.json\s*$/;

export const schemaLine: LintRule = {
  id: 'schema-line',
  summary: 'the first line links the JSON Schema for editor completion',
  check(ctx) {
    const first = ctx.text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
    if (!SCHEMA_LINE.test(first)) {
      ctx.warn(
        [],
        'the file does not start with a "# yaml-language-server: $schema=…" line',
        'add "# yaml-language-server: $schema=../assets/schema/scenario.schema.json" as line 1 (path relative to the file)',
      );
    }
  },
};
