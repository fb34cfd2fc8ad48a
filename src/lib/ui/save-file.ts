/** Hands a file made in the page to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string) {
	const url = URL.createObjectURL(blob);
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	link.click();
	// Revoked later: the download may not have read the blob yet when click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Hands text made in the page to the browser as a CSV download named `fileName`. */
export const saveCsv = (csv: string, fileName: string) =>
	saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
