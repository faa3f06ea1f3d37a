// The editors' look, from the app's CSS variables (app.css), so light and dark themes both read
// well. CodeMirror's own defaults assume a light page: a light gutter and tooltips, dark-on-dark
// keywords in the dark theme.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--surface)' },
  '.cm-content': { caretColor: 'var(--fg)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'var(--code-selection)' },
  '.cm-gutters': {
    backgroundColor: 'var(--bg)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--line)',
  },
  '.cm-activeLineGutter': { backgroundColor: 'var(--grid)' },
  '.cm-matchingBracket': { backgroundColor: 'var(--grid)', outline: '1px solid var(--line)' },
  '.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--fg)', border: '1px solid var(--line)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--accent)',
    color: 'var(--accent-fg)',
  },
  '.cm-completionDetail, .cm-completionInfo': { color: 'var(--muted)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected] .cm-completionDetail': { color: 'inherit' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--danger)' },
});

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.definitionKeyword], color: 'var(--code-keyword)' },
  { tag: [tags.atom, tags.typeName], color: 'var(--code-type)' },
  { tag: tags.variableName, color: 'var(--code-variable)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--code-string)' },
  { tag: [tags.integer, tags.float, tags.bool, tags.null, tags.number], color: 'var(--code-number)' },
  { tag: tags.special(tags.name), color: 'var(--code-number)' },
  { tag: [tags.lineComment, tags.comment], color: 'var(--code-comment)', fontStyle: 'italic' },
  { tag: [tags.attributeName, tags.modifier, tags.propertyName], color: 'var(--fg)' },
  { tag: [tags.punctuation, tags.paren, tags.brace, tags.separator], color: 'var(--muted)' },
]);

export const editorTheme = [theme, syntaxHighlighting(highlight)];
