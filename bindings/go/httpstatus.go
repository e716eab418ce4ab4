// Package httpstatus knows every HTTP status code: its NAME, reason phrase,
// description, defining spec, class, registry status and properties, and the
// unofficial codes servers, proxies and CDNs send, from the httpstatus C
// library.
//
// Status is an int with a constant for every registered code, named after
// its NAME in Go's spelling: NotFound is NOT_FOUND, 404; RequestEntityTooLarge
// is the old name REQUEST_ENTITY_TOO_LARGE of ContentTooLarge, 413. An
// unofficial meaning of a code (nginx's 499 Client Closed Request) is an
// UnofficialStatus.
//
// When the package is initialised it copies the C library's entries, old
// NAMEs, old phrases and unofficial meanings into Go tables, so FromCode,
// FromName, FromPhrase, ClassOf, Unofficial and every method are plain Go
// lookups with no cgo call. Find, UnofficialFind and Suggest make one cgo
// call each, which returns the position of the entry in these tables.
// Everything is read-only after initialisation and safe for concurrent use.
package httpstatus

import (
	"strconv"
	"strings"

	"httpstatus/internal/swig"
)

// Status is an HTTP status code. Any int converts to a Status; Known tells
// whether the library has an entry for it.
type Status int

// Every status code lies in 100..599 (RFC 9110, Section 15).
const (
	minCode = 100
	maxCode = 599
)

// Class is the class of a status code, its first digit (RFC 9110, Section
// 15). The values are the C library's enum httpstatus_class.
type Class int

// The classes; ClassNone is the class of any int outside 100..599.
const (
	ClassNone Class = iota
	ClassInformational
	ClassSuccess
	ClassRedirection
	ClassClientError
	ClassServerError
)

// Registry is a code's status in the IANA HTTP Status Code Registry. The
// values are the C library's enum httpstatus_registry.
type Registry int

// The registry statuses; RegistryNone is what an unknown Status has.
const (
	RegistryNone       Registry = -1
	RegistryPermanent  Registry = 0
	RegistryTemporary  Registry = 1 // a temporary registration
	RegistryUnused     Registry = 2 // reserved, e.g. 418
	RegistryObsoleted  Registry = 3 // its spec is historic, e.g. 510
	RegistryUnofficial Registry = 4 // not registered: a vendor's code
)

// Properties is a set of properties of a status code, one bit each. The
// bits are the C library's enum httpstatus_flag.
type Properties uint

// The properties (RFC 9110 sections in brackets).
const (
	PropertyCacheable   Properties = 1 << iota // heuristically cacheable [15.1]
	PropertyNoContent                          // never carries content [6.4.1]
	PropertyRedirect                           // has a Location to follow [15.4]
	PropertyKeepsMethod                        // a redirect that keeps method and body
	PropertyRetryable                          // worth retrying, see Retry-After
	PropertyInterim                            // not a final response (1xx)
)

type entry struct {
	known                                   bool
	name, phrase, description, spec, origin string
	text                                    string // "404 Not Found"
	registry                                Registry
	properties                              Properties
}

// UnofficialStatus is one unofficial meaning of a status code: what a
// server, proxy or CDN sends or logs although no IANA registration backs it.
// One code may have several, one per origin (499: nginx's, then Esri's).
// Its class is its first digit; it has no properties.
type UnofficialStatus struct {
	Code        int
	Name        string // unique among the unofficial meanings: "CLIENT_CLOSED_REQUEST"
	Phrase      string // "Client Closed Request"
	Origin      string // who sends it: "nginx"
	Description string // one line
	Reference   string // where its origin documents it
}

var (
	byCode   [maxCode - minCode + 1]entry
	byName   = map[string]Status{} // canonical and old NAMEs
	byPhrase = map[string]Status{} // canonical and old phrases
	all      []Status              // in code order, as httpstatus_at counts
	unknown  = entry{registry: RegistryNone}

	unofficial       []UnofficialStatus // as httpstatus_unofficial_at counts
	unofficialByCode = map[int][]UnofficialStatus{}

	classNames    [ClassServerError + 1]string
	registryNames [RegistryUnofficial + 1]string
	propertyNames []string // by bit
	version       string
)

