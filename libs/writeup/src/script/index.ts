export { composeScript, SCRIPT_ATTENDANCE_STATUSES } from './compose-script.js';
export { renderScriptDocx, renderScriptMarkdown } from './render-script.js';
export type * from './script-types.js';
