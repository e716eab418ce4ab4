/* Package swig: SWIG's Go wrapping of libhttpstatus, generated at build
 * time as package swig (-module swig) with cgo (-cgo). Only the httpstatus
 * package above it uses it. */
%include "httpstatus.i"
