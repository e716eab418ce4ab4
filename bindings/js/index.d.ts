// Types of the httpstatus package (index.js, index.mjs).

/** What a text lookup takes: a string (UTF-8 encoded) or its bytes. */
export type Text = string | Uint8Array;

export type StatusClass =
  'informational' | 'success' | 'redirection' | 'client_error' | 'server_error';
export type Registry = 'permanent' | 'temporary' | 'unused' | 'obsoleted' | 'unofficial';
export type Property =
  'cacheable' | 'no_content' | 'redirect' | 'keeps_method' | 'retryable' | 'interim';

/** One status code, or one unofficial meaning of a code: frozen. */
export interface Entry {
  readonly code: number;
  /** Canonical NAME: "NOT_FOUND". */
  readonly name: string;
  /** Canonical phrase: "Not Found". */
  readonly phrase: string;
  readonly description: string;
  /** "RFC 9110, Section 15.5.5"; for an unofficial meaning, where its origin documents it. */
  readonly spec: string;
  readonly statusClass: StatusClass;
  readonly registry: Registry;
  /** "IANA" for every registered code, else who sends it: "nginx", "Cloudflare", ... */
  readonly origin: string;
  /** The library's property bits (C's enum httpstatus_flag); 0 for unofficial meanings. */
  readonly flags: number;
  /** The names of the bits set in flags, in bit order. */
  readonly properties: readonly Property[];
  /** The spec's URL, at its section where it has one; null for unofficial meanings. */
  readonly specUrl: string | null;
  /** MDN's page for the code; null where MDN has none (104, 305) and for unofficial meanings. */
  readonly mdnUrl: string | null;
  /** The HTTP/1.1 status line with its CRLF: "HTTP/1.1 404 Not Found\r\n". */
  readonly statusLine: string;
  /**
   * The identifiers an ecosystem (a name of ecosystems(): "go", "spring") gives the code,
   * as it spells them without its qualifier, the usual one first: ["StatusNotFound"];
   * empty when it names no such code. Throws TypeError for a non-string, RangeError for
   * an unknown ecosystem.
   */
  identifiers(ecosystem: string): readonly string[];
  isInformational(): boolean;
  isSuccess(): boolean;
  isRedirection(): boolean;
  isClientError(): boolean;
  isServerError(): boolean;
  isCacheable(): boolean;
  isNoContent(): boolean;
  isRedirect(): boolean;
  keepsMethod(): boolean;
  isRetryable(): boolean;
  isInterim(): boolean;
  isUnofficial(): boolean;
  /** "404 Not Found". */
  toString(): string;
}

/** Software that names status codes: "go" and "http.", "spring" and "HttpStatus.". */
export interface Ecosystem {
  readonly name: string;
  /** What its code writes before an identifier. */
  readonly qualifier: string;
}

/** The library's version: "0.1.0". */
export const version: string;
/** The registered entry of a code, or null. */
export function fromCode(code: number): Entry | null;
/** The entry whose current or old NAME is exactly name, or null. */
export function fromName(name: Text): Entry | null;
/** The entry whose current or old phrase is exactly phrase, or null. */
export function fromPhrase(phrase: Text): Entry | null;
/** The forgiving lookup: "404", "not found", "HTTP/1.1 404 Not Found", "im a teapot". */
export function find(text: Text): Entry | null;
/** The registered entry a typo or fragment most likely meant: "not fund", "teapot". */
export function suggest(text: Text): Entry | null;
/** The class of any number (499 is 'client_error'), or null outside 100..599. */
export function classOf(code: number): StatusClass | null;
/** A code's unofficial meanings, in the library's order; empty when it has none. */
export function unofficial(code: number): readonly Entry[];
/** find's rules over the unofficial meanings: "499", "client closed request". */
export function unofficialFind(text: Text): Entry | null;
/** Every registered entry, in ascending code order. */
export function entries(): readonly Entry[];
/** Every unofficial meaning, in ascending code order. */
export function unofficialEntries(): readonly Entry[];
/** Every ecosystem identifiers() takes, in the library's order. */
export function ecosystems(): readonly Ecosystem[];

declare const httpstatus: {
  version: typeof version;
  fromCode: typeof fromCode;
  fromName: typeof fromName;
  fromPhrase: typeof fromPhrase;
  find: typeof find;
  suggest: typeof suggest;
  classOf: typeof classOf;
  unofficial: typeof unofficial;
  unofficialFind: typeof unofficialFind;
  entries: typeof entries;
  unofficialEntries: typeof unofficialEntries;
  ecosystems: typeof ecosystems;
};
export default httpstatus;
