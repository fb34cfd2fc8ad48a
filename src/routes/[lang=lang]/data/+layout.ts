// /data/ and /data/sql/ are written as data/index.html and data/sql/index.html, inside the folder
// that also holds the CSVs (static/data/): a host that finds the folder data/ before data.html
// still serves the page.
export const trailingSlash = 'always';
