// Package swig is libhttpstatus's C API as SWIG wraps it for Go; the
// build generates the rest of the package from bindings/go/go.i.
// Use package httpstatus instead.
package swig

// pkg-config finds the header and the library: the build tree's
// httpstatus.pc in tests, the installed one elsewhere.

// #cgo pkg-config: httpstatus
import "C"
