// The types of a source as loaded: its front matter, sections and paragraphs.

/** A source's front matter, as validated. */
export interface SourceMeta {
  /** Lowercase kebab id, unique across sources; entries cite it. */
  readonly id: string;
  readonly title: string;
  /** Short name used in references, e.g. "AVİM Analysis 2020/33". */
  readonly citation: string;
  readonly publisher: string;
  readonly series: string;
  /** Publication date, YYYY-MM-DD. */
  readonly date: string;
  /** Where the original can be read. */
  readonly address: string;
  /** The source's own note on when it was written, shown with every answer from it. */
  readonly writtenBefore: string | undefined;
  /** The full note on whose view this is, shown by /source and /help. */
  readonly attribution: string;
  /** The short attribution line (about one phone line) every answer carries. */
  readonly attributionLine: string;
  /** Who the publisher is, in a sentence or two of fact: the about card shows it. */
  readonly publisherAbout: string | undefined;
  /**
   * What people call the publisher or author in a message ("AVİM", "Center for Eurasian
   * Studies"). A name of one word names the source, not a topic: the matcher reads "what does
   * AVİM say about X" as "what does it say about X".
   */
  readonly publisherNames: readonly string[];
  /** When the entries citing this source were last reviewed against it, YYYY-MM-DD. */
  readonly reviewed: string | undefined;
}

/** One paragraph of a source, with everything a citation needs. */
export interface Paragraph {
  readonly sourceId: string;
  readonly section: number;
  readonly sectionTitle: string;
  /** 1-based within its section (¶1, ¶2, …). */
  readonly number: number;
  /** Page of the original on which the paragraph starts. */
  readonly page: number;
  /** The paragraph's exact text, lines joined by single spaces. */
  readonly text: string;
  /** True for a block quotation (a `>` block), such as the court's words. */
  readonly quotation: boolean;
  /** Line in the source file where the paragraph starts. */
  readonly line: number;
}

/** A numbered section of a source. */
export interface Section {
  readonly number: number;
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
  /** First and last page the section's paragraphs start on. */
  readonly pages: readonly [number, number];
}

/** A source text: its metadata and its sections. */
export interface Source extends SourceMeta {
  readonly file: string;
  readonly sections: readonly Section[];
}
