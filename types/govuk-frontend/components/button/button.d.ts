// GOV.UK Frontend's Button, as far as the site uses it. The module itself is copied from the
// pinned npm package into the built site (scripts/mkdocs_govuk_frontend.py); tsconfig's rootDirs
// lets exit-this-page.js's relative import find these types.
export class Button {
  constructor($root: Element | null, config?: object);
}
