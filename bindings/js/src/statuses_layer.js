// A drop-in for the `statuses` package (status(code | message), .message,
// .code, .codes, .redirect, .empty, .retry), built from the library's
// entries. It knows the codes `statuses` knows, with the phrases its users
// compare against, and behaves as it does, with one extension: a message
// its table lacks is looked up with hs.find (status lines, NAMEs, old
// phrases, any letter case or separators) before it throws (README.md,
// "The statuses drop-in").
function createStatuses(hs) {
  // The codes `statuses` 2.0 lists.
  const CODES = [
    100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
    300, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404, 405,
    406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421,
    422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504,
    505, 506, 507, 508, 509, 510, 511,
  ];
  // Where `statuses` keeps a phrase the registry has since replaced: each
  // must be one of the library's old phrases of that code.
  const OLDER_PHRASES = { 413: 'Payload Too Large', 422: 'Unprocessable Entity' };

  // A registered code's phrase, or an older one; a code that is not
  // registered (509) takes its first unofficial meaning's.
  function phraseOf(code) {
    const older = OLDER_PHRASES[code];
    if (older !== undefined) {
      const entry = hs.fromPhrase(older);
      if (entry === null || entry.code !== code) {
        throw new Error('httpstatus: "' + older + '" is not an old phrase of ' + code);
      }
      return older;
    }
    const entry = hs.fromCode(code) || hs.unofficial(code)[0];
    if (!entry) throw new Error('httpstatus: no phrase for ' + code);
    return entry.phrase;
  }

  const message = {};
  const codeOf = {};
  // The same, for the calls: an array by code, and a Map by phrase as
  // written, which spares the common call a toLowerCase.
  const messageAt = [];
  const codeOfPhrase = new Map();
  for (const code of CODES) {
    message[code] = messageAt[code] = phraseOf(code);
    codeOf[message[code].toLowerCase()] = code;
    codeOfPhrase.set(message[code], code);
  }
  const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

  function getStatusMessage(code) {
    const text = messageAt[code];
    if (text === undefined) throw new Error('invalid status code: ' + code);
    return text;
  }

  function getStatusCode(text) {
    const exact = codeOfPhrase.get(text);
    if (exact !== undefined) return exact;
    const key = text.toLowerCase();
    if (has(codeOf, key)) return codeOf[key];
    const entry = hs.find(text);
    if (entry !== null && has(message, entry.code)) return entry.code;
    throw new Error('invalid status message: "' + text + '"');
  }

  function status(code) {
    if (typeof code === 'number') return getStatusMessage(code);
    if (typeof code !== 'string') throw new TypeError('code must be a number or string');
    const n = parseInt(code, 10);
    if (!isNaN(n)) return getStatusMessage(n);
    return getStatusCode(code);
  }

  status.message = message;
  status.code = codeOf;
  status.codes = CODES.slice();
  // `statuses`' own sets, which differ from the library's properties on
  // purpose (README.md): they are what its users test against.
  status.redirect = { 300: true, 301: true, 302: true, 303: true, 305: true, 307: true, 308: true };
  status.empty = { 204: true, 205: true, 304: true };
  status.retry = { 502: true, 503: true, 504: true };
  return status;
}
