//go:build !cgo

package httpstatus

// Without cgo, the Go implementation of the rules answers.

func find(text string) (Status, bool) { return findGo(text) }

func suggest(text string) (Status, bool) { return suggestGo(text) }

func unofficialFind(text string) (UnofficialStatus, bool) { return unofficialFindGo(text) }