func init() {
	for i := range byCode {
		byCode[i] = unknown
	}
	for i := int64(0); ; i++ {
		e := swig.Httpstatus_at(i)
		if e.Swigcptr() == 0 {
			break
		}
		s, name, phrase := Status(e.GetCode()), e.GetName(), e.GetPhrase()
		byCode[s-minCode] = entry{
			known:       true,
			name:        name,
			phrase:      phrase,
			description: e.GetDescription(),
			spec:        e.GetSpec(),
			origin:      e.GetOrigin(),
			text:        strconv.Itoa(int(s)) + " " + phrase,
			registry:    Registry(e.GetRegistry()),
			properties:  Properties(e.GetFlags()),
		}
		byName[name] = s
		byPhrase[phrase] = s
		all = append(all, s)
	}
	for i := int64(0); ; i++ {
		a := swig.Httpstatus_old_name_at(i)
		if a.Swigcptr() == 0 {
			break
		}
		byName[a.GetText()] = Status(a.GetCode())
	}
	for i := int64(0); ; i++ {
		a := swig.Httpstatus_old_phrase_at(i)
		if a.Swigcptr() == 0 {
			break
		}
		byPhrase[a.GetText()] = Status(a.GetCode())
	}
	for i := int64(0); ; i++ {
		e := swig.Httpstatus_unofficial_at(i)
		if e.Swigcptr() == 0 {
			break
		}
		unofficial = append(unofficial, UnofficialStatus{
			Code:        e.GetCode(),
			Name:        e.GetName(),
			Phrase:      e.GetPhrase(),
			Origin:      e.GetOrigin(),
			Description: e.GetDescription(),
			Reference:   e.GetSpec(),
		})
	}
	for _, u := range unofficial {
		unofficialByCode[u.Code] = append(unofficialByCode[u.Code], u)
	}
	for c := range classNames {
		classNames[c] = swig.Httpstatus_class_name(swig.Enum_SS_httpstatus_class(c))
	}
	for r := range registryNames {
		registryNames[r] = swig.Httpstatus_registry_name(swig.Enum_SS_httpstatus_registry(r))
	}
	for bit := 0; ; bit++ {
		name := swig.Httpstatus_flag_name(swig.Enum_SS_httpstatus_flag(1 << bit))
		if name == "" {
			break
		}
		propertyNames = append(propertyNames, name)
	}
	version = swig.Httpstatus_version()
}

func (s Status) entry() *entry {
	if s < minCode || s > maxCode {
		return &unknown
	}
	return &byCode[s-minCode]
}

// FromCode returns the Status of a registered code, and false for any other
// int (306, 999, negative numbers, numbers beyond C's int range).
func FromCode(code int) (Status, bool) {
	if s := Status(code); s.Known() {
		return s, true
	}
	return 0, false
}

// FromName returns the Status whose canonical or old NAME is exactly name:
// "NOT_FOUND", "REQUEST_ENTITY_TOO_LARGE". It is case-sensitive.
func FromName(name string) (Status, bool) {
	s, ok := byName[name]
	return s, ok
}

// FromPhrase returns the Status whose current or old reason phrase is
// exactly phrase: "Not Found", "Payload Too Large". It is case-sensitive.
func FromPhrase(phrase string) (Status, bool) {
	s, ok := byPhrase[phrase]
	return s, ok
}

// at returns the Status at a position the C library gave, or false for -1.
func at(position int64) (Status, bool) {
	if position < 0 {
		return 0, false
	}
	return all[position], true
}

// Find is the forgiving lookup, for text typed by people or pasted from
// logs. It accepts a code ("404"), any NAME or phrase, current or old, in any
// letter case and with white space, underscores, hyphens and apostrophes
// ignored ("not found", "NotFound", "im a teapot"), a code followed by a NAME
// or phrase of the same status ("404 Not Found"), or a status line
// ("HTTP/1.1 404 Not Found", "HTTP/2 404"), with surrounding white space
// ignored. Only registered codes are found: see UnofficialFind.
func Find(text string) (Status, bool) {
	return at(swig.Httpstatus_find_index(text))
}

// Suggest returns the registered Status that text Find rejects most likely
// meant: a typo ("not fund" is 404, "Internal Sever Error" 500) or a
// distinctive fragment of a phrase or NAME ("teapot" is 418). It returns
// Find's answer when Find has one, and false when nothing is close enough
// ("hello"). The C library's httpstatus_suggest documents what counts as
// close.
func Suggest(text string) (Status, bool) {
	return at(swig.Httpstatus_suggest_index(text))
}

// Unofficial returns the unofficial meanings of a code in the C library's
// order (499: nginx's Client Closed Request, then Esri's Token Required), in
// a new slice; nil for any code without one.
func Unofficial(code int) []UnofficialStatus {
	if meanings, ok := unofficialByCode[code]; ok {
		return append([]UnofficialStatus(nil), meanings...)
	}
	return nil
}

// UnofficialFind is Find over the unofficial meanings: "client closed
// request", "CLIENT_CLOSED_REQUEST", "499 Token Required" or "HTTP/1.1 499".
// For a code alone it returns the code's first meaning.
func UnofficialFind(text string) (UnofficialStatus, bool) {
	position := swig.Httpstatus_unofficial_find_index(text)
	if position < 0 {
		return UnofficialStatus{}, false
	}
	return unofficial[position], true
}

// All returns every known Status in ascending code order, in a new slice.
func All() []Status {
	return append([]Status(nil), all...)
}

// AllUnofficial returns every unofficial meaning in ascending code order (the
// meanings of one code adjacent, in the C library's order), in a new slice.
func AllUnofficial() []UnofficialStatus {
	return append([]UnofficialStatus(nil), unofficial...)
}

