// Package httpstatus knows every HTTP status code: its NAME, reason phrase,
// description and defining spec, from the httpstatus C library.
//
// Status is an int with a constant for every code, named after its NAME in
// Go's spelling: NotFound is NOT_FOUND, 404; RequestEntityTooLarge is the old
// name REQUEST_ENTITY_TOO_LARGE of ContentTooLarge, 413.
//
// When the package is initialised it copies the C library's entries, old
// NAMEs and old phrases into Go tables, so FromCode, FromName, FromPhrase and
// every method are plain Go lookups with no cgo call. Find calls the C
// library. Everything is read-only after initialisation and safe for
// concurrent use.
package httpstatus

import (
	"strconv"

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

type entry struct {
	known                           bool
	name, phrase, description, spec string
	text                            string // "404 Not Found"
}

var (
	byCode   [maxCode - minCode + 1]entry
	byName   = map[string]Status{}  // canonical and old NAMEs
	byPhrase = map[string]Status{}  // canonical and old phrases
	all      []Status               // in code order
	byEntry  = map[uintptr]Status{} // by the address of the C entry
	unknown  entry                  // what every other Status has
)

func init() {
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
			text:        strconv.Itoa(int(s)) + " " + phrase,
		}
		byName[name] = s
		byPhrase[phrase] = s
		byEntry[e.Swigcptr()] = s
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

// Find is the forgiving lookup, for text typed by people. It accepts a code
// ("404"), any NAME or phrase, current or old, in any letter case and with
// white space, underscores, hyphens and apostrophes ignored ("not found",
// "NotFound", "im a teapot"), or a code followed by a NAME or phrase of the
// same status ("404 Not Found"), with surrounding white space ignored.
func Find(text string) (Status, bool) {
	// One cgo call: the entry's address tells its Status.
	s, ok := byEntry[swig.Httpstatus_find(text).Swigcptr()]
	return s, ok
}

// All returns every known Status in ascending code order, in a new slice.
func All() []Status {
	return append([]Status(nil), all...)
}

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

// The class predicates hold for every code in 100..599, known or not: 499
// is a client error (RFC 9110, Section 15).

// class returns the first digit of a code in 100..599, otherwise 0.
func (s Status) class() Status {
	if s < minCode || s > maxCode {
		return 0
	}
	return s / 100
}

// IsInformational reports whether s is 1xx.
func (s Status) IsInformational() bool { return s.class() == 1 }

// IsSuccess reports whether s is 2xx.
func (s Status) IsSuccess() bool { return s.class() == 2 }

// IsRedirection reports whether s is 3xx.
func (s Status) IsRedirection() bool { return s.class() == 3 }

// IsClientError reports whether s is 4xx.
func (s Status) IsClientError() bool { return s.class() == 4 }

// IsServerError reports whether s is 5xx.
func (s Status) IsServerError() bool { return s.class() == 5 }
