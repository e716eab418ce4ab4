package httpstatus

// Find's and UnofficialFind's rules (the C library's httpstatus_find and
// httpstatus_unofficial_find, written down in httpstatus.h) in Go: the
// answer where cgo is off. Where it is on, the C library answers, and the
// tests hold the two to the same spec tables and to each other.

// Find is the forgiving lookup, for text typed by people or pasted from
// logs. It accepts a code ("404"), any NAME or phrase, current or old, in any
// letter case and with white space, underscores, hyphens and apostrophes
// ignored ("not found", "NotFound", "im a teapot"), a code followed by a NAME
// or phrase of the same status ("404 Not Found"), or a status line
// ("HTTP/1.1 404 Not Found", "HTTP/2 404"), with surrounding white space
// ignored. Only when none of those matches, it accepts a status header
// (":status: 404", "Status: 404 Not Found"), an identifier another
// ecosystem gives the code, optionally after one qualifier
// ("http.StatusTeapot", "HTTP_404_NOT_FOUND", ":unprocessable_entity"; see
// Ecosystem), or a qualifier then text these rules find
// ("HttpStatus.NOT_FOUND"). Only registered codes are found: see
// UnofficialFind.
func Find(text string) (Status, bool) { return find(text) }

// UnofficialFind is Find over the unofficial meanings: "client closed
// request", "CLIENT_CLOSED_REQUEST", "499 Token Required" or "HTTP/1.1 499".
// For a code alone it returns the code's first meaning. Then, as Find, a
// status header or an identifier of an unofficial meaning (Spring's
// "METHOD_FAILURE"), optionally qualified.
func UnofficialFind(text string) (UnofficialStatus, bool) { return unofficialFind(text) }

// A folded NAME or phrase and what it leads to: a code in foldedTexts, a
// position in unofficialStatuses in foldedMeanings.
type foldedText struct {
	key    string
	target int
}

func isSpace(c byte) bool     { return c == ' ' || c >= '\t' && c <= '\r' }
func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isLetter(c byte) bool    { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isSeparator(c byte) bool { return isSpace(c) || c == '_' || c == '-' || c == '\'' }

func trimLeftSpace(s string) string {
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	return s
}

// readCode reads the code at the start of s, which is a digit, once white
// space is trimmed from the end; -1 for more than three digits. It returns
// what follows the code too.
func readCode(s string) (code int, rest string) {
	for isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	i := 0
	for ; i < len(s) && isDigit(s[i]); i++ {
		if i == 3 {
			return -1, ""
		}
		code = code*10 + int(s[i]-'0')
	}
	return code, s[i:]
}

// skipStatusLineVersion returns where the code starts in "HTTP/1.1 404"
// or "HTTP/2 404 ...", and s itself for anything else.
func skipStatusLineVersion(s string) string {
	if len(s) < 8 || s[:5] != "HTTP/" || !isDigit(s[5]) {
		return s
	}
	p := 6
	if s[p] == '.' {
		if !isDigit(s[p+1]) {
			return s
		}
		p += 2
	}
	if p == len(s) || !isSpace(s[p]) {
		return s
	}
	for p < len(s) && isSpace(s[p]) {
		p++
	}
	if p < len(s) && isDigit(s[p]) {
		return s[p:]
	}
	return s
}

// lookupFolded folds s (letters upper-cased, separators dropped, digits
// kept, anything else matching nothing) and looks the key up in table.
func lookupFolded(table []foldedText, s string) (int, bool) {
	var key [maxFoldedKey]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isSeparator(c):
			continue
		case n == len(key) || !isLetter(c) && !isDigit(c):
			return 0, false
		}
		if c >= 'a' {
			c -= 'a' - 'A'
		}
		key[n] = c
		n++
	}
	low, high := 0, len(table)
	for low < high {
		middle := int(uint(low+high) >> 1)
		if table[middle].key < string(key[:n]) {
			low = middle + 1
		} else {
			high = middle
		}
	}
	if low < len(table) && table[low].key == string(key[:n]) {
		return table[low].target, true
	}
	return 0, false
}

func findGo(text string) (Status, bool) {
	s := text
	if len(s) > 0 && !isLetter(s[0]) {
		s = trimLeftSpace(s)
		if len(s) > 0 && isDigit(s[0]) {
			code, rest := readCode(s)
			byNumber, ok := FromCode(code)
			if !ok || rest == "" {
				return byNumber, ok
			}
			// "404 Not Found": the text must name the same entry.
			if byText, found := lookupFolded(foldedTexts[:], rest); !isSeparator(rest[0]) ||
				!found || Status(byText) != byNumber {
				return 0, false
			}
			return byNumber, true
		}
	}
	if code, ok := lookupFolded(foldedTexts[:], s); ok {
		return Status(code), true
	}
	// What follows the version starts with a digit: one level deep.
	if rest := skipStatusLineVersion(s); len(rest) != len(s) {
		return findGo(rest)
	}
	return identifierStatus(identifierFind(s, true))
}

func unofficialFindGo(text string) (UnofficialStatus, bool) {
	if found, ok := unofficialFindOwn(text); ok {
		return found, true
	}
	return identifierMeaning(identifierFind(text, false))
}

// unofficialFindOwn is UnofficialFind before the identifiers.
func unofficialFindOwn(text string) (UnofficialStatus, bool) {
	s := skipStatusLineVersion(trimLeftSpace(text))
	var byNumber UnofficialStatus
	if len(s) > 0 && isDigit(s[0]) {
		code, rest := readCode(s)
		meanings := Unofficial(code)
		switch {
		case meanings == nil:
			return UnofficialStatus{}, false
		case rest == "":
			return meanings[0], true
		case !isSeparator(rest[0]):
			return UnofficialStatus{}, false
		}
		byNumber, s = meanings[0], rest
	}
	position, ok := lookupFolded(foldedMeanings[:], s)
	// "499 Token Required": any meaning of the code, not only the first.
	if !ok || byNumber.Known() && unofficialStatuses[position].Code() != byNumber.Code() {
		return UnofficialStatus{}, false
	}
	return unofficialStatuses[position], true
}
