// The studio's editor: CodeMirror 6 with YAML highlighting, completion and hover documentation from the scenario's
// JSON Schema (read by the session's schema walker at the cursor's YAML path), and the live check's problems as
// diagnostics. The editor only shows; the studio screen decides when to check and save.

import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import {
  docAt,
  idKeysAt,
  keysAt,
  type Problem,
  SCENARIO_SCHEMA,
  valuesAt,
  yamlContextAt,
} from '../../session/studio/index';

export interface StudioEditor {
  readonly view: EditorView;
  text(): string;
  /** Replaces the whole text (another draft opened); does not count as the author's change. */
  setText(text: string): void;
  showProblems(problems: readonly Problem[]): void;
  /** Moves the cursor to line:column and focuses the editor (a problem clicked in the list). */
  goTo(from: number): void;
}

/** Completion: keys of the map at the cursor, or the few values a field takes, each with its documentation. */
export function schemaCompletion(ctx: CompletionContext): CompletionResult | null {
  const c = yamlContextAt(ctx.state.doc.toString(), ctx.pos);
  if (!ctx.explicit && c.prefix === '' && c.kind === 'key') return null;
  if (c.kind === 'key') {
    const keys = keysAt(SCENARIO_SCHEMA, c.path);
    if (keys.length === 0) {
      // Maps keyed by ids (a party's weights and values): the issue and option ids written in the file.
      const ids = idKeysAt(ctx.state.doc.toString(), c.path);
      if (ids.length === 0) return null;
      return {
        from: c.from,
        options: ids.map((id) => ({ label: id, type: 'variable', apply: `${id}: ` })),
        validFor: /^[\w-]*$/,
      };
    }
    return {
      from: c.from,
      options: keys.map((k) => ({
        label: k.name,
        type: 'property',
        detail: k.required ? 'required' : undefined,
        info: k.doc || undefined,
        apply: `${k.name}: `,
        boost: k.required ? 1 : 0,
      })),
      validFor: /^[\w.$-]*$/,
    };
  }
  const values = valuesAt(SCENARIO_SCHEMA, c.path);
  if (values.length === 0) return null;
  return {
    from: c.from,
    options: values.map((v) => ({ label: v.label, type: 'constant', info: v.doc || undefined })),
    validFor: /^[\w.-]*$/,
  };
}

const KEY_AT_LINE = /^(\s*(?:-\s+)*)("[^"]*"|'[^']*'|[A-Za-z0-9_.$-][^:#{}[\],]*?)\s*:(?=\s|$)/;

/** Hover on a key: the schema's documentation of that field. */
const schemaHover = hoverTooltip((view, pos) => {
  const line = view.state.doc.lineAt(pos);
  const m = KEY_AT_LINE.exec(line.text);
  if (!m) return null;
  const from = line.from + m[1].length;
  const to = from + m[2].length;
  if (pos < from || pos > to) return null;
  const c = yamlContextAt(view.state.doc.toString(), line.from + m[0].length);
  const doc = docAt(SCENARIO_SCHEMA, c.path);
  if (doc === null) return null;
  return {
    pos: from,
    end: to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'studio-hover';
      const name = document.createElement('strong');
      name.textContent = c.path.filter((s) => typeof s === 'string').join('.');
      const text = document.createElement('p');
      text.textContent = doc;
      dom.append(name, text);
      return { dom };
    },
  };
});

/** Enter keeps the line's indentation, one level deeper after `key:` and inside a list item. */
function newlineAndIndent(view: EditorView): boolean {
  const { state } = view;
  const head = state.selection.main.head;
  const line = state.doc.lineAt(head);
  const before = line.text.slice(0, head - line.from);
  const dash = /^(\s*)-\s/.exec(before);
  let indent = dash ? `${dash[1]}  ` : (/^\s*/.exec(before)?.[0] ?? '');
  if (/:\s*([|>][-+]?)?\s*$/.test(before)) indent += '  ';
  view.dispatch(state.replaceSelection(`\n${indent}`), { scrollIntoView: true, userEvent: 'input' });
  return true;
}

const theme = EditorView.theme({
  '&': { height: '100%', background: '#fbf8f0', color: '#1b1b1b' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace', fontSize: '0.875rem' },
  '.cm-content': { caretColor: '#1b1b1b' },
  '.cm-gutters': { background: '#efe9da', color: '#4d4a42', borderRight: '1px solid #d8cfb8' },
  '.cm-activeLine': { background: 'rgb(201 165 90 / 0.14)' },
  '.cm-activeLineGutter': { background: 'rgb(201 165 90 / 0.3)' },
  '&.cm-focused': { outline: '3px solid #ffd98a', outlineOffset: '-3px' },
  '.cm-tooltip': { background: '#fffdf6', color: '#1b1b1b', border: '1px solid #c9a55a', maxWidth: '28rem' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { background: '#1d3555', color: '#f3efe4' },
  '.cm-completionInfo': { maxWidth: '22rem', whiteSpace: 'normal' },
});

export function createStudioEditor(parent: HTMLElement, text: string, onChange: () => void): StudioEditor {
  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    EditorView.lineWrapping,
    bracketMatching(),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    yaml(),
    syntaxHighlighting(defaultHighlightStyle),
    autocompletion({ override: [schemaCompletion], icons: false }),
    schemaHover,
    lintGutter(),
    // Undo and redo (Ctrl/Cmd+Z, Ctrl+Y or Ctrl/Cmd+Shift+Z), per draft: opening another draft starts afresh.
    history(),
    keymap.of([{ key: 'Enter', run: newlineAndIndent }, ...historyKeymap]),
    theme,
    // tabindex: axe counts a contenteditable as focusable only with one (the scroller around it must hold focusable content).
    EditorView.contentAttributes.of({ 'aria-label': 'Scenario file (YAML)', tabindex: '0' }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) onChange();
    }),
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions }) });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(next) {
      // A fresh state: another draft's text, with its own (empty) undo history, so Undo never brings back the
      // draft left. Resetting the state notifies no listener, so it does not count as the author's change.
      view.setState(EditorState.create({ doc: next, extensions }));
    },
    showProblems(problems) {
      const len = view.state.doc.length;
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        from: Math.min(p.from, len),
        to: Math.min(p.to, len),
        severity: p.severity,
        message: p.hint ? `${p.message} (${p.hint})` : p.message,
        source: p.rule,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goTo(from) {
      const at = Math.min(from, view.state.doc.length);
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
  };
}
