// The library's API over an instance of httpstatus.wasm (httpstatus_wasm.c).
// Every entry is read from the module once, here, into frozen objects and
// plain tables: fromCode, fromName, fromPhrase, classOf and unofficial are
// table lookups in JavaScript; find, suggest and unofficialFind write the
// text's bytes into the module's memory and make one call, which answers
// with the entry's position in these tables. An entry's identifiers, what
// other software calls its code, are read on the first call of its
// identifiers: thousands of strings in all, which most programs never ask
// for.
function createHttpstatus(instance) {
  const wasm = instance.exports;
  if (typeof wasm._initialize === 'function') wasm._initialize();
  // The module's tables and fields (enum table and enum field of the glue).
  const REGISTERED = 0, UNOFFICIAL = 1, OLD_NAMES = 2, OLD_PHRASES = 3;
  const CODE = 0, STATUS_CLASS = 1, REGISTRY = 2, FLAGS = 3;
  const NAME = 4, PHRASE = 5, DESCRIPTION = 6, SPEC = 7, ORIGIN = 8;
  const SPEC_URL = 9, MDN_URL = 10, STATUS_LINE = 11;

  // Where the lookups read their text, and a view of memory that is
  // replaced whenever the module grows it (growing detaches the old one).
  const base = wasm.input(0);
  let bytes = new Uint8Array(wasm.memory.buffer);

  // The library's strings are NUL-terminated ASCII.
  function cString(address) {
    if (address === 0) return null;
    let text = '';
    for (let i = address; bytes[i] !== 0; i++) text += String.fromCharCode(bytes[i]);
    return text;
  }

  const classNames = [];
  for (let c = 0; c < 16; c++) classNames[c] = cString(wasm.class_name(c));
  const registryNames = [];
  for (let r = 0; r < 16; r++) registryNames[r] = cString(wasm.registry_name(r));

  // The ecosystems that name codes, in the library's order, and each one's
  // position by name.
  const ecosystemList = [];
  const ecosystemIndex = new Map();
  for (let eco = 0; eco < wasm.ecosystem_count(); eco++) {
    const name = cString(wasm.ecosystem_name(eco));
    ecosystemList.push(Object.freeze({ name, qualifier: cString(wasm.ecosystem_qualifier(eco)) }));
    ecosystemIndex.set(name, eco);
  }
  Object.freeze(ecosystemList);
  const ecosystemNames = ecosystemList.map((eco) => eco.name).join(', ');
  // Where each entry is in the module ([table, index]), and, once asked,
  // identifiersOf.get(entry)[eco]: a frozen array of strings.
  const placeOf = new Map();
  const identifiersOf = new Map();

  // 'keeps_method' -> 'keepsMethod', 'client_error' -> 'ClientError'.
  const camel = (name) => name.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  const capital = (name) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());

  // What every entry inherits: a predicate per class (isClientError) and
  // per property the library names (isCacheable, ..., keepsMethod), and
  // toString. Built from the names the module gives, so a new flag brings
  // its predicate with it.
  const proto = {
    toString() { return this.code + ' ' + this.phrase; },
  };
  const flags = [];
  for (let bit = 0; bit < 31; bit++) {
    const name = cString(wasm.flag_name(1 << bit));
    if (name === null) continue;
    const flag = 1 << bit;
    flags.push({ flag, name });
    const predicate = name.startsWith('keeps_') ? camel(name) : 'is' + capital(name);
    proto[predicate] = function () { return (this.flags & flag) !== 0; };
  }
  for (const name of classNames) {
    if (name === null) continue;
    proto['is' + capital(name)] = function () { return this.statusClass === name; };
  }
  proto.isUnofficial = function () { return this.registry === 'unofficial'; };
  proto.identifiers = function (ecosystem) {
    if (typeof ecosystem !== 'string') {
      throw new TypeError('identifiers: ecosystem must be a string, not ' + describe(ecosystem));
    }
    const eco = ecosystemIndex.get(ecosystem);
    if (eco === undefined) {
      const shown = ecosystem.length > 40 ? ecosystem.slice(0, 40) + '...' : ecosystem;
      throw new RangeError('identifiers: unknown ecosystem ' + JSON.stringify(shown) +
        '; ecosystems(): ' + ecosystemNames);
    }
    let found = identifiersOf.get(this);
    if (found === undefined) {
      const place = placeOf.get(this);
      if (place === undefined) throw new TypeError('identifiers: not called on an entry');
      found = readIdentifiers(place[0], place[1]);
      identifiersOf.set(this, found);
    }
    return found[eco];
  };
  Object.freeze(proto);

  const none = Object.freeze([]);
  function readIdentifiers(table, index) {
    return ecosystemList.map((_, eco) => {
      const found = [];
      for (let a; (a = wasm.identifier(table, index, eco, found.length)) !== 0;) found.push(cString(a));
      return found.length ? Object.freeze(found) : none;
    });
  }

  function readEntry(table, index) {
    const entryFlags = wasm.number_field(table, index, FLAGS);
    const entry = Object.create(proto);
    entry.code = wasm.number_field(table, index, CODE);
    entry.name = cString(wasm.text_field(table, index, NAME));
    entry.phrase = cString(wasm.text_field(table, index, PHRASE));
    entry.description = cString(wasm.text_field(table, index, DESCRIPTION));
    entry.spec = cString(wasm.text_field(table, index, SPEC));
    entry.statusClass = classNames[wasm.number_field(table, index, STATUS_CLASS)];
    entry.registry = registryNames[wasm.number_field(table, index, REGISTRY)];
    entry.origin = cString(wasm.text_field(table, index, ORIGIN));
    entry.flags = entryFlags;
    entry.properties = Object.freeze(flags.filter((f) => entryFlags & f.flag).map((f) => f.name));
    entry.specUrl = cString(wasm.text_field(table, index, SPEC_URL));
    entry.mdnUrl = cString(wasm.text_field(table, index, MDN_URL));
    entry.statusLine = cString(wasm.text_field(table, index, STATUS_LINE));
    placeOf.set(entry, [table, index]);
    return Object.freeze(entry);
  }

  const registered = [];
  const byCode = [];
  const byName = new Map();
  const byPhrase = new Map();
  for (let i = 0; i < wasm.count(REGISTERED); i++) {
    const entry = readEntry(REGISTERED, i);
    registered.push(entry);
    byCode[entry.code] = entry;
    byName.set(entry.name, entry);
    byPhrase.set(entry.phrase, entry);
  }
  for (let i = 0; i < wasm.count(OLD_NAMES); i++) {
    byName.set(cString(wasm.text_field(OLD_NAMES, i, NAME)), byCode[wasm.number_field(OLD_NAMES, i, CODE)]);
  }
  for (let i = 0; i < wasm.count(OLD_PHRASES); i++) {
    byPhrase.set(cString(wasm.text_field(OLD_PHRASES, i, NAME)), byCode[wasm.number_field(OLD_PHRASES, i, CODE)]);
  }
  const unofficialAt = [];
  const unofficialByCode = [];
  for (let i = 0; i < wasm.count(UNOFFICIAL); i++) {
    const entry = readEntry(UNOFFICIAL, i);
    unofficialAt.push(entry);
    (unofficialByCode[entry.code] = unofficialByCode[entry.code] || []).push(entry);
  }
  unofficialByCode.forEach(Object.freeze);
  const classByCode = [];
  for (let code = 0; code < 1000; code++) classByCode[code] = classNames[wasm.class_of(code)];
  Object.freeze(registered);
  Object.freeze(unofficialAt);

  const version = cString(wasm.version());

  function checkText(text, what) {
    if (typeof text !== 'string' && !(text instanceof Uint8Array)) {
      throw new TypeError(what + ': text must be a string or a Uint8Array, not ' + describe(text));
    }
  }
  function checkCode(code, what) {
    if (typeof code !== 'number') {
      throw new TypeError(what + ': code must be a number, not ' + describe(code));
    }
  }
  function describe(value) {
    return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  }

  // Makes room for n bytes of input; false when memory cannot grow so far.
  function reserve(n) {
    if (base + n <= bytes.length) return true;
    if (wasm.input(n) === 0) return false;
    bytes = new Uint8Array(wasm.memory.buffer);
    return true;
  }

  // Writes the text as bytes at base and returns their number, or -1 when
  // a byte is not ASCII (which find and unofficialFind never match) and
  // ascii is required, or when memory cannot hold it.
  const encoder = new TextEncoder();
  function put(text, asciiOnly) {
    if (typeof text === 'string') {
      const n = text.length;
      if (!reserve(n)) return -1;
      let i = 0;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c > 0x7f) break;
        bytes[base + i] = c;
      }
      if (i === n) return n;
      if (asciiOnly) return -1;
      text = encoder.encode(text);
    } else if (asciiOnly && !isAscii(text)) {
      return -1;
    }
    if (!reserve(text.length)) return -1;
    bytes.set(text, base);
    return text.length;
  }
  function isAscii(data) {
    for (let i = 0; i < data.length; i++) if (data[i] > 0x7f) return false;
    return true;
  }
  // fromName and fromPhrase take bytes as the ASCII text they spell.
  const asciiDecoder = new TextDecoder('latin1');
  function asKey(text) {
    return typeof text === 'string' ? text : isAscii(text) ? asciiDecoder.decode(text) : null;
  }

  // One call into the module: the entry of table at the position it gives.
  function lookup(what, text, asciiOnly, call, table) {
    checkText(text, what);
    const n = put(text, asciiOnly);
    if (n <= 0) return null;
    const i = call(n);
    return i < 0 ? null : table[i];
  }

  const api = {
    version,
    fromCode(code) {
      checkCode(code, 'fromCode');
      return byCode[code] || null;
    },
    fromName(name) {
      checkText(name, 'fromName');
      return byName.get(asKey(name)) || null;
    },
    fromPhrase(phrase) {
      checkText(phrase, 'fromPhrase');
      return byPhrase.get(asKey(phrase)) || null;
    },
    find(text) { return lookup('find', text, true, wasm.find, registered); },
    suggest(text) { return lookup('suggest', text, false, wasm.suggest, registered); },
    classOf(code) {
      checkCode(code, 'classOf');
      return classByCode[code] || null;
    },
    unofficial(code) {
      checkCode(code, 'unofficial');
      return unofficialByCode[code] || none;
    },
    unofficialFind(text) { return lookup('unofficialFind', text, true, wasm.unofficial_find, unofficialAt); },
    entries() { return registered; },
    unofficialEntries() { return unofficialAt; },
    ecosystems() { return ecosystemList; },
  };
  return Object.freeze(api);
}
