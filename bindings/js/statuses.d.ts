// Types of the statuses drop-in (statuses.js, statuses.mjs).

declare function status(code: number): string;
declare function status(code: string): number | string;

declare namespace status {
  /** Phrase by code. */
  const message: { readonly [code: number]: string | undefined };
  /** Code by lower-cased phrase. */
  const code: { readonly [message: string]: number | undefined };
  const codes: number[];
  const redirect: { readonly [code: number]: boolean | undefined };
  const empty: { readonly [code: number]: boolean | undefined };
  const retry: { readonly [code: number]: boolean | undefined };
}

export = status;
