// Globals the site's pages have that TypeScript's DOM library does not know.

/** Material for MkDocs: emits the document each time instant navigation shows a page. */
interface MaterialObservable {
  subscribe(next: (document: Document) => void): unknown;
}

interface Window {
  document$?: MaterialObservable;
}
