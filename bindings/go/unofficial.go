package httpstatus

// UnofficialStatus is one unofficial meaning of a status code: what a
// server, proxy or CDN sends or logs although no IANA registration backs it.
// One code may have several, one per origin (499: nginx's, then Esri's).
// It has Status's methods: its class is its first digit, its registry
// status RegistryUnofficial, and it has no properties. The zero
// UnofficialStatus is no meaning: Known reports false. UnofficialStatus
// values are comparable: two are equal when they are the same meaning.
type UnofficialStatus struct{ m *meaning }

type meaning struct {
	code                                               int
	name, phrase, origin, description, reference, text string
}

var noMeaning = meaning{}

func (u UnofficialStatus) meaning() *meaning {
	if u.m == nil {
		return &noMeaning
	}
	return u.m
}

// Unofficial returns the unofficial meanings of a code in the C library's
// order (499: nginx's Client Closed Request, then Esri's Token Required);
// nil for any code without one. It allocates nothing: the slice is the
// package's own, to read and not to change (appending copies it).
func Unofficial(code int) []UnofficialStatus {
	low, high := 0, len(unofficialStatuses)
	for low < high { // the first meaning whose code is not below code
		middle := int(uint(low+high) >> 1)
		if unofficialStatuses[middle].m.code < code {
			low = middle + 1
		} else {
			high = middle
		}
	}
	end := low
	for end < len(unofficialStatuses) && unofficialStatuses[end].m.code == code {
		end++
	}
	if end == low {
		return nil
	}
	return unofficialStatuses[low:end:end]
}

// AllUnofficial returns every unofficial meaning in ascending code order (the
// meanings of one code adjacent, in the C library's order), in a new slice.
func AllUnofficial() []UnofficialStatus {
	return append([]UnofficialStatus(nil), unofficialStatuses[:]...)
}

// Code returns the code the meaning is sent with, 499; 0 for none.
func (u UnofficialStatus) Code() int { return u.meaning().code }

// Known reports whether u is a meaning the library lists.
func (u UnofficialStatus) Known() bool { return u.m != nil }

// String returns the code and reason phrase, "499 Client Closed Request",
// or "UnofficialStatus(none)" for the zero UnofficialStatus.
func (u UnofficialStatus) String() string {
	if u.m == nil {
		return "UnofficialStatus(none)"
	}
	return u.m.text
}

// Name returns the NAME, unique among the unofficial meanings:
// "CLIENT_CLOSED_REQUEST".
func (u UnofficialStatus) Name() string { return u.meaning().name }

// Phrase returns the reason phrase its origin uses: "Client Closed Request".
func (u UnofficialStatus) Phrase() string { return u.meaning().phrase }

// Description returns a one-line description.
func (u UnofficialStatus) Description() string { return u.meaning().description }

// Spec returns where its origin documents it.
func (u UnofficialStatus) Spec() string { return u.meaning().reference }

// Origin returns who sends it: "nginx".
func (u UnofficialStatus) Origin() string { return u.meaning().origin }

// Registry returns RegistryUnofficial, or RegistryNone for no meaning.
func (u UnofficialStatus) Registry() Registry {
	if u.m == nil {
		return RegistryNone
	}
	return RegistryUnofficial
}

// Properties returns none: the library promises nothing of how a client
// should treat an unofficial code.
func (u UnofficialStatus) Properties() Properties { return 0 }

// Class returns the class of the meaning's code.
func (u UnofficialStatus) Class() Class { return ClassOf(u.Code()) }
