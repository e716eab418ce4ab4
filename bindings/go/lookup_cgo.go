//go:build cgo

package httpstatus

import "httpstatus/internal/swig"

// With cgo, the C library answers the text lookups: one cgo call each,
// which returns a position in the tables here.

func find(text string) (Status, bool) { return at(swig.Httpstatus_find_index(text)) }

func suggest(text string) (Status, bool) { return at(swig.Httpstatus_suggest_index(text)) }

func unofficialFind(text string) (UnofficialStatus, bool) {
	position := swig.Httpstatus_unofficial_find_index(text)
	if position < 0 {
		return UnofficialStatus{}, false
	}
	return unofficialStatuses[position], true
}

// at returns the Status at a position the C library gave, or false for -1.
func at(position int64) (Status, bool) {
	if position < 0 {
		return 0, false
	}
	return Status(entries[position].code), true
}
