# Wraps CMake. `make test` and `make bench` first install the Debian
# packages listed in debian-packages.txt that are missing.
BUILD    ?= build
SANITIZE ?= $(BUILD)/sanitize
JOBS     ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all build test bench install deps clean

all: build

build:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

# Every test in every language, then the C suite again under
# AddressSanitizer and UndefinedBehaviorSanitizer.
test: deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	cmake -S . -B $(SANITIZE) -DCMAKE_BUILD_TYPE=Debug \
	  -DHTTPSTATUS_BINDINGS=OFF -DHTTPSTATUS_BENCHMARKS=OFF \
	  "-DCMAKE_C_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
	cmake --build $(SANITIZE) -j $(JOBS)
	@# install_and_use builds an unsanitized program against the library: not here.
	cd $(SANITIZE) && ctest --output-on-failure -j $(JOBS) -E install_and_use

bench: deps build
	cmake --build $(BUILD) --target bench

install: build
	cmake --install $(BUILD) $(if $(PREFIX),--prefix $(PREFIX))

# Installs what is missing, through sudo when not root, and says what.
deps:
	@missing=$$(for p in $$(cat debian-packages.txt); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:" $$missing; \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y --no-install-recommends $$missing; \
	fi

clean:
	rm -rf $(BUILD)
