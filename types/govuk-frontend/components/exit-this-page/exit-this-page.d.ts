// GOV.UK Frontend's ExitThisPage, as far as the site's subclass uses it (see button.d.ts).
export class ExitThisPage {
  constructor($root: Element | null, config?: { i18n?: object });
  static defaults: { i18n: object };
  $button: HTMLAnchorElement;
  $updateSpan: HTMLElement | null;
  $overlay: HTMLElement | null;
  i18n: { t(key: string): string };
  exitPage(): void;
}
