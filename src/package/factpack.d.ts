// Types for the factpack npm package: the <fact-pack> element, its
// attributes, the JS API, and the facts of a bundle (the JSON view that
// `factpack dump` prints).

/** One of the widget's views; `all` shows every view as tabs. */
export type FactPackView = 'all' | 'numbers' | 'timeline' | 'compare' | 'quotes' | 'entities' | 'sources';

/** The element's attributes (also properties of the element). */
export interface FactPackAttributes {
  /** URL of a bundle; default: the bundle shipped with the package. */
  src?: string;
  /** One view without tabs, or `all` (default). */
  view?: FactPackView;
  /** `entity:NAME`, `kind:quantity|event|quote|row`, `article:ID`, or words to search for. */
  filter?: string;
  /** `auto` (default: the reader's preference), `light` or `dark`. */
  theme?: 'auto' | 'light' | 'dark';
  /** `en` or `ja`; default: the page's language. */
  lang?: string;
  /** Cards a list shows before "Show all" (default 8). */
  limit?: number | string;
}

/** The `<fact-pack>` custom element. */
export declare class FactPackElement extends HTMLElement {
  src: string | null;
  view: FactPackView | null;
  filter: string | null;
  theme: 'auto' | 'light' | 'dark' | null;
  lang: string;
  limit: string | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-pack': FactPackElement;
  }
}

/** Options of `mount`: the attributes, as a plain object. */
export type MountOptions = FactPackAttributes;

/**
 * A widget mounted with `mount`. It stays until `destroy()` or a later
 * `mount` into the same element, whether or not the page keeps this handle.
 */
export interface MountedFactPack {
  /** Change options; the widget re-renders. */
  update(options: MountOptions): void;
  /** Unmount the widget and free its memory. */
  destroy(): void;
}

/** Mount a fact widget into any element's shadow root, without the custom element. */
export declare function mount(element: HTMLElement, options?: MountOptions): Promise<MountedFactPack>;

/**
 * Fetch and validate a bundle (default: the bundle shipped with the
 * package); resolves to its facts as plain objects.
 */
export declare function loadBundle(url?: string): Promise<Bundle>;

export interface Bundle {
  format: number;
  /** The box's title, when an editor set one (`[box] title` in factpack.toml). */
  title?: string;
  /** The views to show, in order, when an editor chose them. */
  views?: Array<'numbers' | 'timeline' | 'compare' | 'quotes' | 'entities' | 'sources'>;
  articles: Article[];
  entities: Entity[];
  facts: Fact[];
  disagreements: Disagreement[];
}

export interface Article {
  /** The file name without its extension. */
  id: string;
  file: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** ISO date, `2026-02-02`. */
  published: string | null;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'element' | 'other';

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Ids of the articles the entity appears in. */
  articles: string[];
  /**
   * The form the articles use most when it is another than `name` (one of
   * `aliases`: "JOGMEC" for "Japan Organization for Metals and Energy
   * Security"), or null. People keep their full name.
   */
  usual: string | null;
}

export interface Source {
  /** The article's id. */
  article: string;
  /** The exact source sentence. */
  sentence: string;
  /** The fact's words in the sentence: [start, end) in characters. */
  span: [number, number];
}

export interface Flag {
  code: 'implausible-depth' | 'implausible-height' | 'implausible-distance' | 'implausible-area' | 'below-absolute-zero' | 'share-over-100' | 'future-date' | string;
  reason: string;
}

interface FactBase {
  /** 16 hex digits, stable across rebuilds; `#fact-<id>` deep-links to the fact. */
  id: string;
  sources: Source[];
  /** Ids of the entities the fact names. */
  entities: string[];
  flags: Flag[];
  /** An editor made it a key fact: first in its view. */
  pinned?: true;
  /** An editor's note, shown on the card. */
  note?: string;
  /** The fields an editor corrected, each with its value before. */
  edited?: Record<string, number | string | null>;
}

export interface QuantityFact extends FactBase {
  kind: 'quantity';
  value: number;
  upper: number | null;
  /** `%`, `m`, `km`, `km2`, `ha`, `t`, `USD`, `USD/kg`, `x`…; null for counts. */
  unit: string | null;
  qualifier: 'exact' | 'approx' | 'over' | 'under' | 'range';
  measure: string;
  /** Id of a fact stating the same amount in other units. */
  same_as: string | null;
}

export interface EventFact extends FactBase {
  kind: 'event';
  /** ISO date at its precision: `2026-02-01`, `2026-01`, `2025`, `2010s`, `--03-19`. */
  date: string;
  precision: 'day' | 'month' | 'year' | 'decade' | 'month-day';
  summary: string;
}

export interface QuoteFact extends FactBase {
  kind: 'quote';
  /** The speaker's entity id. */
  speaker: string | null;
  quote: string;
}

export interface RowFact extends FactBase {
  kind: 'row';
  table: string;
  /** Header → cell. */
  cells: Record<string, string>;
}

export type Fact = QuantityFact | EventFact | QuoteFact | RowFact;

export interface Disagreement {
  id: string;
  about: string;
  /** Ids of the disagreeing facts. */
  facts: string[];
}
