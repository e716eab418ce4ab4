package httpstatus

import "sync"

// Suggest's rules (the C library's httpstatus_suggest, written down in
// httpstatus.h) in Go: the answer where cgo is off.

// Suggest returns the registered Status that text Find rejects most likely
// meant: a typo ("not fund" is 404, "Internal Sever Error" 500) or a
// distinctive fragment of a phrase or NAME ("teapot" is 418). It returns
// Find's answer when Find has one, and false when nothing is close enough
// ("hello"). The C library's httpstatus_suggest documents what counts as
// close.
func Suggest(text string) (Status, bool) { return suggest(text) }

// A text of an entry (its NAME, phrase, an old NAME or old phrase), and
// the text folded as Suggest folds its input.
type text struct {
	code         int
	text, folded string
}

const (
	suggestMaxKey = 64 // a longer folded input gets no suggestion
	maxDistance   = 3  // the furthest a text may be from the key
	minFragment   = 4  // a shorter key is no fragment
)

// Words that say nothing of the status on their own, although each
// belongs to one entry's texts only.
var commonWords = [...]string{"ALSO", "ERROR", "HTTP", "LONG", "MANY", "OTHER", "SERVER",
	"STATUS", "TYPE", "USED"}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// identifierTexts returns byTypo's further texts: every identifier another
// ecosystem gives a code (registered or not) that Find resolves to a
// registered Status, a text of that Status. They are built on the first
// call, so that importing the package does no work at start-up.
func identifierTexts() []text {
	identifierTextsOnce.Do(func() { identifierTextsBuilt = buildIdentifierTexts() })
	return identifierTextsBuilt
}

var (
	identifierTextsOnce  sync.Once
	identifierTextsBuilt []text
)

func buildIdentifierTexts() []text {
	var idents []string
	for _, eco := range Ecosystems() {
		for _, s := range All() {
			idents = append(idents, s.Identifiers(eco)...)
		}
		for _, u := range AllUnofficial() {
			idents = append(idents, u.Identifiers(eco)...)
		}
	}
	var out []text
	for _, ident := range idents {
		if found, ok := findGo(ident); ok {
			var folded []byte
			for i := 0; i < len(ident); i++ {
				if !isSeparator(ident[i]) {
					folded = append(folded, upper(ident[i]))
				}
			}
			out = append(out, text{found.Code(), ident, string(folded)})
		}
	}
	return out
}

func suggestGo(s string) (Status, bool) {
	if found, ok := findGo(s); ok {
		return found, true
	}
	// Letters upper-cased, separators dropped, every other byte kept.
	var buffer [suggestMaxKey]byte
	n := 0
	for i := 0; i < len(s); i++ {
		if isSeparator(s[i]) {
			continue
		}
		if n == len(buffer) {
			return 0, false
		}
		buffer[n] = upper(s[i])
		n++
	}
	if n == 0 {
		return 0, false
	}
	key := buffer[:n]
	if code, ambiguous := byFragment(key); code != 0 || ambiguous {
		return FromCode(code)
	}
	return FromCode(byTypo(key))
}

// byFragment returns the code of the one entry one of whose texts holds
// key as a run of whole words, or 0; ambiguous when several entries do.
func byFragment(key []byte) (code int, ambiguous bool) {
	if len(key) < minFragment {
		return 0, false
	}
	for _, word := range commonWords {
		if word == string(key) {
			return 0, false
		}
	}
	for i := range texts {
		if t := &texts[i]; t.code != code && hasFragment(t.text, key) {
			if code != 0 {
				return 0, true
			}
			code = t.code
		}
	}
	return code, false
}

// hasFragment reports whether a run of consecutive whole words of text,
// upper-cased and concatenated, is key.
func hasFragment(text string, key []byte) bool {
	for start := 0; start < len(text); start++ {
		if isSeparator(text[start]) || start > 0 && !isSeparator(text[start-1]) {
			continue // not the first byte of a word
		}
		matched := 0
		for p := start; ; p++ {
			if p == len(text) || isSeparator(text[p]) {
				if matched == len(key) {
					return true // the run ends at the end of a word
				}
				if p == len(text) {
					break
				}
				continue
			}
			if matched == len(key) || upper(text[p]) != key[matched] {
				break
			}
			matched++
		}
	}
	return false
}

// allowedDistance is how far the key may be from a text of folded length n.
func allowedDistance(n int) int {
	switch {
	case n <= 5:
		return 0
	case n <= 9:
		return 1
	case n <= 15:
		return 2
	}
	return maxDistance
}

// byTypo returns the code of the text (an entry's own, or an identifier's)
// closest to key within its allowed distance, the lowest code among
// equals; 0 when none is close.
func byTypo(key []byte) int {
	bestCode, best := 0, 0
	idents := identifierTexts()
	for i := 0; i < len(texts)+len(idents); i++ {
		var t *text
		if i < len(texts) {
			t = &texts[i]
		} else {
			t = &idents[i-len(texts)]
		}
		if len(t.folded) > suggestMaxKey+maxDistance {
			continue // further than maxDistance from any key
		}
		limit := allowedDistance(len(t.folded))
		// Once a text is close, another wins only by a smaller distance, or
		// an equal one and a lower code.
		if bestCode != 0 && limit >= best {
			limit = best - 1
			if t.code < bestCode {
				limit = best
			}
		}
		if gap := len(key) - len(t.folded); limit == 0 || gap > limit || -gap > limit {
			continue
		}
		if d := distance(key, t.folded, limit); d <= limit {
			best, bestCode = d, t.code
		}
	}
	return bestCode
}

// distance is the optimal string alignment distance between a and b, or
// limit+1 once it is sure to exceed limit: three rows of the usual table,
// whose smallest value never decreases further down.
func distance(a []byte, b string, limit int) int {
	var rows [3][suggestMaxKey + maxDistance + 1]int
	before, previous, row := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		previous[j] = j
	}
	for i := 1; i <= len(a); i++ {
		row[0] = i
		smallest := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(min(previous[j]+1, row[j-1]+1), previous[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, before[j-2]+1)
			}
			row[j] = d
			smallest = min(smallest, d)
		}
		if smallest > limit {
			return limit + 1
		}
		before, previous, row = previous, row, before
	}
	return previous[len(b)]
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
