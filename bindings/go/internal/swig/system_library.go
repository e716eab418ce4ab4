//go:build libhttpstatus

package swig

// With the build tag libhttpstatus, the package links the libhttpstatus
// that pkg-config finds instead of compiling its own copy (httpstatus.c
// carries the opposite constraint).

// #cgo pkg-config: httpstatus
import "C"
