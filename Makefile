# Wraps CMake. `make test` and `make bench` first install the Debian
# packages listed in debian-packages.txt that are missing.
BUILD    ?= build
JOBS     ?= $(shell nproc)
CMAKE_FLAGS ?=
# Sub-makes run by `cmake --build` would announce every directory.
MAKEFLAGS += --no-print-directory
# Reliability checks, each in its own build directory.
SANITIZE_BUILD ?= $(BUILD)/sanitize
FUZZ_BUILD     ?= $(BUILD)/fuzz
TSAN_BUILD     ?= $(BUILD)/tsan
MEMCHECK_BUILD ?= $(BUILD)/memcheck
COVERAGE_BUILD ?= $(BUILD)/coverage
LINT_BUILD     ?= $(BUILD)/lint
GO_LINT_BUILD  ?= $(BUILD)/lint-go
FUZZ_SECONDS   ?= 60
TSAN_ROUNDS    ?= 1000
# CMake builds only the library and the CLI unless asked: the main build
# turns every part on, the checks below the C tests alone.
EVERYTHING = -DBUILD_TESTING=ON -DHTTPSTATUS_BINDINGS=ON -DHTTPSTATUS_BENCHMARKS=ON
C_ONLY = -DBUILD_TESTING=ON -DHTTPSTATUS_BINDINGS=OFF -DHTTPSTATUS_BENCHMARKS=OFF \
  -DHTTPSTATUS_DIST_TESTS=OFF
SANITIZE_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

.PHONY: all build test bench bench-scaling install uninstall dist deb gem rock wheel deps clean fuzz tsan memcheck coverage lint sanitize-bindings

all: build

build:
	cmake -S . -B $(BUILD) $(EVERYTHING) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

# Every test in every language, then the C suite and the benchmark's check
# again under AddressSanitizer and UndefinedBehaviorSanitizer.
test: deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug $(C_ONLY) -DHTTPSTATUS_BENCHMARKS=ON \
	  "-DCMAKE_C_FLAGS=$(SANITIZE_FLAGS)" "-DCMAKE_CXX_FLAGS=$(SANITIZE_FLAGS)"
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	@# install_and_use builds an unsanitized program against the library: not here.
	@# halt_on_error: test_suggest.cpp's checks are built recoverable (tests/CMakeLists.txt).
	cd $(SANITIZE_BUILD) && UBSAN_OPTIONS=halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) -E install_and_use

# The C library, the CLI, the amalgamation and the C suites cross-compiled
# with Debian's cross compilers for 64-bit ARM, big-endian 64-bit IBM Z and
# 32-bit x86 (cmake/toolchain-*.cmake), each run under qemu-user; one target
# alone: make test-cross-s390x. Left to make test: what installs or compiles
# on the host, and the suggestion's two exhaustive comparisons (minutes
# under emulation; its spec table and other cases run on every target).
CROSS_TARGETS ?= aarch64 s390x i686
CROSS_TESTS = $(addprefix test-cross-,$(CROSS_TARGETS))
CROSS_SKIP = install_and_use|cli_installed|amalgamation_plain_cc|suggest: .* follows the rules
# qemu-i386 7.2 (Debian 12) never returns from pthread_create, even in a
# program that does nothing else: no thread test on i686.
CROSS_SKIP_i686 = |^threads$$
.PHONY: test-cross $(CROSS_TESTS)
test-cross: $(CROSS_TESTS)
$(CROSS_TESTS): test-cross-%: deps
	cmake -S . -B $(BUILD)/cross-$* --toolchain cmake/toolchain-$*.cmake $(C_ONLY)
	cmake --build $(BUILD)/cross-$* -j $(JOBS)
	cd $(BUILD)/cross-$* && ctest --output-on-failure -j $(JOBS) -E '$(CROSS_SKIP)$(CROSS_SKIP_$*)'

bench: deps build
	cmake --build $(BUILD) --target bench

# How the lookups grow with the number of keys, on synthetic key sets:
# minutes (gperf on 4,096 keys alone takes a few), so apart from `bench`.
bench-scaling: deps build
	cmake --build $(BUILD) --target bench-scaling

