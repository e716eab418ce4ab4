// Package swig is libhttpstatus's C API as SWIG wraps it for Go; the
// build generates the rest of the package from bindings/go/go.i and puts
// the amalgamated C library, httpstatus.c, next to it for cgo to compile.
// Use package httpstatus instead.
package swig
