/** Ctrl+Enter, or Cmd+Enter on a Mac: run the query without leaving the keyboard. */
export const isRunShortcut = (event: KeyboardEvent) =>
	event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