install: build
	cmake --install $(BUILD) $(if $(PREFIX),--prefix $(PREFIX))

# Removes every file the last `make install` installed, and each directory
# it created once empty.
uninstall:
	cmake --build $(BUILD) --target uninstall

# The release tarball, $(BUILD)/dist/httpstatus-<version>.tar.gz: the
# amalgamation and what builds it without Python or gperf, and the
# bindings' packages (dist/README.md).
dist:
	cmake -S . -B $(BUILD) -DHTTPSTATUS_BINDINGS=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS) --target dist

# The Debian packages, built from the tarball into $(BUILD)/deb/.
deb: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS) --target deb

# The Ruby gem and the Lua source rock, in $(BUILD)/bindings/ruby and
# $(BUILD)/bindings/lua: installing either needs a C compiler only.
gem: deps
	cmake -S . -B $(BUILD) -DHTTPSTATUS_BINDINGS=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS) --target httpstatus_gem
rock: deps
	cmake -S . -B $(BUILD) -DHTTPSTATUS_BINDINGS=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS) --target httpstatus_src_rock
# The Python wheel, $(BUILD)/bindings/python/httpstatus-<version>-*.whl,
# built offline with Debian's setuptools and wheel.
wheel: deps
	cmake -S . -B $(BUILD) -DHTTPSTATUS_BINDINGS=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS) --target httpstatus_wheel

# The npm package, $(BUILD)/bindings/js/httpstatus-wasm-<version>.tgz: the
# library as WebAssembly (emcc) and its JavaScript layer.
.PHONY: npm
npm: deps
	cmake -S . -B $(BUILD) -DHTTPSTATUS_BINDINGS=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS) --target httpstatus_npm

# Each libFuzzer target for FUZZ_SECONDS, checked against a linear scan.
fuzz: deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DHTTPSTATUS_FUZZ=ON $(C_ONLY) -DBUILD_TESTING=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS)
	tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

# Eight threads calling every lookup, under ThreadSanitizer.
tsan: deps
	cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(C_ONLY) \
	  -DCMAKE_C_FLAGS=-fsanitize=thread -DCMAKE_CXX_FLAGS=-fsanitize=thread
	cmake --build $(TSAN_BUILD) -j $(JOBS) --target test_threads
	$(TSAN_BUILD)/tests/threads/test_threads $(TSAN_ROUNDS)

# Every C test under valgrind memcheck (ctest -T memcheck), then the
# command-line tool under it with hostile input; any error fails.
VALGRIND_OPTIONS = -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all
memcheck: deps
	cmake -S . -B $(MEMCHECK_BUILD) -DCMAKE_BUILD_TYPE=Debug $(C_ONLY) \
	  "-DMEMORYCHECK_COMMAND_OPTIONS=$(VALGRIND_OPTIONS)"
	cmake --build $(MEMCHECK_BUILD) -j $(JOBS)
	@# install_and_use and cli_installed install; the cli_, amalgamation_ and no_simd_
	@# scripts run python, bash and compilers: the CLI goes under valgrind
	@# through the next line instead. The suggestion's two exhaustive
	@# comparisons (hundreds of thousands of edit distances) take over ten
	@# minutes under valgrind; ASan runs them in make test, and fuzz_suggest.
	@# readme_links is python reading Markdown: no code of ours runs.
	cd $(MEMCHECK_BUILD) && ctest -T memcheck -j $(JOBS) --output-on-failure \
	  -E 'install_and_use|cli_bad_input|cli_streams|cli_installed|readme_links|amalgamation_|no_simd_differential|suggest: .* follows the rules'
	python3 tests/cli/bad_input.py valgrind $(VALGRIND_OPTIONS) $(MEMCHECK_BUILD)/cli/httpstatus

