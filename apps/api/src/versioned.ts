/**
 * Data that changes rarely (subjects' names, the catalogue of indices), kept
 * per server and reloaded when its data version moves. A statement that reads
 * the data also reads the version in the same snapshot and asks for the data
 * at that version; a different version reloads (one round), so a write shows
 * on the next request in every process. Requests that find the version moved
 * at the same time share one reload. The value is shared by requests: treat
 * it as frozen.
 */
export class Versioned<T> {
  #version = Number.NaN;
  #value: T;
  #loading: Promise<void> | null = null;

  /**
   * `load` reads the version before (or with) the data: data newer than its
   * version only costs one extra reload, never a stale answer.
   */
  constructor(
    private readonly load: () => Promise<{ version: number | null | undefined; value: T }>,
    empty: T,
  ) {
    this.#value = empty;
  }

  /** The data as of `version` or later. */
  async at(version: number | null | undefined): Promise<T> {
    if (version == null || version !== this.#version) {
      this.#loading ??= this.load()
        .then(({ version, value }) => {
          this.#value = value;
          // Without a version (nothing to read it from) the next request reloads.
          this.#version = version ?? Number.NaN;
        })
        .finally(() => {
          this.#loading = null;
        });
      await this.#loading;
    }
    return this.#value;
  }
}