// Version returns the C library's version, "0.1.0".
func Version() string { return version }

// Known reports whether the library has an entry for s.
func (s Status) Known() bool { return s.entry().known }

// String returns the code and reason phrase, "404 Not Found", or
// "Status(999)" for a code the library does not know.
func (s Status) String() string {
	if e := s.entry(); e.known {
		return e.text
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// Name returns the canonical NAME, "NOT_FOUND", or "" if s is unknown.
func (s Status) Name() string { return s.entry().name }

// Phrase returns the canonical reason phrase, "Not Found", or "" if s is
// unknown.
func (s Status) Phrase() string { return s.entry().phrase }

// Description returns a one-line description, "Nothing matches the given
// URI", or "" if s is unknown.
func (s Status) Description() string { return s.entry().description }

// Spec returns where the code is defined, "RFC 9110, Section 15.5.5", or ""
// if s is unknown.
func (s Status) Spec() string { return s.entry().spec }

// Origin returns who defines the code, "IANA" for every known Status, or ""
// if s is unknown.
func (s Status) Origin() string { return s.entry().origin }

// Registry returns the code's status in the IANA registry, or RegistryNone if
// s is unknown.
func (s Status) Registry() Registry { return s.entry().registry }

// Properties returns the code's properties, none if s is unknown.
func (s Status) Properties() Properties { return s.entry().properties }

// IsCacheable reports whether a response with s is heuristically cacheable
// (RFC 9110, Section 15.1).
func (s Status) IsCacheable() bool { return s.Properties().Has(PropertyCacheable) }

// IsNoContent reports whether a response with s never carries content.
func (s Status) IsNoContent() bool { return s.Properties().Has(PropertyNoContent) }

// IsRedirect reports whether a response with s has a Location to follow.
func (s Status) IsRedirect() bool { return s.Properties().Has(PropertyRedirect) }

// KeepsMethod reports whether s redirects with the request's method and body.
func (s Status) KeepsMethod() bool { return s.Properties().Has(PropertyKeepsMethod) }

// IsRetryable reports whether a request that got s is worth retrying.
func (s Status) IsRetryable() bool { return s.Properties().Has(PropertyRetryable) }

// IsInterim reports whether s is not a final response (1xx).
func (s Status) IsInterim() bool { return s.Properties().Has(PropertyInterim) }

// The class predicates hold for every code in 100..599, known or not: 499
// is a client error (RFC 9110, Section 15).

// ClassOf returns the class of any int: ClassClientError for 404 and for
// 499, ClassNone outside 100..599.
func ClassOf(code int) Class {
	if code < minCode || code > maxCode {
		return ClassNone
	}
	return Class(code / 100)
}

// Class returns the class of s, known or not.
func (s Status) Class() Class { return ClassOf(int(s)) }

// IsInformational reports whether s is 1xx.
func (s Status) IsInformational() bool { return s.Class() == ClassInformational }

// IsSuccess reports whether s is 2xx.
func (s Status) IsSuccess() bool { return s.Class() == ClassSuccess }

// IsRedirection reports whether s is 3xx.
func (s Status) IsRedirection() bool { return s.Class() == ClassRedirection }

// IsClientError reports whether s is 4xx.
func (s Status) IsClientError() bool { return s.Class() == ClassClientError }

// IsServerError reports whether s is 5xx.
func (s Status) IsServerError() bool { return s.Class() == ClassServerError }

// String returns the C library's name of the class, "client_error", or
// "Class(0)" for ClassNone and any other value.
func (c Class) String() string {
	if c > ClassNone && c <= ClassServerError {
		return classNames[c]
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// String returns the C library's name of the registry status, "permanent",
// or "Registry(-1)" for RegistryNone and any other value.
func (r Registry) String() string {
	if r >= RegistryPermanent && r <= RegistryUnofficial {
		return registryNames[r]
	}
	return "Registry(" + strconv.Itoa(int(r)) + ")"
}

// Has reports whether p holds every property of q.
func (p Properties) Has(q Properties) bool { return p&q == q }

// Names returns the C library's names of the properties in p, in bit order:
// ["cacheable", "retryable"]. Bits the library does not name are left out.
func (p Properties) Names() []string {
	var names []string
	for bit, name := range propertyNames {
		if p&(1<<bit) != 0 {
			names = append(names, name)
		}
	}
	return names
}

// String returns the names of the properties joined by "|",
// "cacheable|retryable", or "" for none.
func (p Properties) String() string { return strings.Join(p.Names(), "|") }

// Class returns the class of the meaning's code.
func (u UnofficialStatus) Class() Class { return ClassOf(u.Code) }

// String returns the code and reason phrase, "499 Client Closed Request".
func (u UnofficialStatus) String() string { return strconv.Itoa(u.Code) + " " + u.Phrase }
