import { createHash } from 'node:crypto';
import { ParleyError } from './errors.js';
import type { LayerName, Layers } from './layers.js';

export interface DocMeta {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  /** ISO date (or datetime) the text is anchored to, as given by the caller; null when unknown. */
  readonly published: string | null;
}

/** The content hash that identifies a text: the default document id, and the store's dedup key. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * One article. `text` is kept exactly as given and never changed; every annotation is
 * a layer of half-open offsets into it. Layers are written once, by the stage that owns them.
 */
export class Doc {
  readonly text: string;
  readonly meta: DocMeta;
  private readonly layers = new Map<LayerName, unknown>();
  private readonly owners = new Map<LayerName, string>();
  private readonly views = new Map<string, { readonly reads: readonly LayerName[]; readonly value: unknown }>();

  constructor(text: string, meta: Partial<DocMeta> = {}) {
    this.text = text;
    this.meta = Object.freeze({
      id: meta.id ?? contentHash(text),
      title: meta.title ?? null,
      url: meta.url ?? null,
      source: meta.source ?? null,
      published: meta.published ?? null,
    });
  }

  has(name: LayerName): boolean {
    return this.layers.has(name);
  }

  get<K extends LayerName>(name: K): Layers[K] {
    // One lookup: stages ask for a layer inside their per-token helpers, and no layer is stored as undefined.
    const layer = this.layers.get(name);
    if (layer === undefined) {
      throw new ParleyError('E_LAYER_MISSING', `layer '${name}' has not been computed for this document; add the stage that provides it to the pipeline`);
    }
    return layer as Layers[K];
  }

  /** Layers a stage did not run for read as empty, so a record can always be written. */
  getOr<K extends LayerName>(name: K, fallback: Layers[K]): Layers[K] {
    return (this.layers.get(name) as Layers[K] | undefined) ?? fallback;
  }

  /** Which stage wrote a layer. */
  ownerOf(name: LayerName): string | undefined {
    return this.owners.get(name);
  }

  set<K extends LayerName>(name: K, value: Layers[K], stage: string): void {
    const owner = this.owners.get(name);
    if (owner !== undefined && owner !== stage) {
      throw new ParleyError('E_LAYER_OWNER', `layer '${name}' belongs to stage '${owner}'; stage '${stage}' may not overwrite it`);
    }
    this.layers.set(name, Object.isFrozen(value) ? value : Object.freeze(value));
    this.owners.set(name, stage);
    for (const [key, view] of this.views) if (view.reads.includes(name)) this.views.delete(key);
  }

  /**
   * A view of this document computed from the layers it `reads` (an index, a reading of each
   * sentence), made on the first request under `key` and shared by every stage that asks for it
   * afterwards; forgotten when one of those layers is written again. It lives and dies with the
   * document, so no stage keeps state about documents between runs.
   */
  view<T>(key: string, reads: readonly LayerName[], make: () => T): T {
    const known = this.views.get(key);
    if (known) return known.value as T;
    const value = make();
    this.views.set(key, { reads, value });
    return value;
  }
}