# Line and branch coverage of the library (core/ and the gperf code it
# includes) by the C suite; fails below 100% of lines or 95% of branches.
coverage: deps
	cmake -S . -B $(COVERAGE_BUILD) -DCMAKE_BUILD_TYPE=Debug $(C_ONLY) \
	  -DCMAKE_C_FLAGS=--coverage -DCMAKE_CXX_FLAGS=--coverage
	cmake --build $(COVERAGE_BUILD) -j $(JOBS)
	find $(COVERAGE_BUILD) -name '*.gcda' -delete
	cd $(COVERAGE_BUILD) && ctest -j $(JOBS) --output-on-failure -E 'install_and_use|threads'
	gcovr -r . --filter core/ --filter $(COVERAGE_BUILD)/generated/ \
	  --branches $(COVERAGE_BUILD)/core
	gcovr -r . --filter core/ --filter $(COVERAGE_BUILD)/generated/ \
	  --print-summary --fail-under-line 100 --fail-under-branch 95 \
	  $(COVERAGE_BUILD)/core

# The Lua, Ruby, Python and Go suites, bad input included, over the library and
# modules built with AddressSanitizer and UndefinedBehaviorSanitizer. The
# interpreters are not instrumented: Lua, Ruby and Python load the runtime through
# LD_PRELOAD (no leak check: an interpreter keeps its heap at exit), Go
# builds with -asan and compiles the module's C library with UBSan too.
SANITIZE_BINDINGS_BUILD ?= $(BUILD)/sanitize-bindings
GO_MODULE_ENV = GOCACHE=$(abspath $(SANITIZE_BINDINGS_BUILD))/bindings/go/go-cache \
  GOPATH=$(abspath $(SANITIZE_BINDINGS_BUILD))/bindings/go/go-path GOENV=off GOFLAGS=-mod=mod \
  GOPROXY=off GOSUMDB=off GOWORK=off GOTOOLCHAIN=local CGO_ENABLED=1 CC=gcc \
  'CGO_CFLAGS=-g -fsanitize=undefined -fno-sanitize-recover=all' CGO_LDFLAGS=-fsanitize=undefined
sanitize-bindings: deps
	cmake -S . -B $(SANITIZE_BINDINGS_BUILD) -DCMAKE_BUILD_TYPE=Debug \
	  -DBUILD_TESTING=ON -DHTTPSTATUS_BINDINGS=ON -DHTTPSTATUS_BENCHMARKS=OFF \
	  "-DCMAKE_C_FLAGS=$(SANITIZE_FLAGS)" "-DCMAKE_CXX_FLAGS=$(SANITIZE_FLAGS)"
	@# The modules and the Go module the suites load, not the C suite or the packages.
	cmake --build $(SANITIZE_BINDINGS_BUILD) -j $(JOBS) --target httpstatus_lua httpstatus_lua51 \
	  httpstatus_ruby httpstatus_python httpstatus_go
	@# PYTHONMALLOC=malloc: Python's own allocator would hide its objects from ASan.
	@# use_sigaltstack=0: preloaded into Ruby, ASan's runtime failed its own
	@# CHECK ("unable to unmap", in UnsetAlternateSignalStack) as threads of
	@# the Ruby suite ended, in most runs; without its signal stacks, none.
	cd $(SANITIZE_BINDINGS_BUILD) && LD_PRELOAD=$$(gcc -print-file-name=libasan.so) \
	  ASAN_OPTIONS=detect_leaks=0:use_sigaltstack=0 PYTHONMALLOC=malloc \
	  ctest --output-on-failure -j $(JOBS) -R '^(lua_busted.*|ruby_minitest|python_unittest)$$'
	cd $(SANITIZE_BINDINGS_BUILD)/bindings/go/module && env $(GO_MODULE_ENV) go test -asan -count=1 ./...

