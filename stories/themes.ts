/**
 * Three host pages the elements must fit into: a plain one that sets nothing but its own font and
 * colours, a dark one, and a branded one. Each themes the elements only through the public
 * `--support-access-*` custom properties and the colours, font and `color-scheme` they inherit.
 */
export const HOST_THEMES = ['plain', 'dark', 'branded'] as const;
export type HostTheme = (typeof HOST_THEMES)[number];

export const HOST_THEME_NAMES: Record<HostTheme, string> = {
  plain: 'Plain host',
  dark: 'Dark host',
  branded: 'Branded host',
};

const css = String.raw;

export const hostThemeStyles = css`
  .sa-host {
    box-sizing: border-box;
    padding: 1.25rem;
    color-scheme: light;
    background: #ffffff;
    color: #1f2328;
    font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  /* The colour-scheme toggle: a host that follows the system colours. */
  .sa-host[data-scheme='dark'] {
    color-scheme: dark;
    background: Canvas;
    color: CanvasText;
  }
  /* A plain host sets no --support-access-* property at all: the elements take its font and colours. */
  .sa-host[data-theme='plain'] {
  }
  .sa-host[data-theme='dark'] {
    color-scheme: dark;
    background: #0f172a;
    color: #e2e8f0;
    font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --support-access-accent-color: #7cb3ff;
    --support-access-on-accent-color: #0b1220;
    --support-access-danger-color: #fca5a5;
    --support-access-border-color: #334155;
    --support-access-muted-color: #a3b1c6;
    --support-access-color: #e2e8f0;
    --support-access-surface-color: #0f172a;
    --support-access-warning-background: #3b2a0c;
  }
  .sa-host[data-theme='branded'] {
    color-scheme: light;
    background: #fbf7f2;
    color: #2b1d12;
    font: 15px/1.55 Georgia, 'Times New Roman', serif;
    --support-access-accent-color: #0f6b63;
    --support-access-on-accent-color: #ffffff;
    --support-access-danger-color: #9f1239;
    --support-access-border-color: #cdb9a3;
    --support-access-muted-color: #6b5443;
    --support-access-color: #2b1d12;
    --support-access-font: 15px/1.55 Georgia, 'Times New Roman', serif;
    --support-access-radius: 14px;
    --support-access-spacing: 1rem;
    --support-access-surface-color: #fffaf4;
    --support-access-warning-background: #fbe3c4;
  }
  .sa-themes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr));
    gap: 1rem;
    align-items: start;
  }
  .sa-themes > .sa-host {
    display: grid;
    gap: 1rem;
    border-radius: 8px;
    min-width: 0;
  }
  .sa-host-name {
    margin: 0;
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    opacity: 0.8;
  }
`;

let installed = false;

/** Adds the host themes to the document once; the stories' container and the side-by-side story use them. */
export function installHostThemes(): void {
  if (installed) return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(hostThemeStyles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
