# frozen_string_literal: true

# Builds the raw extension from the gem's two C files: the SWIG wrapper
# (generated when the gem was staged) and the amalgamated C library.
require "mkmf"

$CFLAGS << " -std=c99" # rubocop:disable Style/GlobalVars -- mkmf's interface
create_makefile("httpstatus_core")