# cppcheck and clang-tidy (configured in .clang-tidy) over core/ and cli/,
# clang-format's style (.clang-format) over every C and C++ file, luacheck
# and rubocop over the Lua and Ruby bindings, and Go's tools over the Go
# package; any finding fails.
LINT_SOURCES = $(wildcard core/src/*.c cli/*.c)
GO_LINT_ENV = GOCACHE=$(abspath $(GO_LINT_BUILD))/go-cache GOPATH=$(abspath $(GO_LINT_BUILD))/go-path \
  GOENV=off GOFLAGS=-mod=mod GOPROXY=off GOSUMDB=off GOWORK=off GOTOOLCHAIN=local
lint: deps lint-go
	cmake -S . -B $(LINT_BUILD) $(C_ONLY) -DBUILD_TESTING=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
	cmake --build $(LINT_BUILD) --target httpstatus_generated
	cppcheck --enable=warning,style,performance,portability --inconclusive \
	  --std=c99 --error-exitcode=1 --inline-suppr -q \
	  -Icore/include -I$(LINT_BUILD)/generated $(LINT_SOURCES)
	clang-tidy -p $(LINT_BUILD) --quiet $(LINT_SOURCES)
	clang-format --dry-run -Werror $$(git ls-files '*.c' '*.h' '*.cpp')
	@# The Lua and Ruby bindings, each with its folder's configuration.
	cd bindings/lua && luacheck --no-color -q .
	cd bindings/ruby && rubocop --format quiet

# The Go package as the build assembles it: gofmt, go vet and staticcheck,
# with cgo and without (each build has files of its own).
.PHONY: lint-go
lint-go: deps
	cmake -S . -B $(GO_LINT_BUILD) -DHTTPSTATUS_BINDINGS=ON -DBUILD_TESTING=OFF -DHTTPSTATUS_BENCHMARKS=OFF
	cmake --build $(GO_LINT_BUILD) --target httpstatus_go
	@# Files gofmt would change, on stderr; tee /dev/stderr would truncate a
	@# log that stderr is redirected to.
	cd $(GO_LINT_BUILD)/bindings/go/module && unformatted=$$(gofmt -l *.go) && \
	  { test -z "$$unformatted" || { echo "$$unformatted" >&2; exit 1; }; }
	for cgo in 1 0; do (cd $(GO_LINT_BUILD)/bindings/go/module && \
	  env $(GO_LINT_ENV) CGO_ENABLED=$$cgo go vet . && env $(GO_LINT_ENV) CGO_ENABLED=$$cgo go-staticcheck .) || exit 1; done

# The shared library's ABI, built with -g by gcc, against the committed
# baseline abi/libhttpstatus.abi; and that baseline against ABI_BASE's, which
# it may break only with a new SONAME (abi/README.md).
# `make abi-baseline` rewrites the baseline after a deliberate change.
ABI_BUILD ?= $(BUILD)/abi
ABI_BASE  ?= HEAD^
.PHONY: abi-build abi-check abi-baseline
abi-build: deps
	cmake -S . -B $(ABI_BUILD) -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DBUILD_TESTING=OFF -DHTTPSTATUS_BINDINGS=OFF -DHTTPSTATUS_BENCHMARKS=OFF \
	  "-DCMAKE_C_FLAGS=-ffile-prefix-map=$(CURDIR)/="
	cmake --build $(ABI_BUILD) --target httpstatus
abi-check: abi-build
	abi/check.sh $(ABI_BUILD) $(ABI_BASE)
abi-baseline: abi-build
	abi/dump.sh $(ABI_BUILD) > abi/libhttpstatus.abi
	abi/check.sh $(ABI_BUILD) HEAD

# Two builds from copies of the source in different directories, a second
# apart, give byte-identical artefacts (tests/reproducible/artefacts.txt).
REPRODUCIBLE_BUILD ?= $(BUILD)/reproducible
.PHONY: reproducible
reproducible: deps
	tests/reproducible/check.sh $(REPRODUCIBLE_BUILD)

# Installs what is missing, through sudo when not root, and says what.
deps:
	@# A package may be there under another name: nodesource's nodejs provides npm.
	@missing=$$(for p in $$(cat debian-packages.txt); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || \
	  dpkg-query -W -f='$${Status} $${Provides},\n' | grep '^install ok installed' | \
	    grep -qE "[ ,]$$p( \(|,)" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:" $$missing; \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y --no-install-recommends $$missing; \
	fi

clean:
	rm -rf $(BUILD)
