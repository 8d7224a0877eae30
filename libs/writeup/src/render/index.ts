export { renderDocx } from './docx.js';
export { escapeHtml, renderHtml } from './html.js';
export { escapeMarkdown, renderMarkdown } from './markdown.js';
export { editorNotes, paragraphText } from './paragraph-text.js';
export { renderText } from './text.js';
