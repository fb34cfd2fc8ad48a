/** Hands text made in the page to the browser as a download named `fileName`. */
export function saveCsv(csv: string, fileName: string) {
	const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	link.click();
	// Revoked later: the download may not have read the blob yet when click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
