// The shell commands a page shows, as a newcomer would copy them: every line of its ```sh blocks,
// and every inline `code` span that starts with a program one types (npm, npx, node, cp, echo).
// Commands joined by `&&` are separate steps; a pipe stays one command.

/** Programs whose inline code spans are commands to run, not names or values. */
const PROGRAMS = /^(npm|npx|node|cp|echo) /;

/** The text with fenced blocks taken out, so that their lines are not read as inline spans. */
const withoutFences = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');

/** Each line of the page's ```sh blocks, without its comment; blank lines dropped. */
function blockCommands(text: string): string[] {
  return [...text.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((m) =>
    (m[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean),
  );
}

/** Inline spans that start with a program; spans may wrap across a line. */
function inlineCommands(text: string): string[] {
  return [...withoutFences(text).matchAll(/`([^`]+)`/g)]
    .map((m) => (m[1] ?? '').replace(/\s*\n\s*/g, ' ').trim())
    .filter((span) => PROGRAMS.test(span));
}

/** Every command of the page, in order of first appearance, each once; `a && b` as two steps. */
export function commandsOf(markdown: string): string[] {
  const all = [...blockCommands(markdown), ...inlineCommands(markdown)].flatMap((c) => c.split(/\s+&&\s+/));
  return [...new Set(all)];
}
