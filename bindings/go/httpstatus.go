// Package httpstatus knows every HTTP status code: its NAME, reason phrase,
// description, defining spec, class, registry status and properties, and the
// unofficial codes servers, proxies and CDNs send, from the httpstatus C
// library's data.
//
// The constants are untyped ints, as net/http's are, so they go wherever a
// code goes: w.WriteHeader(httpstatus.NotFound), resp.StatusCode ==
// httpstatus.ServiceUnavailable, case httpstatus.OK. Each is named after
// its NAME in Go's spelling (NotFound is NOT_FOUND, 404), and net/http's
// names are there too (Teapot is ImATeapot, 418). Converting any code to a
// Status gives the methods: httpstatus.Status(resp.StatusCode).IsRetryable().
// An unofficial meaning of a code (nginx's 499 Client Closed Request) is an
// UnofficialStatus, with the same methods.
//
// Every table is a Go literal generated from the data, so importing the
// package costs no work at start-up, and everything is read-only and safe
// for concurrent use. Find, Suggest and UnofficialFind call the C library
// through cgo where cgo is on; without cgo (CGO_ENABLED=0, or cross-compiled)
// a Go implementation of the same rules answers instead.
package httpstatus

import (
	"strconv"
	"strings"
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
// 15), with the values of the C library's enum httpstatus_class.
type Class int

// Registry is a code's status in the IANA HTTP Status Code Registry, with
// the values of the C library's enum httpstatus_registry.
type Registry int

// Properties is a set of properties of a status code, one bit each, the
// C library's enum httpstatus_flag (RFC 9110 sections in brackets):
// cacheable, heuristically [15.1]; no_content, never carries content
// [6.4.1]; redirect, with a Location to follow [15.4]; keeps_method, a
// redirect that keeps method and body; retryable, see IsRetryable; interim,
// not a final response (1xx).
type Properties uint

type entry struct {
	code                                  int
	name, phrase, description, spec, text string // text: "404 Not Found"
	registry                              Registry
	properties                            Properties
}

var unknown = entry{registry: RegistryNone}

func (s Status) entry() *entry {
	if s < minCode || s > maxCode || positionByCode[s-minCode] == 0 {
		return &unknown
	}
	return &entries[positionByCode[s-minCode]-1]
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
func FromName(name string) (Status, bool) { return statusOfName(name) }

// FromPhrase returns the Status whose current or old reason phrase is
// exactly phrase: "Not Found", "Payload Too Large". It is case-sensitive.
func FromPhrase(phrase string) (Status, bool) { return statusOfPhrase(phrase) }

// All returns every known Status in ascending code order, in a new slice.
func All() []Status {
	all := make([]Status, len(entries))
	for i := range entries {
		all[i] = Status(entries[i].code)
	}
	return all
}

// Version returns the C library's version, "0.1.0".
func Version() string { return version }

// Code returns s as an int, as UnofficialStatus.Code does.
func (s Status) Code() int { return int(s) }

// Known reports whether the library has an entry for s.
func (s Status) Known() bool { return s.entry() != &unknown }

// String returns the code and reason phrase, "404 Not Found", or
// "Status(999)" for a code the library does not know.
func (s Status) String() string {
	if e := s.entry(); e != &unknown {
		return e.text
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// Name returns the canonical NAME, "NOT_FOUND", or "" if s is unknown.
func (s Status) Name() string { return s.entry().name }

// Phrase returns the canonical reason phrase, "Not Found", or "" if s is
// unknown: the IANA registry's where it names the code, which is not
// always net/http's StatusText (README.md lists where they differ).
func (s Status) Phrase() string { return s.entry().phrase }

// Description returns a one-line description, "Nothing matches the given
// URI", or "" if s is unknown.
func (s Status) Description() string { return s.entry().description }

// Spec returns where the code is defined, "RFC 9110, Section 15.5.5", or ""
// if s is unknown.
func (s Status) Spec() string { return s.entry().spec }

// Origin returns who defines the code, "IANA" for every known Status, or ""
// if s is unknown.
func (s Status) Origin() string {
	if s.Known() {
		return "IANA"
	}
	return ""
}

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

// String returns the C library's name of the class, "client_error", "none"
// for ClassNone, or "Class(9)" for a value that is no class.
func (c Class) String() string {
	switch {
	case c == ClassNone:
		return "none"
	case c > ClassNone && int(c) <= len(classNames):
		return classNames[c-1]
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// String returns the C library's name of the registry status, "permanent",
// "none" for RegistryNone, or "Registry(9)" for a value that is none.
func (r Registry) String() string {
	switch {
	case r == RegistryNone:
		return "none"
	case r >= 0 && int(r) < len(registryNames):
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
// "cacheable|retryable", then any bits the library does not name in hex;
// "none" for no property.
func (p Properties) String() string {
	if p == 0 {
		return "none"
	}
	names := p.Names()
	if other := p &^ (1<<len(propertyNames) - 1); other != 0 {
		names = append(names, "0x"+strconv.FormatUint(uint64(other), 16))
	}
	return strings.Join(names, "|")
}
